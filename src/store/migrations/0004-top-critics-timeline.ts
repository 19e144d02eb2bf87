import type { Kysely } from "kysely";

const TOP_COLUMNS = [
  "top_review_count",
  "top_verdict_count",
  "top_positive_count",
  "top_score_count",
] as const;

/** Top critics' own running sums per film, and a film's reviews month by month. */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of TOP_COLUMNS) {
    await db.schema
      .alterTable("film_aggregates")
      .addColumn(column, "integer", (c) => c.notNull().defaultTo(0))
      .execute();
  }
  await db.schema
    .alterTable("film_aggregates")
    .addColumn("top_score_sum", "double precision", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable("film_months")
    .addColumn("film_id", "text", (c) => c.notNull())
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("review_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("verdict_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("positive_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("score_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("score_sum", "double precision", (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint("film_months_pk", ["film_id", "month"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("film_months").ifExists().execute();
  for (const column of [...TOP_COLUMNS, "top_score_sum"]) {
    await db.schema.alterTable("film_aggregates").dropColumn(column).execute();
  }
}
