import { isRatingNotation } from "../../analyze/rating/index.js";
import { wordCount } from "../../analyze/text/word-count.js";
import { findRatingLine } from "../find-rating-line.js";

/**
 * A plain-text review: the header line's outlet and rating, and the critic's text; for a
 * blog post pasted whole, its headline, byline (critic, outlet) and date as well.
 */
export interface TextReview {
  outlet: string | null;
  rating: string | null;
  body: string;
  /** The post's headline ("Amélie review: a Paris of small wonders"), when it has one. */
  title?: string;
  /** The critic its byline names ("By Jane Doe, Sight and Sound"). */
  critic?: string;
  /** The date written under the headline, as written. */
  date?: string;
}

/** A first line longer than this is the review's first paragraph, not a header. */
const MAX_HEADER_LENGTH = 120;

/** "By Jane Doe", "Review by Jane Doe, Sight and Sound", "By Jane Doe | Outlet", "By Jane Doe for Outlet". */
const BYLINE =
  /^(?:(?:words|review(?:ed)?|written)\s+)?by\s+([\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*){0,3})(?:\s*(?:,|\||—|–|-|\bfor\b|\bat\b)\s*(.{1,60}?))?\s*$/iu;
/** A headline that says it is a review: "Amélie review: …", "Review: Amélie (2001)". */
const REVIEW_HEADLINE = /\breview\b\s*[:\-–—|]|^(?:film\s+|movie\s+)?review\b|\breview$/iu;
/** A dateline: "March 3, 2002", "3 March 2002", "2002-03-03", "Posted on Mar 3, 2002". */
const DATELINE =
  /^(?:(?:posted|published|updated)(?:\s+on)?:?\s+)?((?:\p{L}+,?\s+)?(?:\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2}))$/iu;

/**
 * Reads a review in the seed's form: a first line "<outlet> <rating>", then the text. The
 * rating is the longest trailing part of the header that is a rating notation; the rest
 * is the outlet. A header without a rating is the outlet alone. A single-line text has no
 * header, nor has one whose first line is longer than 120 characters or, lacking a rating,
 * ends like a sentence.
 *
 * A blog post pasted whole reads too: a first line that says it is a review, or is followed
 * by a byline, is the headline (not an outlet); the byline gives the critic and the outlet,
 * a dateline the date, and a rating on a line of its own ("My rating: ★★★★½", "Grade: B+")
 * the rating. Those lines are left out of the critic's text.
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
  const post = header.rating === null ? blogPost(text) : null;
  if (post) return post;
  if (header.rating === null && /[.!?…"”:]$/.test(firstLine)) {
    // A sentence, or a line that leads into what follows ("Pros:"), not an outlet's name.
    return { outlet: null, rating: null, body: text };
  }
  const read = asHeader(header);
  if (read === null) return { outlet: null, rating: null, body: text };
  return { ...read, body: text.slice(newline + 1).trim() };
}

/** An outlet's name is a few words ("De facto film reviews", "The New York Times"). */
const MAX_OUTLET_WORDS = 6;
/** A bare number or a letter: a rating only after a name ("Empire 4", "Variety B"). */
const BARE_RATING = /^(?:\d+(?:[.,]\d+)?|\p{L})$/u;

/**
 * A first line split into outlet and rating as a header, or null when it reads as the review's
 * first words wrapped at the line's end ("I watched it last night and we all agreed it was a" /
 * "solid film"). An outlet is a few words; a bare number or letter is a rating only after one
 * ("Empire 4", "Variety B"), no more than 100, and a letter grade is written in capitals ("it
 * gets a" grades nothing). A rating with its scale ("8/10", "3 stars") is one after any words,
 * which name no outlet when they are many ("My verdict after two long viewings: 8/10").
 */
function asHeader(header: {
  outlet: string | null;
  rating: string | null;
}): { outlet: string | null; rating: string | null } | null {
  const words = header.outlet === null ? 0 : wordCount(header.outlet);
  const rating = header.rating;
  if (rating === null) return words > MAX_OUTLET_WORDS ? null : header;
  if (!BARE_RATING.test(rating))
    return words > MAX_OUTLET_WORDS ? { outlet: null, rating } : header;
  const named = words > 0 && words <= MAX_OUTLET_WORDS;
  // (No scale goes past 100: "the film runs 120" / "minutes" is a sentence.)
  const outOfRange = Number(rating.replace(",", ".")) > 100;
  return named && !/^\p{Ll}$/u.test(rating) && !outOfRange ? header : null;
}

/**
 * A blog post's headline, byline, dateline and rating line, or null when the text does not
 * open like one (a headline that says it is a review, or any first line with a byline
 * among the next three).
 */
function blogPost(text: string): TextReview | null {
  const lines = text.split("\n");
  const head: number[] = [];
  for (let i = 0; i < lines.length && head.length < 4; i++)
    if ((lines[i] as string).trim()) head.push(i);
  const headline = (lines[head[0] as number] as string).trim();
  let critic: string | undefined;
  let outlet: string | null = null;
  let date: string | undefined;
  let bodyFrom = (head[0] as number) + 1;
  for (const i of head.slice(1)) {
    const line = (lines[i] as string).trim();
    const byline = line.length <= 100 ? BYLINE.exec(line) : null;
    const dateline = line.length <= 50 ? DATELINE.exec(line) : null;
    if (byline && critic === undefined) {
      critic = byline[1] as string;
      outlet = byline[2]?.trim() || null;
    } else if (dateline && date === undefined && !Number.isNaN(Date.parse(dateline[1] as string)))
      date = dateline[1] as string;
    else break;
    bodyFrom = i + 1;
  }
  if (critic === undefined && !REVIEW_HEADLINE.test(headline)) return null;
  const rest = lines.slice(bodyFrom);
  const ratingLine = findRatingLine(rest.join("\n"));
  const body = rest
    .filter((line) => ratingLine === null || !isRatingLine(line, ratingLine))
    .join("\n")
    .trim();
  return {
    outlet,
    rating: ratingLine,
    body,
    title: headline,
    ...(critic ? { critic } : {}),
    ...(date ? { date } : {}),
  };
}

/** Whether a line is the one a rating was read from ("My rating: ★★★★½" for "★★★★½"). */
function isRatingLine(line: string, rating: string): boolean {
  const t = line.trim();
  return t.length <= 40 && t.endsWith(rating);
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
