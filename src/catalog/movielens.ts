import { basename } from "node:path";
import type { CatalogFilm } from "../domain/film.js";
import { readRows } from "../ingest/csv/read-rows.js";

/** Which MovieLens file a path is: movies.csv or links.csv. */
export function movielensFileKind(path: string): "movies" | "links" | null {
  const name = basename(path).toLowerCase();
  if (/^movies\.csv(?:\.gz)?$/.test(name)) return "movies";
  if (/^links\.csv(?:\.gz)?$/.test(name)) return "links";
  return null;
}

/**
 * "Matrix, The (1999)" → { title: "The Matrix", year: 1999 }: MovieLens puts the year in the
 * title and a leading article at its end.
 */
export function movielensTitle(raw: string): { title: string; year: number | null } {
  const m = /^(.*?)\s*\((\d{4})\)\s*$/.exec(raw.trim());
  let title = (m?.[1] ?? raw).trim();
  const article = /^(.*), (The|A|An|Les|La|Le|L'|Il|Das|Der|Die|El)$/.exec(title);
  if (article) title = `${article[2]}${article[2]?.endsWith("'") ? "" : " "}${article[1]}`;
  return { title, year: m ? Number(m[2]) : null };
}

/**
 * The films of MovieLens (movies.csv with links.csv) with their IMDb and TMDB ids. A film
 * without an IMDb id in links.csv is left out: the catalog is keyed by IMDb ids.
 */
export async function readMovielens(files: {
  movies: string;
  links: string;
}): Promise<CatalogFilm[]> {
  const links = new Map<string, { imdbId: string; tmdbId: string | null }>();
  for await (const { values } of readRows(files.links, { delimiter: "," })) {
    if (values.movieId && values.imdbId) {
      links.set(values.movieId, {
        imdbId: `tt${values.imdbId.padStart(7, "0")}`,
        tmdbId: values.tmdbId || null,
      });
    }
  }
  const films: CatalogFilm[] = [];
  for await (const { values } of readRows(files.movies, { delimiter: "," })) {
    const link = values.movieId ? links.get(values.movieId) : undefined;
    if (!link || !values.title) continue;
    const { title, year } = movielensTitle(values.title);
    films.push({
      imdbId: link.imdbId,
      title,
      year,
      genres:
        values.genres && values.genres !== "(no genres listed)"
          ? values.genres.replaceAll("|", ",")
          : null,
      tmdbId: link.tmdbId,
      movielensId: values.movieId ?? null,
    });
  }
  return films;
}
