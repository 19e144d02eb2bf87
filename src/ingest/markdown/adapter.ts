import type { ReviewInput } from "../../domain/review.js";
import { reviewFields } from "../fields.js";
import { parseTextReview } from "../text/parse.js";
import type { MarkdownReview } from "./parse.js";

/**
 * A Markdown review as the pipeline's canonical input. Without front matter the body is read
 * like a plain-text review, header line and all.
 */
export function markdownReviewInput(review: MarkdownReview, path?: string): ReviewInput {
  const source = { format: "markdown" as const, ...(path === undefined ? {} : { path }) };
  if (Object.keys(review.data).length === 0) {
    const plain = parseTextReview(review.body);
    return {
      ...reviewFields({}),
      text: plain.body,
      outlet: plain.outlet,
      rating: plain.rating,
      source,
    };
  }
  return { ...reviewFields(review.data), text: review.body, source };
}
