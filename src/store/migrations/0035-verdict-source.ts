import { type Kysely, sql } from "kysely";

/**
 * `reviews.verdict_source`: how the review's verdict was reached (Analysis.verdictSource):
 * "admin", "stated", "rating", "fence" (a rating critics split on, the text deciding) or
 * "text"; null without a verdict. Stored reviews are given theirs from what their row already
 * says (none was read on the fence before it); `cinemeter reviews reanalyze` reads them again.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reviews").addColumn("verdict_source", "text").execute();
  await sql`
    update reviews set verdict_source = case
      when verdict is null then null
      when admin_verdict is not null then 'admin'
      when stated_verdict is not null or confidence is null then 'stated'
      when rating_score is not null then 'rating'
      else 'text'
    end`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reviews").dropColumn("verdict_source").execute();
}
