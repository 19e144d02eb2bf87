import { type Kysely, SqliteAdapter, sql } from "kysely";
import { createFtsIndex, dropFtsIndex } from "./sqlite-fts.js";

/**
 * Full-text search over review text, the one place the dialects differ: an FTS5 index kept
 * in step by triggers in SQLite, a GIN index over an English tsvector in PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await createFtsIndex(db, {
      table: "reviews",
      column: "text",
      tokenize: "porter unicode61 remove_diacritics 2",
    });
  } else {
    await sql`create index reviews_text_search on reviews using gin (to_tsvector('english', text))`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) await dropFtsIndex(db, "reviews");
  else await sql`drop index if exists reviews_text_search`.execute(db);
}
