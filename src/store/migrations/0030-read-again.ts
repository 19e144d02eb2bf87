import type { Kysely } from "kysely";

/**
 * What `reviews reanalyze` keeps:
 * - `standing_due`: films whose critics' and outlets' standing is due to be read again. Each
 *   film whose figures a page moved is noted in the same transaction as the move, and
 *   cleared once their standing is refreshed, so a run interrupted in between leaves the note
 *   for the next run instead of standing read against figures that have since changed.
 * - `analysis_revision` on a film's and the site's sums: counted up when reviews are read
 *   again and something changed, so pages kept while a film's (or the site's) figures stand
 *   still are made again when only their quotes or aspects changed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("standing_due")
    .addColumn("film_id", "text", (c) => c.primaryKey())
    .execute();
  for (const table of ["film_aggregates", "site_aggregates"])
    await db.schema
      .alterTable(table)
      .addColumn("analysis_revision", "integer", (c) => c.notNull().defaultTo(0))
      .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["film_aggregates", "site_aggregates"])
    await db.schema.alterTable(table).dropColumn("analysis_revision").execute();
  await db.schema.dropTable("standing_due").ifExists().execute();
}
