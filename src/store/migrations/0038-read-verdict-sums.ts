import { type Kysely, sql } from "kysely";

/**
 * Each film's verdicts read rather than given (verdict_source text, fence or outlet:
 * READ_VERDICT_SOURCES) as running sums, kept as reviews come, go and are read again:
 * `read_verdict_count`, and `read_verdict_doubt`, the sum of their doubts (1 − confidence
 * each), how many of them are likely wrong. Stored films are given theirs from their reviews.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("film_aggregates")
    .addColumn("read_verdict_count", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable("film_aggregates")
    .addColumn("read_verdict_doubt", "double precision", (c) => c.notNull().defaultTo(0))
    .execute();
  const read = sql`r.film_id = film_aggregates.film_id and r.verdict is not null
    and r.confidence is not null and r.verdict_source in ('text', 'fence', 'outlet')`;
  await sql`
    update film_aggregates set
      read_verdict_count = (select count(*) from reviews r where ${read}),
      read_verdict_doubt = (select coalesce(sum(1 - r.confidence), 0) from reviews r where ${read})
    where exists (select 1 from reviews r where ${read})`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("film_aggregates").dropColumn("read_verdict_doubt").execute();
  await db.schema.alterTable("film_aggregates").dropColumn("read_verdict_count").execute();
}
