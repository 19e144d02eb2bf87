import { type Kysely, SqliteAdapter, sql } from "kysely";

/**
 * `reviews.admin_verdict`: the verdict an admin set for a review, to set its reading right or
 * confirm it ("positive" or "negative"; null, as every review has it at first). It outranks the
 * source's stated verdict, the rating's and the text's whenever the review is read, so a
 * later `reviews reanalyze` or a new model keeps it (commands/corrections.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reviews").addColumn("admin_verdict", "text").execute();
  // The reviews to check (/admin/checks: those whose analysis flags what does not add up, a
  // few in a thousand), newest first, without reading the rest: a partial index of them
  // (SQLite's ends with the rowid, its order of arrival; PostgreSQL's is on `seq`).
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema
    .createIndex("reviews_flagged")
    .on("reviews")
    .column(sqlite ? "disagreement" : "seq")
    .where(sql.ref("disagreement"), "is not", null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("reviews_flagged").ifExists().execute();
  await db.schema.alterTable("reviews").dropColumn("admin_verdict").execute();
}
