import type { Kysely } from "kysely";

/**
 * What does not add up in a review (Analysis.disagreement), kept beside its verdict and
 * quote so a review list reads it without parsing each stored analysis.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reviews").addColumn("disagreement", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reviews").dropColumn("disagreement").execute();
}
