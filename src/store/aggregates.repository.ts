import type { Kysely } from "kysely";
import { type AggregateSums, emptySums, histogramBin } from "../domain/aggregate.js";
import { verdictWasRead } from "../domain/analysis.js";
import type { AggregatesTable, Database } from "./schema.js";
import { applyStandingTerms } from "./standing.repository.js";

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
  /** How the verdict was reached (Analysis.verdictSource), and how sure it is. */
  verdict_source: string | null;
  confidence: number | null;
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
  "verdict_source",
  "confidence",
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
    await upsertAdding(
      db,
      scope.table,
      [scope.key],
      [...byKey].map(([key, sums]) => ({ [scope.key]: key, ...sumColumns(sums) })),
      COLUMNS,
    );
  }
  await applyTopCritics(db, reviews, sign);
  await applyReadVerdicts(db, reviews, sign);
  await applyMonths(db, reviews, sign);
  await applyStandingTerms(db, reviews, sign);
}

/** Top critics' share of their films' sums. */
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
  await upsertAdding(
    db,
    "film_aggregates",
    ["film_id"],
    [...byFilm].map(([filmId, s]) => ({
      film_id: filmId,
      top_review_count: s.reviewCount,
      top_verdict_count: s.verdictCount,
      top_positive_count: s.positiveCount,
      top_score_count: s.scoreCount,
      top_score_sum: s.scoreSum,
    })),
    TOP_COLUMNS,
  );
}

/** Each film's verdicts read rather than given, and the sum of their doubts. */
async function applyReadVerdicts(
  db: Kysely<Database>,
  reviews: readonly ReviewContribution[],
  sign: number,
) {
  const byFilm = new Map<string, { count: number; doubt: number }>();
  for (const review of reviews) {
    const doubt = readVerdictDoubt(review);
    if (!review.film_id || doubt === null) continue;
    const sums = byFilm.get(review.film_id) ?? { count: 0, doubt: 0 };
    sums.count += sign;
    sums.doubt += sign * doubt;
    byFilm.set(review.film_id, sums);
  }
  await upsertAdding(
    db,
    "film_aggregates",
    ["film_id"],
    [...byFilm].map(([filmId, s]) => ({
      film_id: filmId,
      read_verdict_count: s.count,
      read_verdict_doubt: s.doubt,
    })),
    READ_COLUMNS,
  );
}

/**
 * How likely a review's verdict is wrong (1 − its confidence) where it was read rather than
 * given (READ_VERDICT_SOURCES); null where it was given, or there is none.
 */
export function readVerdictDoubt(
  review: Pick<ReviewContribution, "verdict" | "verdict_source" | "confidence">,
): number | null {
  return review.verdict && verdictWasRead(review.verdict_source) && review.confidence !== null
    ? 1 - Number(review.confidence)
    : null;
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
  await upsertAdding(
    db,
    "film_months",
    ["film_id", "month"],
    [...byMonth.values()].map(({ filmId, month, sums }) => ({
      film_id: filmId,
      month,
      review_count: sums.reviewCount,
      verdict_count: sums.verdictCount,
      positive_count: sums.positiveCount,
      score_count: sums.scoreCount,
      score_sum: sums.scoreSum,
    })),
    MONTH_COLUMNS,
  );
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

const MONTH_COLUMNS = [
  "review_count",
  "verdict_count",
  "positive_count",
  "score_count",
  "score_sum",
] as const;
const COLUMNS = [...MONTH_COLUMNS, ...Array.from({ length: 10 }, (_, i) => `h${i}`)] as const;
const READ_COLUMNS = ["read_verdict_count", "read_verdict_doubt"] as const;
const TOP_COLUMNS = [
  "top_review_count",
  "top_verdict_count",
  "top_positive_count",
  "top_score_count",
  "top_score_sum",
] as const;

function sumColumns(sums: AggregateSums): Record<string, number> {
  const values: Record<string, number> = {
    review_count: sums.reviewCount,
    verdict_count: sums.verdictCount,
    positive_count: sums.positiveCount,
    score_count: sums.scoreCount,
    score_sum: sums.scoreSum,
  };
  sums.histogram.forEach((count, bin) => {
    values[`h${bin}`] = count;
  });
  return values;
}

/** Rows per multi-row upsert: 16 values each stays far below both dialects' parameter limits. */
const UPSERT_CHUNK = 200;

/**
 * Inserts rows, or adds their `adding` columns to the rows already there, a few hundred per
 * statement, in key order (concurrent writers take row locks in one order).
 */
async function upsertAdding(
  db: Kysely<Database>,
  table:
    | "film_aggregates"
    | "outlet_aggregates"
    | "critic_aggregates"
    | "site_aggregates"
    | "film_months",
  keys: readonly string[],
  rows: Array<Record<string, number | string>>,
  adding: readonly string[],
): Promise<void> {
  const key = (row: Record<string, number | string>) => keys.map((k) => String(row[k])).join("|");
  const sorted = rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  // biome-ignore lint/suspicious/noExplicitAny: one statement for tables of the same shape.
  const t = table as any;
  for (let i = 0; i < sorted.length; i += UPSERT_CHUNK) {
    await db
      .insertInto(t)
      .values(sorted.slice(i, i + UPSERT_CHUNK))
      .onConflict((oc) =>
        // biome-ignore lint/suspicious/noExplicitAny: the key columns are the table's own.
        (oc.columns(keys as any) as any).doUpdateSet((eb: any) =>
          Object.fromEntries(
            adding.map((c) => [c, eb(`${table}.${c}`, "+", eb.ref(`excluded.${c}`))]),
          ),
        ),
      )
      .execute();
  }
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
