import type { Kysely } from "kysely";

/**
 * `fresh_levels` of critic_stats and outlet_stats: the stated verdicts a source's learned
 * fresh threshold was learned from, by score (JSON: [{score, count, positive}]), so a verdict
 * an outlet's line gives says how sure it is by the outlet's own critics (lineConfidence);
 * null where none is learned. Filled when the source's standing is next brought up to date.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ["critic_stats", "outlet_stats"])
    await db.schema.alterTable(table).addColumn("fresh_levels", "text").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["critic_stats", "outlet_stats"])
    await db.schema.alterTable(table).dropColumn("fresh_levels").execute();
}
