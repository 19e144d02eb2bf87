import type { Kysely } from "kysely";

/**
 * `reviews.editor_verdict`: the verdict an admin set for a review whose reading was wrong
 * ("positive" or "negative"; null, as every review has it at first). It outranks the
 * source's stated verdict, the rating's and the text's whenever the review is read, so a
 * later `reviews reanalyze` or a new model keeps it (commands/corrections.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reviews").addColumn("editor_verdict", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reviews").dropColumn("editor_verdict").execute();
}
