import type { Kysely } from "kysely";

/** Each review's rating scale, and critics' and outlets' standing against consensus. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("reviews").addColumn("rating_max", "double precision").execute();
  for (const table of ["critic_stats", "outlet_stats"]) {
    await db.schema
      .createTable(table)
      .addColumn("id", "text", (c) => c.primaryKey())
      .addColumn("scored_count", "integer", (c) => c.notNull().defaultTo(0))
      .addColumn("leniency", "double precision")
      .addColumn("agreement", "double precision")
      .addColumn("scale", "text")
      .addColumn("updated_at", "text", (c) => c.notNull())
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("critic_stats").ifExists().execute();
  await db.schema.dropTable("outlet_stats").ifExists().execute();
  await db.schema.alterTable("reviews").dropColumn("rating_max").execute();
}
