import { imdbFileKind, importImdb } from "../catalog/imdb.js";
import { importMovielens, movielensFileKind } from "../catalog/movielens.js";
import { errors } from "../errors.js";
import type { Store } from "../store/db.js";
import { linkProvisionalFilms } from "../store/films.repository.js";

export interface CatalogSummary {
  imdb: { films: number; credits: number; people: number } | null;
  movielens: number | null;
  /** Provisional films (named by reviews) merged into the catalog film they are. */
  linked: number;
}

/**
 * `cinemeter catalog import FILE...`: IMDb dataset files (title.basics, title.principals,
 * name.basics) and MovieLens (movies.csv with links.csv), told apart by name; then every
 * provisional film that is now a catalog film is merged into it.
 */
export async function importCatalog(
  store: Store,
  paths: readonly string[],
  options: { types?: string[]; onProgress?: (rows: number) => void } = {},
): Promise<CatalogSummary> {
  const imdb: { basics?: string; principals?: string; names?: string } = {};
  const movielens: { movies?: string; links?: string } = {};
  for (const path of paths) {
    const kind = imdbFileKind(path);
    const ml = movielensFileKind(path);
    if (kind) imdb[kind] = path;
    else if (ml) movielens[ml] = path;
    else {
      throw errors.usage(
        `${path} is not a catalog file (IMDb title.basics, title.principals, name.basics; MovieLens movies.csv, links.csv)`,
      );
    }
  }
  if ((movielens.movies === undefined) !== (movielens.links === undefined)) {
    throw errors.usage("MovieLens needs both movies.csv and links.csv");
  }
  const summary: CatalogSummary = { imdb: null, movielens: null, linked: 0 };
  if (Object.keys(imdb).length > 0) summary.imdb = await importImdb(store, imdb, options);
  if (movielens.movies && movielens.links) {
    summary.movielens = await importMovielens(store, {
      movies: movielens.movies,
      links: movielens.links,
    });
  }
  summary.linked = await linkProvisionalFilms(store);
  return summary;
}
