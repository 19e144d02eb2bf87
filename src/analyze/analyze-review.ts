import type { Analysis, Verdict } from "../domain/analysis.js";
import { FRESH_THRESHOLD, type Rating } from "../domain/rating.js";
import type { ReviewInput } from "../domain/review.js";
import { normalizeRating, type OutletScales } from "./rating/index.js";

/** What analyzing one review may use besides the review. */
export interface AnalyzeContext {
  /** Outlet scales learned from the rest of the input. */
  scales?: OutletScales;
}

/**
 * Everything Cinemeter understands about one review, from its text and header fields alone:
 * no database, no network.
 *
 * @example analyzeReview(readReviewFile("her-smell.txt")).score // 60
 */
export function analyzeReview(input: ReviewInput, context: AnalyzeContext = {}): Analysis {
  const rating =
    input.rating === null
      ? null
      : normalizeRating(input.rating, { outlet: input.outlet, scales: context.scales });
  const score = rating?.score ?? null;
  return {
    outlet: input.outlet,
    critic: input.critic,
    film: input.film,
    title: input.title,
    date: input.date,
    url: input.url,
    rating,
    score,
    scoreSource: score === null ? null : "rating",
    verdict: ratingVerdict(rating),
  };
}

/** The verdict a rating gives: its score against the threshold, or its verdict word. */
export function ratingVerdict(rating: Rating | null): Verdict | null {
  if (!rating) return null;
  if (rating.score !== null) return rating.score >= FRESH_THRESHOLD ? "positive" : "negative";
  if (rating.verdict === "positive" || rating.verdict === "negative") return rating.verdict;
  return null;
}
