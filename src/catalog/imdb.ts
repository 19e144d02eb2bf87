import type { CatalogCredit, CatalogFilm } from "../domain/film.js";
import { readRows } from "../ingest/csv/read-rows.js";

const ROLES: Record<string, string> = {
  director: "director",
  writer: "writer",
  actor: "cast",
  actress: "cast",
  self: "cast",
  composer: "composer",
  cinematographer: "cinematographer",
  editor: "editor",
  producer: "producer",
};
const nullable = (value: string | undefined) =>
  value === undefined || value === "\\N" || value === "" ? null : value;

/**
 * The films of IMDb's title.basics (TSV, gzipped or not), streamed: the real file has
 * millions of rows. Only `types` are kept (films and TV movies by default).
 */
export async function* readImdbFilms(
  path: string,
  types = ["movie", "tvMovie"],
): AsyncGenerator<CatalogFilm> {
  const kept = new Set(types);
  for await (const { values } of readRows(path, { delimiter: "\t" })) {
    if (!kept.has(values.titleType ?? "") || !values.tconst || !values.primaryTitle) continue;
    const year = Number(nullable(values.startYear));
    const original = nullable(values.originalTitle);
    yield {
      imdbId: values.tconst,
      title: values.primaryTitle,
      year: Number.isFinite(year) && year > 0 ? year : null,
      genres: nullable(values.genres),
      alternates:
        original && original !== values.primaryTitle ? [{ title: original, kind: "original" }] : [],
    };
  }
}

/** The credits of title.principals, for the films `keep` accepts. */
export async function* readImdbCredits(
  path: string,
  keep: (imdbId: string) => boolean,
): AsyncGenerator<CatalogCredit> {
  for await (const { values } of readRows(path, { delimiter: "\t" })) {
    const role = ROLES[values.category ?? ""];
    if (!role || !values.tconst || !values.nconst || !keep(values.tconst)) continue;
    yield {
      imdbId: values.tconst,
      personId: values.nconst,
      role,
      ordering: Number(values.ordering) || 0,
      characters: characters(nullable(values.characters)),
    };
  }
}

/** The people of name.basics that `keep` accepts. */
export async function* readImdbNames(
  path: string,
  keep: (personId: string) => boolean,
): AsyncGenerator<{ id: string; name: string }> {
  for await (const { values } of readRows(path, { delimiter: "\t" })) {
    if (values.nconst && values.primaryName && keep(values.nconst))
      yield { id: values.nconst, name: values.primaryName };
  }
}

/** IMDb writes characters as a JSON array (["Becky Something"]); we keep them comma-separated. */
function characters(value: string | null): string | null {
  if (!value) return null;
  try {
    const list = JSON.parse(value) as unknown;
    return Array.isArray(list) ? list.join(", ") : value;
  } catch {
    return value;
  }
}

/**
 * The other titles of title.akas (titleId, ordering, title, region, language, types,
 * attributes, isOriginalTitle) for the films `keep` accepts: the original title, and the
 * titles films are known by elsewhere.
 */
export async function* readImdbAkas(
  path: string,
  keep: (imdbId: string) => boolean,
): AsyncGenerator<{ imdbId: string; title: string; kind: "original" | "alternate" }> {
  for await (const { values } of readRows(path, { delimiter: "\t" })) {
    const title = nullable(values.title);
    if (!values.titleId || !title || !keep(values.titleId)) continue;
    yield {
      imdbId: values.titleId,
      title,
      kind: values.isOriginalTitle === "1" ? "original" : "alternate",
    };
  }
}
