import { type Kysely, SqliteAdapter, sql } from "kysely";

/**
 * PostgreSQL numbers reviews in the order they arrive (`seq`, what SQLite's rowid is) and
 * keeps a BRIN index over it: a search ranks the newest matches first, reading the GIN index
 * only within a window of the newest reviews (a few blocks of the table, not every match),
 * widened while it holds too few.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`alter table reviews add column seq bigserial`.execute(db);
  await sql`create index reviews_seq on reviews using brin (seq)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`alter table reviews drop column seq`.execute(db);
}
