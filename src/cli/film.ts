import { filmRef } from "../commands/film-ref.js";
import { filmName } from "../domain/film.js";
import { EXIT, errors } from "../errors.js";
import { countDoubtedRatings, type FilmDetail, getFilm } from "../store/films.repository.js";
import { type Io, printJson } from "./io.js";
import { withStore } from "./store-options.js";

/** `cinemeter film ID|TITLE [--json]`: one film, by id or by the best title match. */
export async function filmCommand(
  idOrTitle: string,
  options: { json?: boolean; db?: string },
  io: Io,
): Promise<number> {
  const film = await withStore(
    options,
    async (store): Promise<(FilmDetail & { doubtedRatings: number }) | null> => {
      // An id or a shown name, exactly; a search's best guess would answer about another film.
      const found = await getFilm(store.db, await filmRef(store, idOrTitle));
      return found && { ...found, doubtedRatings: await countDoubtedRatings(store.db, found.id) };
    },
  );
  if (!film) throw errors.notFound(`a film with the id or title "${idOrTitle}"`);
  if (options.json) {
    printJson(io, film);
    return EXIT.ok;
  }
  const lines = [
    `${filmName(film)}${film.provisional ? "  [provisional]" : ""}  ${film.id}`,
    `  ${film.reviewCount} reviews; ${film.percentPositive ?? "—"}% positive` +
      (film.percentPositiveInterval
        ? ` (95%: ${film.percentPositiveInterval[0]}–${film.percentPositiveInterval[1]})`
        : "") +
      `; mean ${film.meanScore ?? "—"}, shrunk estimate ${film.bayesianScore ?? "—"}${film.band ? ` (${film.band})` : ""}`,
    `  histogram ${film.histogram.join(" ")}`,
  ];
  // What of its % positive is an estimate, as its page says.
  const read = film.readVerdicts;
  const wrong = Math.round(read.likelyWrong);
  if (read.count > 0)
    lines.push(
      `  ${read.count} ${read.count === 1 ? "verdict" : "verdicts"} read from the reviews' words rather than given; ${wrong === 0 ? "most likely none wrong" : `about ${wrong} likely wrong`}`,
    );
  if (film.doubtedRatings > 0)
    lines.push(
      `  ${film.doubtedRatings} ${film.doubtedRatings === 1 ? "verdict" : "verdicts"} given by a rating less likely right than not, read with the text (see the reviews' checks)`,
    );
  const credited = film.people.filter((p) => p.role === "director").map((p) => p.name);
  const directors = credited.length > 0 ? credited : (film.facts?.directors ?? []);
  const cast = film.people
    .filter((p) => p.role === "actor" || p.role === "actress" || p.role === "cast")
    .slice(0, 5)
    .map((p) => p.name);
  if (directors.length > 0) lines.push(`  directed by ${directors.join(", ")}`);
  if (cast.length > 0) lines.push(`  with ${cast.join(", ")}`);
  if (film.genres.length > 0) lines.push(`  ${film.genres.join(", ")}`);
  const facts = film.facts;
  if (facts) {
    const known = [
      facts.runtimeMinutes ? `${facts.runtimeMinutes} min` : null,
      facts.mpaa ? `rated ${facts.mpaa}` : null,
      facts.releaseDate ? `in theaters ${facts.releaseDate}` : null,
      facts.writers.length ? `written by ${facts.writers.join(", ")}` : null,
    ].filter(Boolean);
    if (known.length > 0) lines.push(`  ${known.join("; ")} (${facts.externalId})`);
  }
  const months = film.timeline;
  if (months.length > 0)
    lines.push(
      `  reviews dated ${months[0]?.month} to ${months.at(-1)?.month}, in ${months.length} ${months.length === 1 ? "month" : "months"} (month by month: --json)`,
    );
  const identified = film.identification as { action?: string; reason?: string } | null;
  if (identified?.reason)
    lines.push(`  ${identified.action === "link" ? "linked" : "not linked"}: ${identified.reason}`);
  io.stdout.write(`${lines.join("\n")}\n`);
  return EXIT.ok;
}
