import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { ReviewInput } from "../domain/review.js";
import { htmlReviewInput } from "./html/adapter.js";
import { parseHtmlReview } from "./html/parse.js";
import { markdownReviewInput } from "./markdown/adapter.js";
import { parseMarkdownReview } from "./markdown/parse.js";
import { textReviewInput } from "./text/adapter.js";
import { parseTextReview } from "./text/parse.js";

/** The forms a single review file comes in. */
export const REVIEW_FILE_FORMATS = ["text", "markdown", "html"] as const;
export type ReviewFileFormat = (typeof REVIEW_FILE_FORMATS)[number];

const BY_EXTENSION: Record<string, ReviewFileFormat> = {
  ".txt": "text",
  ".text": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".mdx": "markdown",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
};

/**
 * A file's review format from its extension, else from its first characters: `<` and an
 * HTML tag is HTML, a `---` or `+++` line is Markdown front matter, anything else is text.
 */
export function detectReviewFormat(path: string, content: string): ReviewFileFormat {
  const byExtension = BY_EXTENSION[extname(path).toLowerCase()];
  if (byExtension) return byExtension;
  const start = content
    .replace(/^\uFEFF/, "")
    .trimStart()
    .slice(0, 512)
    .toLowerCase();
  if (/^<(?:!doctype html|html|head|body|article|meta|!--)/.test(start)) return "html";
  if (/^(?:---|\+\+\+)\r?\n/.test(start)) return "markdown";
  return "text";
}

/** A review's content, read in the given format, as the pipeline's canonical input. */
export function reviewFromContent(
  content: string,
  format: ReviewFileFormat,
  path?: string,
): ReviewInput {
  switch (format) {
    case "html":
      return htmlReviewInput(parseHtmlReview(content), path);
    case "markdown":
      return markdownReviewInput(parseMarkdownReview(content), path);
    case "text":
      return textReviewInput(parseTextReview(content), path);
  }
}

/**
 * Reads one review file (plain text in the seed's form, Markdown with front matter, or an
 * HTML page with schema.org Review JSON-LD). Errors from the file system propagate.
 */
export async function readReviewFile(
  path: string,
  format?: ReviewFileFormat,
): Promise<ReviewInput> {
  const content = await readFile(path, "utf8");
  return reviewFromContent(content, format ?? detectReviewFormat(path, content), path);
}
