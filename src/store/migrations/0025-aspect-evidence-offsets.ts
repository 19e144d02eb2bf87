import { type Kysely, SqliteAdapter, sql } from "kysely";

/**
 * An aspect's evidence — a clause or sentence of its review, verbatim — is kept as where it is
 * in the review's text (`evidence_at`, in characters from 0, and `evidence_length`) instead of
 * a copy, with `evidence` "" (the words stay in `evidence` only where they are not found in
 * the text as stored). Existing rows are rewritten so.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("review_aspects").addColumn("evidence_at", "integer").execute();
  await db.schema.alterTable("review_aspects").addColumn("evidence_length", "integer").execute();
  const found =
    db.getExecutor().adapter instanceof SqliteAdapter
      ? sql`(select instr(reviews.text, review_aspects.evidence) - 1 from reviews
           where reviews.id = review_aspects.review_id)`
      : sql`(select strpos(reviews.text, review_aspects.evidence) - 1 from reviews
           where reviews.id = review_aspects.review_id)`;
  await sql`update review_aspects set evidence_at = ${found},
    evidence_length = length(evidence)`.execute(db);
  await sql`update review_aspects set evidence_at = null where evidence_at < 0`.execute(db);
  await sql`update review_aspects set evidence = '' where evidence_at is not null`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const words = sql`(select substr(reviews.text, review_aspects.evidence_at + 1,
    review_aspects.evidence_length) from reviews where reviews.id = review_aspects.review_id)`;
  await sql`update review_aspects set evidence = ${words} where evidence_at is not null`.execute(
    db,
  );
  await db.schema.alterTable("review_aspects").dropColumn("evidence_length").execute();
  await db.schema.alterTable("review_aspects").dropColumn("evidence_at").execute();
}
