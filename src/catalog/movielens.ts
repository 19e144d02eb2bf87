import type { CatalogFilm } from "../domain/film.js";
import { movielensTitle } from "../domain/title-forms.js";
import { readRows } from "../ingest/csv/read-rows.js";

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
    const { title, year, alternates } = movielensTitle(values.title);
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
      alternates: alternates.map((alternate) => ({ title: alternate, kind: "alternate" as const })),
    });
  }
  return films;
}
