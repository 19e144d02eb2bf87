import { emptyReviewInput, type ReviewInput } from "../../domain/review.js";
import type { TextReview } from "./parse.js";

/** A plain-text review as the pipeline's canonical input. */
export function textReviewInput(review: TextReview, path?: string): ReviewInput {
  return {
    ...emptyReviewInput(review.body),
    outlet: review.outlet,
    rating: review.rating,
    source: path === undefined ? { format: "text" } : { format: "text", path },
  };
}
