import type { Kysely } from "kysely";
import { type AggregateSums, emptySums, histogramBin } from "../domain/aggregate.js";
import type { AggregatesTable, Database } from "./schema.js";

/** What a review contributes to the sums of its film, outlet, critic and the whole site. */
export interface ReviewContribution {
  film_id: string | null;
  outlet_id: string | null;
  critic_id: string | null;
  score: number | null;
  verdict: string | null;
  top_critic: number;
  /** The review's own date (ISO); its month goes on the film's timeline. */
  date: string | null;
}

/** The columns a review's contribution is read from, in RETURNING and SELECT alike. */
export const CONTRIBUTION_COLUMNS = [
  "film_id",
  "outlet_id",
  "critic_id",
  "score",
  "verdict",
  "top_critic",
  "date",
] as const;

const SCOPES = [
  { table: "film_aggregates", key: "film_id", of: (r: ReviewContribution) => r.film_id },
  { table: "outlet_aggregates", key: "outlet_id", of: (r: ReviewContribution) => r.outlet_id },
  { table: "critic_aggregates", key: "critic_id", of: (r: ReviewContribution) => r.critic_id },
  { table: "site_aggregates", key: "id", of: () => 1 },
] as const;

/**
 * Adds (sign 1) or removes (sign −1) reviews' contributions to the running sums, in the
 * caller's transaction: the sums are always exactly what the stored reviews say.
 */
export async function applyContributions(
  db: Kysely<Database>,
  reviews: readonly ReviewContribution[],
  sign: 1 | -1,
): Promise<void> {
  for (const scope of SCOPES) {
    const byKey = new Map<string | number, AggregateSums>();
    for (const review of reviews) {
      const key = scope.of(review);
      if (key === null) continue;
      const sums = byKey.get(key) ?? emptySums();
      addTo(sums, review, sign);
      byKey.set(key, sums);
    }
    for (const [key, sums] of byKey) await upsertSums(db, scope.table, scope.key, key, sums);
  }
  await applyTopCritics(db, reviews, sign);
  await applyMonths(db, reviews, sign);
}

/** Top critics' share of their films' sums (the film rows exist: the film scope ran first). */
async function applyTopCritics(
  db: Kysely<Database>,
  reviews: readonly ReviewContribution[],
  sign: number,
) {
  const byFilm = new Map<string, AggregateSums>();
  for (const review of reviews) {
    if (!review.film_id || Number(review.top_critic) !== 1) continue;
    const sums = byFilm.get(review.film_id) ?? emptySums();
    addTo(sums, review, sign);
    byFilm.set(review.film_id, sums);
  }
  for (const [filmId, s] of byFilm) {
    await db
      .updateTable("film_aggregates")
      .set((eb) => ({
        top_review_count: eb("top_review_count", "+", s.reviewCount),
        top_verdict_count: eb("top_verdict_count", "+", s.verdictCount),
        top_positive_count: eb("top_positive_count", "+", s.positiveCount),
        top_score_count: eb("top_score_count", "+", s.scoreCount),
        top_score_sum: eb("top_score_sum", "+", s.scoreSum),
      }))
      .where("film_id", "=", filmId)
      .execute();
  }
}

/** Each film's reviews by the month of their own dates, for its timeline. */
async function applyMonths(
  db: Kysely<Database>,
  reviews: readonly ReviewContribution[],
  sign: number,
) {
  const byMonth = new Map<string, { filmId: string; month: string; sums: AggregateSums }>();
  for (const review of reviews) {
    const month = /^(\d{4}-\d{2})/.exec(review.date ?? "")?.[1];
    if (!review.film_id || !month) continue;
    const key = `${review.film_id}|${month}`;
    const entry = byMonth.get(key) ?? { filmId: review.film_id, month, sums: emptySums() };
    addTo(entry.sums, review, sign);
    byMonth.set(key, entry);
  }
  for (const { filmId, month, sums } of byMonth.values()) {
    await db
      .insertInto("film_months")
      .values({
        film_id: filmId,
        month,
        review_count: sums.reviewCount,
        verdict_count: sums.verdictCount,
        positive_count: sums.positiveCount,
        score_count: sums.scoreCount,
        score_sum: sums.scoreSum,
      })
      .onConflict((oc) =>
        oc.columns(["film_id", "month"]).doUpdateSet((eb) => ({
          review_count: eb("film_months.review_count", "+", eb.ref("excluded.review_count")),
          verdict_count: eb("film_months.verdict_count", "+", eb.ref("excluded.verdict_count")),
          positive_count: eb("film_months.positive_count", "+", eb.ref("excluded.positive_count")),
          score_count: eb("film_months.score_count", "+", eb.ref("excluded.score_count")),
          score_sum: eb("film_months.score_sum", "+", eb.ref("excluded.score_sum")),
        })),
      )
      .execute();
  }
}

function addTo(sums: AggregateSums, review: ReviewContribution, sign: number): void {
  sums.reviewCount += sign;
  if (review.verdict === "positive" || review.verdict === "negative") {
    sums.verdictCount += sign;
    if (review.verdict === "positive") sums.positiveCount += sign;
  }
  if (review.score !== null) {
    sums.scoreCount += sign;
    sums.scoreSum += sign * review.score;
    const bin = histogramBin(review.score);
    sums.histogram[bin] = (sums.histogram[bin] ?? 0) + sign;
  }
}

const COLUMNS = [
  "review_count",
  "verdict_count",
  "positive_count",
  "score_count",
  "score_sum",
  ...Array.from({ length: 10 }, (_, i) => `h${i}`),
] as const;

async function upsertSums(
  db: Kysely<Database>,
  table: (typeof SCOPES)[number]["table"],
  keyColumn: string,
  key: string | number,
  sums: AggregateSums,
): Promise<void> {
  const values: Record<string, number | string> = {
    [keyColumn]: key,
    review_count: sums.reviewCount,
    verdict_count: sums.verdictCount,
    positive_count: sums.positiveCount,
    score_count: sums.scoreCount,
    score_sum: sums.scoreSum,
  };
  sums.histogram.forEach((count, bin) => {
    values[`h${bin}`] = count;
  });
  // biome-ignore lint/suspicious/noExplicitAny: one statement for four tables of the same shape.
  const t = table as any;
  await db
    .insertInto(t)
    .values(values)
    .onConflict((oc) =>
      // biome-ignore lint/suspicious/noExplicitAny: column names are the same in every aggregates table.
      (oc.column(keyColumn as any) as any).doUpdateSet((eb: any) =>
        Object.fromEntries(
          COLUMNS.map((c) => [c, eb(`${table}.${c}`, "+", eb.ref(`excluded.${c}`))]),
        ),
      ),
    )
    .execute();
}

/**
 * Running sums as stored, in domain form; a left-joined row (a film, critic or outlet no
 * review has counted towards yet) has nulls, read as zero.
 */
export function sumsOf(row: { [K in keyof AggregatesTable]?: number | null }): AggregateSums {
  return {
    reviewCount: Number(row.review_count),
    verdictCount: Number(row.verdict_count),
    positiveCount: Number(row.positive_count),
    scoreCount: Number(row.score_count),
    scoreSum: Number(row.score_sum),
    histogram: [row.h0, row.h1, row.h2, row.h3, row.h4, row.h5, row.h6, row.h7, row.h8, row.h9].map(
      Number,
    ),
  };
}
