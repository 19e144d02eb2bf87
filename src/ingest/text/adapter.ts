import { emptyReviewInput, type ReviewInput } from "../../domain/review.js";
import { isoDate } from "../csv/adapter.js";
import { plainTextValue } from "../fields.js";
import type { TextReview } from "./parse.js";

/**
 * A plain-text review as the pipeline's canonical input. Its HTML line breaks are line breaks
 * (a review saved from a web page, as IMDb's reviews are in the Large Movie Review Dataset:
 * "…a mess.<br /><br />The cast…"), as in CSV and JSONL fields.
 */
export function textReviewInput(review: TextReview, path?: string): ReviewInput {
  return {
    ...emptyReviewInput(plainTextValue(review.body)),
    outlet: review.outlet,
    rating: review.rating,
    critic: review.critic ?? null,
    title: review.title ?? null,
    date: review.date ? isoDate(review.date) : null,
    source: path === undefined ? { format: "text" } : { format: "text", path },
  };
}
