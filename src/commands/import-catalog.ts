import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { readImdbAkas, readImdbCredits, readImdbFilms, readImdbNames } from "../catalog/imdb.js";
import { readMovielens } from "../catalog/movielens.js";
import type { CatalogFilm } from "../domain/film.js";
import { errors } from "../errors.js";
import { type KnownFile, knownFile } from "../ingest/file-kind.js";
import {
  upsertCatalogFilms,
  upsertCredits,
  upsertFilmTitles,
  upsertPeople,
} from "../store/catalog.repository.js";
import { countForPlanner, type Store } from "../store/db.js";
import { importSourceFacts } from "./import-source-facts.js";
import { type LinkFilmsSummary, linkFilms } from "./link-films.js";
import { linkUnlinkedReaderRatings } from "./reader-ratings.js";

/** The files `catalog import` reads. */
export const CATALOG_KINDS: ReadonlyArray<KnownFile["kind"]> = [
  "imdb-basics",
  "imdb-principals",
  "imdb-names",
  "imdb-akas",
  "movielens-movies",
  "movielens-links",
  "rt-movie-info",
];

/**
 * The catalog files a list of paths names: files as given, and for a folder the catalog
 * files in it (by their headers; a README or an audience-ratings file beside them is left
 * alone). A folder with none is an error that names it.
 */
export async function catalogFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (!(await stat(path)).isDirectory()) {
      files.push(path);
      continue;
    }
    const inside: string[] = [];
    for (const name of (await readdir(path)).sort()) {
      const file = join(path, name);
      if (!(await stat(file)).isFile()) continue;
      const known = await knownFile(file);
      if (known && CATALOG_KINDS.includes(known.kind)) inside.push(file);
    }
    if (inside.length === 0) throw errors.usage(`${path} holds no catalog file (${ACCEPTED})`);
    files.push(...inside);
  }
  return files;
}

export interface CatalogSummary {
  imdb: { films: number; credits: number; people: number; titles: number } | null;
  movielens: number | null;
  /** rt.movie_info: films with facts. */
  sourceFacts: number | null;
  /** Provisional films (named by reviews) merged into the catalog film they are. */
  linked: number;
  /** What linking looked at and did. */
  linking: LinkFilmsSummary;
  /** Readers' ratings that were not linked and now are (the catalog names their film). */
  readerRatingsLinked: number;
  rejects: Array<{ where: string; reason: string }>;
}

/** Where a long catalog import is: the phase, and rows or films done (of how many, when known). */
export interface CatalogProgress {
  phase: string;
  done: number;
  total: number | null;
}

const ACCEPTED =
  "IMDb title.basics, title.principals, name.basics, title.akas; MovieLens movies.csv with links.csv; rt.movie_info";

/**
 * `cinemeter catalog import FILE...`: IMDb dataset files, MovieLens (movies.csv with
 * links.csv) and rt-reviews' film facts (rt.movie_info), each told by its header — a file
 * meant for another command is refused, naming it; then every provisional film the catalog
 * now knows is linked to it where the evidence is clear, and so is every reader's rating
 * that was not linked.
 */
