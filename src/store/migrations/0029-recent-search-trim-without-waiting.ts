import { type Kysely, SqliteAdapter, sql } from "kysely";
import { RECENT_SEARCH_REVIEWS } from "./0023-review-order-of-arrival.js";

/**
 * PostgreSQL: the newest reviews' search table (0023) is trimmed by one transaction at a time,
 * and a transaction that finds another trimming leaves it to that one (the table holds a few
 * more rows until the next trim). Two workers of `import --jobs` storing at once each deleted
 * the rows beyond the newest 50,000, in their own order, and could wait on each other's: a
 * deadlock, which aborted a chunk to be stored again (seen twice in a 100,000-review import
 * with two workers). The lock is an advisory one per schema, held until the transaction ends.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`create or replace function recent_review_search_trim() returns trigger language plpgsql as $$
    begin
      if pg_try_advisory_xact_lock(hashtext(current_schema() || '.recent_review_search_trim')) then
        delete from recent_review_search
          where seq <= (select max(seq) from recent_review_search) - ${sql.lit(RECENT_SEARCH_REVIEWS)};
      end if;
      return null;
    end $$`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) return;
  await sql`create or replace function recent_review_search_trim() returns trigger language plpgsql as $$
    begin
      delete from recent_review_search
        where seq <= (select max(seq) from recent_review_search) - ${sql.lit(RECENT_SEARCH_REVIEWS)};
      return null;
    end $$`.execute(db);
}
