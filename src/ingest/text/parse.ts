import { isRatingNotation } from "../../analyze/rating/index.js";

/** A plain-text review: the header line's outlet and rating, and the critic's text. */
export interface TextReview {
  outlet: string | null;
  rating: string | null;
  body: string;
}

/** A first line longer than this is the review's first paragraph, not a header. */
const MAX_HEADER_LENGTH = 120;

/**
 * Reads a review in the seed's form: a first line "<outlet> <rating>", then the text.
 * The rating is the longest trailing part of the header that is a rating notation; the rest
 * is the outlet. A header without a rating is the outlet alone. A single-line text has no
 * header, nor has one whose first line is longer than 120 characters or, lacking a rating,
 * ends like a sentence.
 *
 * @example parseTextReview("de facto film reviews 3 stars\n\nNauseating by design…")
 * // { outlet: "De facto film reviews", rating: "3 stars", body: "Nauseating by design…" }
 */
export function parseTextReview(content: string): TextReview {
  const text = content
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .trim();
  const newline = text.indexOf("\n");
  const firstLine = (newline === -1 ? text : text.slice(0, newline)).trim();
  if (newline === -1 || firstLine.length > MAX_HEADER_LENGTH) {
    return { outlet: null, rating: null, body: text };
  }
  const header = splitHeader(firstLine);
  if (header.rating === null && /[.!?…"”]$/.test(firstLine)) {
    return { outlet: null, rating: null, body: text }; // a sentence, not an outlet's name
  }
  return { ...header, body: text.slice(newline + 1).trim() };
}

/** Splits "<outlet> <rating>" at the longest trailing rating notation. */
export function splitHeader(line: string): { outlet: string | null; rating: string | null } {
  const words = line.trim().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const tail = words.slice(i).join(" ");
    if (isRatingNotation(tail)) {
      return { outlet: outletName(words.slice(0, i).join(" ")), rating: tail };
    }
  }
  return { outlet: outletName(line), rating: null };
}

/** Trims separators off an outlet name; an all-lowercase name gets a capital first letter. */
function outletName(text: string): string | null {
  const name = text.replace(/^[\s\-–—:|,]+|[\s\-–—:|,]+$/g, "");
  if (name === "") return null;
  return name === name.toLowerCase() ? name[0]?.toUpperCase() + name.slice(1) : name;
}
