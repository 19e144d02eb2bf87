import { titleKey } from "../domain/film.js";
import { type ExportedRating, readRatingExport } from "../ingest/ratings/read-rating-export.js";
import { decideReviewFilm } from "../link/decide-review-film.js";
import { type LinkDecision, storedDecision } from "../link/evidence.js";
import type { Store } from "../store/db.js";
import { titleCandidates } from "../store/film-linking.repository.js";
import { stableId } from "../store/keys.js";
import { readerNamed, saveReaderRatings } from "../store/readers.repository.js";

export interface RatingImportSummary {
  read: number;
  linked: number;
  /** Ratings kept without a film: linking was not sure (listed by `me ratings --unlinked`). */
  unlinked: number;
  skipped: number;
  rejects: Array<{ where: string; reason: string }>;
}

/**
 * A reader's ratings from Letterboxd or IMDb exports, each linked to its film as a review
 * that names its film by title is — by its IMDb id when the export gives one (a catalog
 * film's id is exact), else by title and year among the catalog's films, linked only when
 * clear (decideReviewFilm) — and stored; importing the same export again replaces them.
 */
export async function importReaderRatings(
  store: Store,
  readerName: string,
  files: readonly string[],
): Promise<RatingImportSummary> {
  const reader = await readerNamed(store.db, readerName, true);
  if (!reader) throw new Error(`no reader ${readerName}`);
  const summary: RatingImportSummary = { read: 0, linked: 0, unlinked: 0, skipped: 0, rejects: [] };
  const ratings: ExportedRating[] = [];
  for (const file of files)
    for await (const row of readRatingExport(file)) {
      if ("skipped" in row) summary.skipped++;
      else if ("error" in row)
        summary.rejects.push({ where: `${file}:${row.line}`, reason: row.error });
      else {
        summary.read++;
        ratings.push(row.rating);
      }
    }
  const decisions = await linkRatings(store, ratings);
  await saveReaderRatings(
    store.db,
    ratings.map((r, i) => {
      const decision = decisions[i] as LinkDecision;
      const filmId = decision.action === "link" ? decision.filmId : null;
      if (filmId) summary.linked++;
      else summary.unlinked++;
      return {
        reader_id: reader.id,
        key: stableId("k", r.letterboxdUri ?? r.imdbId ?? `${titleKey(r.title)}|${r.year ?? ""}`),
        film_id: filmId,
        title: r.title,
        year: r.year,
        imdb_id: r.imdbId,
        letterboxd_uri: r.letterboxdUri,
        score: r.score,
        raw: r.raw,
        rated_at: r.date,
        link: JSON.stringify(storedDecision(decision)),
      };
    }),
  );
  return summary;
}

/** Each rating's film: the catalog film of its IMDb id, or the clear one of its title and year. */
async function linkRatings(
  store: Store,
  ratings: readonly ExportedRating[],
): Promise<LinkDecision[]> {
  const imdbIds = [...new Set(ratings.flatMap((r) => (r.imdbId ? [r.imdbId] : [])))];
  const byImdb = new Map<string, string>();
  for (let i = 0; i < imdbIds.length; i += 500)
    for (const f of await store.db
      .selectFrom("films")
      .select(["id", "imdb_id"])
      .where("imdb_id", "in", imdbIds.slice(i, i + 500))
      .execute())
      if (f.imdb_id) byImdb.set(f.imdb_id, f.id);
  const candidates = await titleCandidates(
    store.db,
    ratings.map((r) => titleKey(r.title)),
    { catalogOnly: true },
  );
  return ratings.map((r) => {
    const film = r.imdbId ? byImdb.get(r.imdbId) : undefined;
    if (film)
      return {
        action: "link",
        filmId: film,
        reason: `its IMDb id, ${r.imdbId}`,
        margin: null,
        candidates: [],
      };
    return decideReviewFilm(
      { title: r.title, year: r.year, date: null, text: "" },
      candidates.get(titleKey(r.title)) ?? [],
    );
  });
}
