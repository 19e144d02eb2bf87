import { analyzeReview } from "../analyze/analyze-review.js";
import { learnOutletScales } from "../analyze/rating/index.js";
import type { Analysis } from "../domain/analysis.js";
import type { ReviewInput } from "../domain/review.js";

/**
 * Analyzes a batch of reviews together: each outlet's scale is learned from all of its
 * ratings in the batch before any review is answered, so a bare "8" reads on the scale its
 * outlet uses elsewhere in the same input.
 */
export function analyzeReviews(inputs: readonly ReviewInput[]): Analysis[] {
  const scales = learnOutletScales(inputs);
  return inputs.map((input) => analyzeReview(input, { scales }));
}
