import { analyzeReview } from "../analyze/analyze-review.js";
import { defaultTextModel } from "../analyze/model/default-model.js";
import { type TextEvidence, textEvidence } from "../analyze/model/text-evidence.js";
import { learnOutletScales } from "../analyze/rating/index.js";
import type { Analysis } from "../domain/analysis.js";
import { boundReviewInput, emptyReviewInput, type ReviewInput } from "../domain/review.js";

/**
 * Analyzes a batch of reviews together: each outlet's scale is learned from all of its
 * ratings in the batch before any review is answered, so a bare "8" reads on the scale its
 * outlet uses elsewhere in the same input.
 */
export function analyzeReviews(
  inputs: readonly ReviewInput[],
  /** Told how many are done, every PROGRESS_EVERY reviews and at the end. */
  progress?: (done: number, of: number) => void,
): Analysis[] {
  const scales = learnOutletScales(inputs);
  return inputs.map((input, i) => {
    const analysis = analyzeReview(input, { scales });
    if (progress && ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === inputs.length))
      progress(i + 1, inputs.length);
    return analysis;
  });
}

/** How many reviews between two progress reports (a few a second at the analysis' speed). */
const PROGRESS_EVERY = 250;

/**
 * What the committed text model's reading of a review's text rests on (textEvidence), read as
 * the analysis reads it (bounded first); null without text, or where the model cannot read it.
 */
export function readingEvidence(text: string): TextEvidence | null {
  const bounded = boundReviewInput(emptyReviewInput(text)).input.text;
  return bounded.trim() ? textEvidence(defaultTextModel(), bounded) : null;
}
