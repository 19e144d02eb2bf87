import type { Kysely } from "kysely";

/**
 * How clearly each review judges an aspect (AspectMention.strength), so a film page quotes
 * the clearest praise and complaint rather than the shortest. Rows stored before have none
 * and are quoted after those that do.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("review_aspects").addColumn("strength", "real").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("review_aspects").dropColumn("strength").execute();
}
