import type { Kysely } from "kysely";

/** Each review's stated verdict, and critics' and outlets' learned fresh thresholds. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reviews").addColumn("stated_verdict", "text").execute();
  for (const table of ["critic_stats", "outlet_stats"]) {
    await db.schema.alterTable(table).addColumn("fresh_threshold", "double precision").execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["critic_stats", "outlet_stats"]) {
    await db.schema.alterTable(table).dropColumn("fresh_threshold").execute();
  }
  await db.schema.alterTable("reviews").dropColumn("stated_verdict").execute();
}
