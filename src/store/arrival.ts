import { type Kysely, type RawBuilder, SqliteAdapter, sql } from "kysely";

/**
 * The number a review got when it arrived, rising: SQLite's rowid, PostgreSQL's `seq`
 * (migration 0023). Lists newest first walk it, and the review-order indexes end with it
 * (0024) — a number, not a timestamp and an id.
 */
// biome-ignore lint/suspicious/noExplicitAny: any database: only its dialect is read.
export function arrival(db: Kysely<any>, table = "reviews"): RawBuilder<number> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  return sql<number>`${sql.ref(`${table}.${sqlite ? "rowid" : "seq"}`)}`;
}
