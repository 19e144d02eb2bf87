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
}

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

export async function upsertSums(
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

/** Running sums as stored, in domain form. */
export function sumsOf(row: AggregatesTable): AggregateSums {
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
