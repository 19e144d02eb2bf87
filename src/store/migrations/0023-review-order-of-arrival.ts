import { type Kysely, SqliteAdapter, sql } from "kysely";

/** How many of the newest reviews PostgreSQL keeps in the small search table. */
export const RECENT_SEARCH_REVIEWS = 50_000;

/**
 * PostgreSQL numbers reviews in the order they arrive (`seq`, what SQLite's rowid is) and
 * keeps the newest RECENT_SEARCH_REVIEWS of them, with their tsvector, in a table of their
 * own with its own GIN index (kept by triggers: a review stored is added, the oldest beyond
 * the limit dropped; a review deleted or its text changed follows). A search reads that small
 * index first: a word in many reviews finds its newest matches there at the cost of a few,
 * and only a rarer word goes to the whole table's index, where its matches are few.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`alter table reviews add column seq bigserial`.execute(db);
  await sql`create table recent_review_search (
    seq bigint primary key,
    review_id text not null unique,
    document tsvector not null)`.execute(db);
  await sql`create index recent_review_search_document on recent_review_search using gin (document)`.execute(
    db,
  );
  await sql`insert into recent_review_search (seq, review_id, document)
    select seq, id, search_text from reviews order by seq desc limit ${sql.lit(RECENT_SEARCH_REVIEWS)}`.execute(
    db,
  );
  await sql`create function recent_review_search_add() returns trigger language plpgsql as $$
    begin
      insert into recent_review_search (seq, review_id, document)
        values (new.seq, new.id, new.search_text) on conflict do nothing;
      return null;
    end $$`.execute(db);
  await sql`create function recent_review_search_trim() returns trigger language plpgsql as $$
    begin
      delete from recent_review_search
        where seq <= (select max(seq) from recent_review_search) - ${sql.lit(RECENT_SEARCH_REVIEWS)};
      return null;
    end $$`.execute(db);
  await sql`create function recent_review_search_follow() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        delete from recent_review_search where review_id = old.id;
      else
        update recent_review_search set document = new.search_text where review_id = new.id;
      end if;
      return null;
    end $$`.execute(db);
  await sql`create trigger recent_review_search_add after insert on reviews
    for each row execute function recent_review_search_add()`.execute(db);
  await sql`create trigger recent_review_search_trim after insert on reviews
    for each statement execute function recent_review_search_trim()`.execute(db);
  await sql`create trigger recent_review_search_follow after delete or update of text on reviews
    for each row execute function recent_review_search_follow()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  for (const name of ["add", "trim", "follow"]) {
    await sql`drop trigger if exists ${sql.id(`recent_review_search_${name}`)} on reviews`.execute(
      db,
    );
    await sql`drop function if exists ${sql.id(`recent_review_search_${name}`)}()`.execute(db);
  }
  await sql`drop table if exists recent_review_search`.execute(db);
  await sql`alter table reviews drop column seq`.execute(db);
}
