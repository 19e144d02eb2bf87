import type { Kysely } from "kysely";

/**
 * `reviews.admin_quote`: the words of its text an admin chose as a review's pull quote, where
 * the one its reading chose was not the best; null, as every review has it at first. Whenever
 * the review is read, they are its quote while its text has them (analyze/quote/admin-quote.ts),
 * so a later `reviews reanalyze` or a new model keeps them (commands/corrections.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reviews").addColumn("admin_quote", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reviews").dropColumn("admin_quote").execute();
}
