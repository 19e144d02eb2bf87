import { type Kysely, SqliteAdapter, sql } from "kysely";

/**
 * Typo-tolerant title search: an FTS5 trigram index over film titles kept by triggers in
 * SQLite; pg_trgm's GIN index in PostgreSQL (when the extension can be created; without it
 * titles are still found as substrings).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    await sql`create virtual table films_fts using fts5(title_key, content='films', content_rowid='rowid', tokenize='trigram')`.execute(
      db,
    );
    await sql`insert into films_fts(rowid, title_key) select rowid, title_key from films`.execute(
      db,
    );
    await sql`create trigger films_fts_insert after insert on films begin
      insert into films_fts(rowid, title_key) values (new.rowid, new.title_key); end`.execute(db);
    await sql`create trigger films_fts_delete after delete on films begin
      insert into films_fts(films_fts, rowid, title_key) values ('delete', old.rowid, old.title_key); end`.execute(
      db,
    );
    await sql`create trigger films_fts_update after update of title_key on films begin
      insert into films_fts(films_fts, rowid, title_key) values ('delete', old.rowid, old.title_key);
      insert into films_fts(rowid, title_key) values (new.rowid, new.title_key); end`.execute(db);
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
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    for (const trigger of ["films_fts_insert", "films_fts_delete", "films_fts_update"]) {
      await sql`drop trigger if exists ${sql.id(trigger)}`.execute(db);
    }
    await sql`drop table if exists films_fts`.execute(db);
  } else {
    await sql`drop index if exists films_title_trgm`.execute(db);
  }
}
