import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, from `dist/bench/*.js` or `bench/*.ts`. */
export const REPO_ROOT = resolve(
  dirname(fileURLToPath(import.meta.url)),
  import.meta.url.includes("/dist/") ? "../.." : "..",
);

/** A file of `../shared/data` (or `CINEMETER_SHARED_DATA`); exits with a clear message when absent. */
export function sharedDataFile(...parts: string[]): string {
  const root = process.env.CINEMETER_SHARED_DATA ?? resolve(REPO_ROOT, "../shared/data");
  const path = resolve(root, ...parts);
  if (!existsSync(path)) {
    console.error(`bench: ${path} is missing; set CINEMETER_SHARED_DATA to the shared data folder`);
    process.exit(2);
  }
  return path;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

/** The PostgreSQL the benches use: the tests' (trust auth on these machines). */
export const BENCH_PG_URL =
  process.env.CINEMETER_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
