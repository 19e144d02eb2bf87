import { emptyReviewInput, type ReviewInput } from "../../domain/review.js";
import { isoDate } from "../csv/adapter.js";
import type { TextReview } from "./parse.js";

/** A plain-text review as the pipeline's canonical input. */
export function textReviewInput(review: TextReview, path?: string): ReviewInput {
  return {
    ...emptyReviewInput(review.body),
    outlet: review.outlet,
    rating: review.rating,
    critic: review.critic ?? null,
    title: review.title ?? null,
    date: review.date ? isoDate(review.date) : null,
    source: path === undefined ? { format: "text" } : { format: "text", path },
  };
}
