/**
 * What bench:scale and bench:scale-pairs share: where bench:scale keeps its databases (a
 * SQLite file per name in the system's temp folder, a PostgreSQL schema per name in the
 * benches' database), and the pages and endpoints both load.
 */
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { BENCH_PG_URL } from "./shared-data.js";

export const SCALE_DIR = join(tmpdir(), "cinemeter-bench-scale");
mkdirSync(SCALE_DIR, { recursive: true });

/** The SQLite file of the database `name` ("scale-1M", "scale-empty" …). */
export const scaleSqlitePath = (name: string) => join(SCALE_DIR, `${name}.db`);

/** The PostgreSQL schema of the database `name`. */
export const scaleSchema = (name: string) => `cinemeter_bench_${name.replace(/\W+/g, "_")}`;

/** The benches' PostgreSQL, with `schema` as the search path. */
export const pgUrl = (schema: string) =>
  `${BENCH_PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;

/** The pages and endpoints issue 15 names, each with its path given the busiest film's id. */
export const SCALE_ENDPOINTS: Array<[name: string, path: (filmId: string) => string]> = [
  ["film page", (film) => `/films/${film}`],
  ["film page sorted by score", (film) => `/films/${film}?sort=score`],
  ["/api/films/:id", (film) => `/api/films/${film}`],
  ["/api/search, a rare word (gallows)", () => "/api/search?q=gallows"],
  ["/api/search, a common word (love)", () => "/api/search?q=love"],
  ["/search?q=love", () => "/search?q=love"],
  ["home /", () => "/"],
  ["/films", () => "/films"],
];
