import { type Kysely, SqliteAdapter, sql } from "kysely";
import { createFtsIndex, dropFtsIndex } from "./sqlite-fts.js";

/**
 * Typo-tolerant title search: an FTS5 trigram index over film titles kept by triggers in
 * SQLite; pg_trgm's GIN index in PostgreSQL (when the extension can be created; without it
 * titles are still found as substrings).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await createFtsIndex(db, { table: "films", column: "title_key", tokenize: "trigram" });
    return;
  }
  // pg_trgm lives in "public" and is named there, so any number of Cinemeter databases in
  // their own schemas share it. Where it cannot be created (a role without the right), the
  // savepoint undoes the attempt and titles are found as substrings only.
  await sql`savepoint title_search`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm schema public`.execute(db);
    await sql`create index films_title_trgm on films using gin (title_key public.gin_trgm_ops)`.execute(
      db,
    );
    await sql`release savepoint title_search`.execute(db);
  } catch {
    await sql`rollback to savepoint title_search`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) await dropFtsIndex(db, "films");
  else await sql`drop index if exists films_title_trgm`.execute(db);
}
