import { type Kysely, SqliteAdapter, sql } from "kysely";
import { indexNewReviews } from "../review-search-index.js";
import { createRecentSearchTriggers } from "./0024-arrival-order-indexes.js";
import { createFtsTriggers } from "./sqlite-fts.js";

/**
 * SQLite: new reviews go into the two FTS5 indexes (the whole table's, 0003, and the newest
 * reviews', 0024) once per stored batch, not by a trigger per row. FTS5 writes its pending
 * terms to disk at every statement savepoint, and a trigger runs in one: each review stored
 * wrote (and merged) a segment of its own, at a cost that grew with the index. Inserting 500
 * reviews into 1,000,000 took 129 ms with the two insert triggers and 37 ms indexed once
 * after (27 ms of it the rows and their other indexes).
 *
 * `review_search_indexed.through` is the highest rowid the indexes have been brought up to:
 * the reviews at or below it are in them, those above are not yet (src/store/
 * review-search-index.ts indexes them; every writer calls it before its transaction ends, and
 * a call catches up whatever an earlier one left). One trigger on delete and one on an edit of
 * the text keep both indexes in step for reviews at or below it; deleting the newest reviews
 * lowers it to the new newest, so a review stored after takes a rowid above it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  for (const name of TRIGGERS_BEFORE) await sql`drop trigger ${sql.id(name)}`.execute(db);
  await sql`create table review_search_indexed (through integer not null)`.execute(db);
  await sql`insert into review_search_indexed (through)
    select coalesce(max(rowid), 0) from reviews`.execute(db);
  const indexed = sql`old.rowid <= (select through from review_search_indexed)`;
  const recent = sql`old.rowid > (select floor from recent_review_window)`;
  await sql`create trigger review_search_delete after delete on reviews when ${indexed} begin
      insert into reviews_fts (reviews_fts, rowid, text) values ('delete', old.rowid, old.text);
      insert into recent_review_search (recent_review_search, rowid, text)
        select 'delete', old.rowid, old.text where ${recent};
      update review_search_indexed set through = (select coalesce(max(rowid), 0) from reviews)
        where through > (select coalesce(max(rowid), 0) from reviews);
    end`.execute(db);
  await sql`create trigger review_search_update after update of text on reviews when ${indexed} begin
      insert into reviews_fts (reviews_fts, rowid, text) values ('delete', old.rowid, old.text);
      insert into reviews_fts (rowid, text) values (new.rowid, new.text);
      insert into recent_review_search (recent_review_search, rowid, text)
        select 'delete', old.rowid, old.text where ${recent};
      insert into recent_review_search (rowid, text) select new.rowid, new.text where ${recent};
    end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await indexNewReviews(db);
  await sql`drop trigger review_search_delete`.execute(db);
  await sql`drop trigger review_search_update`.execute(db);
  await sql`drop table review_search_indexed`.execute(db);
  // As 0003 and 0024 made them.
  await createFtsTriggers(db, { table: "reviews", column: "text" });
  await createRecentSearchTriggers(db);
}

/** The triggers 0003 and 0024 made on reviews, replaced by the two above. */
const TRIGGERS_BEFORE = [
  "reviews_fts_insert",
  "reviews_fts_delete",
  "reviews_fts_update",
  "recent_review_search_add",
  "recent_review_search_delete",
  "recent_review_search_update",
];
