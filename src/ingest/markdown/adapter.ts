import type { ReviewInput } from "../../domain/review.js";
import { reviewFields } from "../fields.js";
import { textReviewInput } from "../text/adapter.js";
import { parseTextReview } from "../text/parse.js";
import type { MarkdownReview } from "./parse.js";

/**
 * A Markdown review as the pipeline's canonical input. Without front matter the body is read
 * like a plain-text review, header line and all.
 */
export function markdownReviewInput(review: MarkdownReview, path?: string): ReviewInput {
  const source = { format: "markdown" as const, ...(path === undefined ? {} : { path }) };
  if (Object.keys(review.data).length === 0) {
    return { ...textReviewInput(parseTextReview(review.body)), source };
  }
  return { ...reviewFields(review.data), text: review.body, source };
}