export async function importCatalog(
  store: Store,
  paths: readonly string[],
  options: { types?: string[]; onProgress?: (progress: CatalogProgress) => void } = {},
): Promise<CatalogSummary> {
  const files = new Map<KnownFile["kind"], string>();
  for (const path of paths) {
    const known = await knownFile(path);
    if (!known) throw errors.usage(`${path} is not a catalog file (${ACCEPTED})`);
    if (!CATALOG_KINDS.includes(known.kind))
      throw errors.usage(`${path} is ${known.what}, not a catalog: read it with ${known.command}`);
    files.set(known.kind, path);
  }
  if (files.has("movielens-movies") !== files.has("movielens-links"))
    throw errors.usage("MovieLens needs both movies.csv and links.csv");
  const progress = options.onProgress ?? (() => {});
  const summary: CatalogSummary = {
    imdb: null,
    movielens: null,
    sourceFacts: null,
    linked: 0,
    linking: { examined: 0, linked: 0, kept: 0, reread: { read: 0, changed: 0 } },
    readerRatingsLinked: 0,
    rejects: [],
  };
  const now = new Date().toISOString();
  if (
    files.has("imdb-basics") ||
    files.has("imdb-principals") ||
    files.has("imdb-names") ||
    files.has("imdb-akas")
  )
    summary.imdb = await importImdb(store, files, now, options.types, progress);
  const movies = files.get("movielens-movies");
  const links = files.get("movielens-links");
  if (movies && links) {
    progress({ phase: "MovieLens films", done: 0, total: null });
    const films = await readMovielens({ movies, links });
    await upsertCatalogFilms(store.db, films, now);
    await upsertFilmTitles(store.db, alternatesOf(films));
    summary.movielens = films.length;
    progress({ phase: "MovieLens films", done: films.length, total: films.length });
  }
  const facts = files.get("rt-movie-info");
  if (facts) {
    progress({ phase: "rt.movie_info film facts", done: 0, total: null });
    const read = await importSourceFacts(store, facts);
    summary.sourceFacts = read.read;
    summary.rejects.push(...read.rejects);
  }
  // Linking looks titles up by key in tables this import may have made many times larger.
  await countForPlanner(store, ["films", "film_titles"]);
  summary.linking = await linkFilms(store, null, (done, total) =>
    progress({ phase: "linking films named by reviews", done, total }),
  );
  summary.linked = summary.linking.linked;
  summary.readerRatingsLinked = await linkUnlinkedReaderRatings(store);
  return summary;
}

function alternatesOf(films: readonly CatalogFilm[]) {
  return films.flatMap((f) => (f.alternates ?? []).map((a) => ({ imdbId: f.imdbId, ...a })));
}

const BATCH = 2000;

/**
 * IMDb's files in order — title.basics, then title.principals, name.basics, title.akas —
 * written in batches. Only the ids of the films kept and of the people credited on them are
 * held, so the real multi-million-row files import in bounded memory.
 */
async function importImdb(
  store: Store,
  files: ReadonlyMap<KnownFile["kind"], string>,
  now: string,
  types: string[] | undefined,
  progress: (progress: CatalogProgress) => void,
): Promise<{ films: number; credits: number; people: number; titles: number }> {
  const counts = { films: 0, credits: 0, people: 0, titles: 0 };
  const kept = new Set<string>();
  const credited = new Set<string>();
  const batched = async <T>(
    phase: string,
    items: AsyncIterable<T>,
    write: (batch: T[]) => Promise<void>,
    seen: (item: T) => void,
  ) => {
    let batch: T[] = [];
    let rows = 0;
    for await (const item of items) {
      seen(item);
      batch.push(item);
      if (++rows % 10_000 === 0) progress({ phase, done: rows, total: null });
      if (batch.length >= BATCH) {
        await write(batch);
        batch = [];
      }
    }
    await write(batch);
    progress({ phase, done: rows, total: rows });
    return rows;
  };
  const basics = files.get("imdb-basics");
  const principals = files.get("imdb-principals");
  const names = files.get("imdb-names");
  const akas = files.get("imdb-akas");
  // Without title.basics in this run, credits and titles go to every film named.
  const keepFilm = basics ? (id: string) => kept.has(id) : () => true;
  if (basics) {
    counts.films = await batched(
      "IMDb title.basics",
      readImdbFilms(basics, types),
      async (batch) => {
        await upsertCatalogFilms(store.db, batch, now);
        await upsertFilmTitles(store.db, alternatesOf(batch));
      },
      (film) => kept.add(film.imdbId),
    );
  }
  if (principals) {
    counts.credits = await batched(
      "IMDb title.principals",
      readImdbCredits(principals, keepFilm),
      (batch) => upsertCredits(store.db, batch),
      (credit) => credited.add(credit.personId),
    );
  }
  if (names) {
    const keep = principals ? (id: string) => credited.has(id) : () => true;
    counts.people = await batched(
      "IMDb name.basics",
      readImdbNames(names, keep),
      (batch) => upsertPeople(store.db, batch),
      () => {},
    );
  }
  if (akas) {
    counts.titles = await batched(
      "IMDb title.akas",
      readImdbAkas(akas, keepFilm),
      (batch) => upsertFilmTitles(store.db, batch),
      () => {},
    );
  }
  return counts;
}
