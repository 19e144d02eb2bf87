import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { readRtMovieInfo } from "../catalog/rt-movie-info.js";
import type { SourceFacts } from "../domain/film-facts.js";
import type { Store } from "../store/db.js";
import { saveSourceFacts } from "../store/film-linking.repository.js";

const BATCH = 500;

/**
 * Reads rt-reviews' film facts (rt.movie_info) into the store: kept by film id for films not
 * yet seen, copied onto those that are. Returns how many were read, and the rows refused
 * (with their line).
 */
export async function importSourceFacts(
  store: Store,
  path: string,
): Promise<{ read: number; rejects: Array<{ where: string; reason: string }> }> {
  const rejects: Array<{ where: string; reason: string }> = [];
  let batch: SourceFacts[] = [];
  let read = 0;
  const flush = async () => {
    await saveSourceFacts(store.db, batch);
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
  return { read, rejects };
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
