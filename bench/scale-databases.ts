/**
 * Where bench:scale keeps its databases, so that bench:scale-pairs serves the same ones: a
 * SQLite file per name in the system's temp folder, a PostgreSQL schema per name in the
 * benches' database.
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
