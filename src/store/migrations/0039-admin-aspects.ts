import type { Kysely } from "kysely";

/**
 * `reviews.admin_aspects`: what an admin set some aspects of a review to, where its reading
 * had them wrong, as JSON (`{"music":"none","acting":"positive"}`: praise, a complaint, or not
 * judged); null, as every review has it at first. Whenever the review is read, these outrank
 * its reading (domain/analysis.ts, withAdminAspects), so a later `reviews reanalyze` or a new
 * model keeps them (commands/corrections.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reviews").addColumn("admin_aspects", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reviews").dropColumn("admin_aspects").execute();
}
