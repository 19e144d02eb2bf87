import { imdbFileKind, readImdbCredits, readImdbFilms, readImdbNames } from "../catalog/imdb.js";
import { movielensFileKind, readMovielens } from "../catalog/movielens.js";
import { errors } from "../errors.js";
import { upsertCatalogFilms, upsertCredits, upsertPeople } from "../store/catalog.repository.js";
import type { Store } from "../store/db.js";
import { linkProvisionalFilms } from "../store/film-linking.repository.js";

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
  const now = new Date().toISOString();
  if (Object.keys(imdb).length > 0) summary.imdb = await importImdb(store, imdb, now, options);
  if (movielens.movies && movielens.links) {
    const films = await readMovielens({ movies: movielens.movies, links: movielens.links });
    await upsertCatalogFilms(store.db, films, now);
    summary.movielens = films.length;
  }
  summary.linked = await linkProvisionalFilms(store);
  return summary;
}

const BATCH = 2000;

/**
 * IMDb's files in order — title.basics, then title.principals, then name.basics — written in
 * batches. Only the ids of the films kept and of the people credited on them are held, so the
 * real multi-million-row files import in bounded memory.
 */
async function importImdb(
  store: Store,
  files: { basics?: string; principals?: string; names?: string },
  now: string,
  options: { types?: string[]; onProgress?: (rows: number) => void },
): Promise<{ films: number; credits: number; people: number }> {
  const counts = { films: 0, credits: 0, people: 0 };
  const kept = new Set<string>();
  const credited = new Set<string>();
  let rows = 0;
  const batched = async <T>(
    items: AsyncIterable<T>,
    write: (batch: T[]) => Promise<void>,
    seen: (item: T) => void,
  ) => {
    let batch: T[] = [];
    let written = 0;
    for await (const item of items) {
      seen(item);
      batch.push(item);
      if (++rows % 10_000 === 0) options.onProgress?.(rows);
      if (batch.length >= BATCH) {
        await write(batch);
        written += batch.length;
        batch = [];
      }
    }
    await write(batch);
    return written + batch.length;
  };
  if (files.basics) {
    counts.films = await batched(
      readImdbFilms(files.basics, options.types),
      (batch) => upsertCatalogFilms(store.db, batch, now),
      (film) => kept.add(film.imdbId),
    );
  }
  if (files.principals) {
    // Without title.basics in this run, credits go to every film named.
    const keep = files.basics ? (id: string) => kept.has(id) : () => true;
    counts.credits = await batched(
      readImdbCredits(files.principals, keep),
      (batch) => upsertCredits(store.db, batch),
      (credit) => credited.add(credit.personId),
    );
  }
  if (files.names) {
    const keep = files.principals ? (id: string) => credited.has(id) : () => true;
    counts.people = await batched(
      readImdbNames(files.names, keep),
      (batch) => upsertPeople(store.db, batch),
      () => {},
    );
  }
  return counts;
}
