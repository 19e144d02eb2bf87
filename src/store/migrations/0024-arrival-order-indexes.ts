import { type Kysely, SqliteAdapter, sql } from "kysely";

/** How many of the newest reviews the small search index holds (as 0023's on PostgreSQL). */
const RECENT_SEARCH_REVIEWS = 50_000;

/** The review-order indexes 0001, 0009 and 0021 made, ordered by created_at and id. */
const OLD_INDEXES = [
  "reviews_created_at",
  "reviews_film_created",
  "reviews_critic_created",
  "reviews_outlet_created",
  "reviews_film_score",
  "reviews_film_date",
];

/**
 * Reviews listed newest first in the order they arrived — SQLite's rowid, PostgreSQL's `seq`
 * (0023) — instead of by `created_at, id`: the film, critic and outlet indexes, and the film's
 * score and date indexes, end with that number (SQLite: implicitly, every index ends with the
 * rowid) instead of a 24-character timestamp and a 21-character id, and the newest reviews of
 * all are the table's own end (no created_at index).
 *
 * SQLite also gets what 0023 gave PostgreSQL: the newest RECENT_SEARCH_REVIEWS reviews in a
 * search index of their own (`recent_review_search`, FTS5 over the reviews' text), so that
 * ranking a common word's newest matches reads a small index, not the word's every match.
 * Triggers keep it: a review stored is added and the one RECENT_SEARCH_REVIEWS older leaves
 * (`recent_review_window.floor`: the reviews above that rowid are the ones held); a review
 * deleted or its text changed follows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  for (const name of OLD_INDEXES) await db.schema.dropIndex(name).ifExists().execute();
  const arrival = sqlite ? [] : ["seq"];
  for (const scope of ["film", "critic", "outlet"])
    await db.schema
      .createIndex(`reviews_${scope}`)
      .on("reviews")
      .columns([`${scope}_id`, ...arrival])
      .execute();
  for (const column of ["score", "date"])
    await db.schema
      .createIndex(`reviews_film_${column}`)
      .on("reviews")
      .columns(["film_id", column, ...arrival])
      .where(sql.ref(column), "is not", null)
      .execute();
  if (!sqlite) {
    await db.schema.createIndex("reviews_seq").on("reviews").column("seq").execute();
    return;
  }
  await sql`create table recent_review_window (floor integer not null)`.execute(db);
  await sql`insert into recent_review_window (floor)
    select coalesce(max(rowid), 0) - ${sql.lit(RECENT_SEARCH_REVIEWS)} from reviews`.execute(db);
  await sql`create virtual table recent_review_search using fts5(text, content='reviews',
    content_rowid='rowid', tokenize='porter unicode61 remove_diacritics 2')`.execute(db);
  await sql`insert into recent_review_search (rowid, text)
    select rowid, text from reviews where rowid > (select floor from recent_review_window)`.execute(
    db,
  );
  await createRecentSearchTriggers(db);
}

/** The triggers that keep `recent_review_search` the newest reviews' index (one per row). */
export async function createRecentSearchTriggers(db: Kysely<unknown>): Promise<void> {
  const held = sql`(select floor from recent_review_window)`;
  await sql`create trigger recent_review_search_add after insert on reviews
    when new.rowid > ${held} begin
      insert into recent_review_search (rowid, text) values (new.rowid, new.text);
      insert into recent_review_search (recent_review_search, rowid, text)
        select 'delete', rowid, text from reviews
        where rowid > ${held} and rowid <= new.rowid - ${sql.lit(RECENT_SEARCH_REVIEWS)};
      update recent_review_window set floor = new.rowid - ${sql.lit(RECENT_SEARCH_REVIEWS)}
        where floor < new.rowid - ${sql.lit(RECENT_SEARCH_REVIEWS)};
    end`.execute(db);
  await sql`create trigger recent_review_search_delete after delete on reviews
    when old.rowid > ${held} begin
      insert into recent_review_search (recent_review_search, rowid, text)
        values ('delete', old.rowid, old.text);
    end`.execute(db);
  await sql`create trigger recent_review_search_update after update of text on reviews
    when old.rowid > ${held} begin
      insert into recent_review_search (recent_review_search, rowid, text)
        values ('delete', old.rowid, old.text);
      insert into recent_review_search (rowid, text) values (new.rowid, new.text);
    end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  if (sqlite) {
    for (const name of ["add", "delete", "update"])
      await sql`drop trigger if exists ${sql.id(`recent_review_search_${name}`)}`.execute(db);
    await sql`drop table if exists recent_review_search`.execute(db);
    await sql`drop table if exists recent_review_window`.execute(db);
  } else {
    await db.schema.dropIndex("reviews_seq").ifExists().execute();
  }
  for (const name of ["reviews_film", "reviews_critic", "reviews_outlet"])
    await db.schema.dropIndex(name).ifExists().execute();
  for (const column of ["score", "date"]) {
    await db.schema.dropIndex(`reviews_film_${column}`).ifExists().execute();
    await db.schema
      .createIndex(`reviews_film_${column}`)
      .on("reviews")
      .columns(["film_id", column, "id"])
      .where(sql.ref(column), "is not", null)
      .execute();
  }
  await db.schema.createIndex("reviews_created_at").on("reviews").column("created_at").execute();
  for (const scope of ["film", "critic", "outlet"])
    await db.schema
      .createIndex(`reviews_${scope}_created`)
      .on("reviews")
      .columns([`${scope}_id`, "created_at", "id"])
      .execute();
}
