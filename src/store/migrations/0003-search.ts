import { type Kysely, SqliteAdapter, sql } from "kysely";

/**
 * Full-text search over review text, the one place the dialects differ: an FTS5 index kept
 * in step by triggers in SQLite, a GIN index over an English tsvector in PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`create virtual table reviews_fts using fts5(text, content='reviews', content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2')`.execute(
      db,
    );
    await sql`insert into reviews_fts(rowid, text) select rowid, text from reviews`.execute(db);
    await sql`create trigger reviews_fts_insert after insert on reviews begin
      insert into reviews_fts(rowid, text) values (new.rowid, new.text); end`.execute(db);
    await sql`create trigger reviews_fts_delete after delete on reviews begin
      insert into reviews_fts(reviews_fts, rowid, text) values ('delete', old.rowid, old.text); end`.execute(
      db,
    );
    await sql`create trigger reviews_fts_update after update of text on reviews begin
      insert into reviews_fts(reviews_fts, rowid, text) values ('delete', old.rowid, old.text);
      insert into reviews_fts(rowid, text) values (new.rowid, new.text); end`.execute(db);
  } else {
    await sql`create index reviews_text_search on reviews using gin (to_tsvector('english', text))`.execute(
      db,
    );
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (const trigger of ["reviews_fts_insert", "reviews_fts_delete", "reviews_fts_update"]) {
      await sql`drop trigger if exists ${sql.id(trigger)}`.execute(db);
    }
    await sql`drop table if exists reviews_fts`.execute(db);
  } else {
    await sql`drop index if exists reviews_text_search`.execute(db);
  }
}
