import { type Kysely, SqliteAdapter, sql } from "kysely";

/**
 * PostgreSQL keeps each review's English tsvector stored beside its text (a generated
 * column) with the GIN index over it, so a search ranks its candidates without parsing their
 * text again. SQLite's FTS5 index holds what it needs already.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`alter table reviews add column search_text tsvector
    generated always as (to_tsvector('english', text)) stored`.execute(db);
  await sql`create index reviews_search_text on reviews using gin (search_text)`.execute(db);
  await sql`drop index if exists reviews_text_search`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`create index reviews_text_search on reviews using gin (to_tsvector('english', text))`.execute(
    db,
  );
  await sql`alter table reviews drop column search_text`.execute(db);
}
