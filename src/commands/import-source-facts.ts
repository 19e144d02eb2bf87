import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { readRtMovieInfo } from "../catalog/rt-movie-info.js";
import type { SourceFacts } from "../domain/film-facts.js";
import { errors } from "../errors.js";
import { knownFile } from "../ingest/file-kind.js";
import type { Store } from "../store/db.js";
import { saveSourceFacts } from "../store/film-linking.repository.js";

const BATCH = 500;

/**
 * Reads rt-reviews' film facts (rt.movie_info) into the store: kept by film id for films not
 * yet seen, copied onto those that are. Returns how many were read, the films that now have
 * facts, and the rows refused (with their line).
 */
export async function importSourceFacts(
  store: Store,
  path: string,
): Promise<{ read: number; films: string[]; rejects: Array<{ where: string; reason: string }> }> {
  const films: string[] = [];
  const rejects: Array<{ where: string; reason: string }> = [];
  let batch: SourceFacts[] = [];
  let read = 0;
  const flush = async () => {
    films.push(...(await saveSourceFacts(store.db, batch)));
    batch = [];
  };
  for await (const row of readRtMovieInfo(path)) {
    if ("error" in row) {
      rejects.push({ where: `${path}:${row.line}`, reason: row.error });
      continue;
    }
    read++;
    batch.push(row);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { read, films, rejects };
}

/** rt.movie_info beside an rt-reviews file, when it is there (gzipped or not). */
export function movieInfoBeside(reviewsPath: string): string | null {
  const folder =
    existsSync(reviewsPath) && statSync(reviewsPath).isDirectory()
      ? reviewsPath
      : dirname(reviewsPath);
  for (const name of ["rt.movie_info.tsv.gz", "rt.movie_info.tsv"]) {
    const path = join(folder, name);
    if (existsSync(path)) return path;
  }
  return null;
}

/**
 * Refuses, before anything is read, a file meant for another command (a catalog, film facts,
 * audience ratings) and, with `--preset rt`, a file that is not rt-reviews' reviews: the
 * error names the command that reads it.
 */
export async function checkReviewFiles(
  paths: readonly string[],
  preset: string | undefined,
): Promise<void> {
  for (const path of paths) {
    if (!existsSync(path) || statSync(path).isDirectory()) continue;
    const known = await knownFile(path);
    if (known && known.kind !== "rt-reviews")
      throw errors.usage(`${path} is ${known.what}, not reviews: read it with ${known.command}`);
    if (preset === "rt" && known?.kind !== "rt-reviews")
      throw errors.usage(
        `${path} is not rt-reviews' reviews (--preset rt expects the columns id, review, rating, fresh, critic, top_critic, publisher, date)`,
      );
  }
}
