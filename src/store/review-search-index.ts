import { type Kysely, SqliteAdapter, sql } from "kysely";
import { RECENT_SEARCH_REVIEWS } from "./migrations/0023-review-order-of-arrival.js";

/**
 * SQLite: puts the reviews stored since the last call into both FTS5 indexes, in one
 * statement each (migration 0032): the whole table's, and the newest reviews' (which then
 * holds the newest RECENT_SEARCH_REVIEWS again, the older ones taken out). Every writer of
 * reviews calls it before its transaction ends, so no reader sees a review the search cannot
 * find; a call catches up whatever an earlier writer left. PostgreSQL keeps its indexes
 * itself: nothing to do there.
 */
// biome-ignore lint/suspicious/noExplicitAny: any database: the migration's and the store's.
export async function indexNewReviews(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  const { rows } = await sql<{ through: number; newest: number | null; floor: number }>`
    select (select through from review_search_indexed) as through,
      (select max(rowid) from reviews) as newest,
      (select floor from recent_review_window) as floor`.execute(db);
  const { through, newest, floor } = rows[0] ?? { through: 0, newest: null, floor: 0 };
  if (newest === null || newest <= through) return;
  await sql`insert into reviews_fts (rowid, text)
    select rowid, text from reviews where rowid > ${through}`.execute(db);
  // The newest reviews' index held (floor, through]; it is to hold (newFloor, newest].
  const newFloor = Math.max(floor, newest - RECENT_SEARCH_REVIEWS);
  if (newFloor > floor)
    await sql`insert into recent_review_search (recent_review_search, rowid, text)
      select 'delete', rowid, text from reviews
      where rowid > ${floor} and rowid <= ${Math.min(newFloor, through)}`.execute(db);
  await sql`insert into recent_review_search (rowid, text)
    select rowid, text from reviews where rowid > ${Math.max(through, newFloor)}`.execute(db);
  await sql`update recent_review_window set floor = ${newFloor}`.execute(db);
  await sql`update review_search_indexed set through = ${newest}`.execute(db);
  // Every review taken out of the newest reviews' index leaves a delete marker there until its
  // segments are merged: at 1M reviews it held 16 MB for its 50,000 reviews (7.4 MB at 216k,
  // 3.0 MB merged), and a search took 1.24-2.21 ms against 0.88-1.55 merged. So it is merged
  // whole (FTS5's optimize: 0.09-0.26 s for 50,000 reviews) each time the window has moved on
  // by its own size.
  if (Math.floor(newFloor / RECENT_SEARCH_REVIEWS) > Math.floor(floor / RECENT_SEARCH_REVIEWS))
    await sql`insert into recent_review_search (recent_review_search) values ('optimize')`.execute(
      db,
    );
}
