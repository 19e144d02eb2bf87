import type { AdminAspects, Analysis, Verdict } from "./analysis.js";

/** The film a review says it is about, as given by its source (not yet matched to a catalog). */
export interface FilmHint {
  /** "" when the source identifies the film only by its own id (see externalId). */
  title: string;
  year: number | null;
  imdbId?: string;
  /** The source's own id for the film, such as "rt:3" in the rt-reviews dump. */
  externalId?: string;
}

/** The format a review was read from. */
export type ReviewFormat = "text" | "markdown" | "html" | "jsonl" | "csv" | "feed";

/**
 * One review as a source delivered it, before analysis: the canonical input of the pipeline.
 * Every reader (plain text, Markdown, HTML, JSONL, CSV, feeds) produces this shape.
 */
export interface ReviewInput {
  text: string;
  outlet: string | null;
  critic: string | null;
  /** The original rating exactly as written, e.g. "3 stars" or "B+". */
  rating: string | null;
  /** The headline or feed-item title, when the source has one. */
  title: string | null;
  film: FilmHint | null;
  /** Publication date as ISO 8601 (YYYY-MM-DD or a full timestamp) when known. */
  date: string | null;
  url: string | null;
  topCritic?: boolean;
  /**
   * The critic's own fresh/rotten verdict when the source states one apart from the rating
   * (Rotten Tomatoes' fresh column, a "liked" flag). It outranks the rating's, and teaches
   * the outlet's fresh threshold.
   */
  verdict?: Verdict;
  /**
   * The verdict an admin set for a stored review its analysis read wrong: it outranks the
   * critic's, the rating's and the text's, and nothing is flagged against it (the admin has
   * read the review). Never from a source.
   */
  adminVerdict?: Verdict;
  /**
   * What an admin set some aspects of a stored review to, where its reading had them wrong:
   * praise, a complaint, or not judged (withAdminAspects). Never from a source.
   */
  adminAspects?: AdminAspects;
  /**
   * The words of its text an admin chose as a stored review's pull quote, where the one its
   * reading chose was not the best (analyze/quote/admin-quote.ts). Never from a source.
   */
  adminQuote?: string;
  source?: { format: ReviewFormat; path?: string; line?: number };
}

/** A ReviewInput with every optional field empty; readers spread their findings over it. */
export function emptyReviewInput(text: string): ReviewInput {
  return {
    text,
    outlet: null,
    critic: null,
    rating: null,
    title: null,
    film: null,
    date: null,
    url: null,
  };
}

/** A review as Cinemeter keeps it: what its source said, and what Cinemeter understood. */
export interface Review extends ReviewInput {
  id: string;
  /** The catalog film it is linked to, once linked. */
  filmId: string | null;
  analysis: Analysis;
}

/** The most characters of text one review may carry (CINEMETER_MAX_REVIEW_CHARS); more is cut. */
export const MAX_REVIEW_CHARS = 262_144;
/** The most characters of any other field (outlet, critic, rating, title, URL, date, film). */
export const MAX_FIELD_CHARS = 2_000;

/**
 * The C1 control characters (U+0080–U+009F) that text written in Windows-1252 and read as
 * Latin-1 carries in place of its dashes, quotes and ellipses ("well\u0097paced", 811 of
 * imdb-reviews' 25,000 reviews): no text means them, and a page shows them as empty boxes.
 */
const C1_CONTROLS = /[\u0080-\u009f]/g;
/**
 * Windows-1252's characters for bytes 0x80–0x9F, as the WHATWG Encoding Standard maps them;
 * the five it leaves undefined map to themselves. (Written out because Node's own
 * `TextDecoder("windows-1252")` decodes this range as Latin-1 from Node 20.18.3 on:
 * nodejs/node#60888.)
 */
// biome-ignore format: one entry per byte, 0x80 to 0x9F
const WINDOWS_1252_C1 = [
  "\u20ac", "\u0081", "\u201a", "\u0192", "\u201e", "\u2026", "\u2020", "\u2021",
  "\u02c6", "\u2030", "\u0160", "\u2039", "\u0152", "\u008d", "\u017d", "\u008f",
  "\u0090", "\u2018", "\u2019", "\u201c", "\u201d", "\u2022", "\u2013", "\u2014",
  "\u02dc", "\u2122", "\u0161", "\u203a", "\u0153", "\u009d", "\u017e", "\u0178",
];
/** A C1 control's Windows-1252 character ("\u0097" → "—"). */
const fromWindows1252 = (c: string) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] as string;

/**
 * A review as the store can hold it and the analysis can read it in bounded time: NUL
 * characters (which PostgreSQL cannot store, and SQLite would) removed from every field the
 * same way for both stores, C1 control characters read as the Windows-1252 characters they
 * stand for ("\u0096" → "–"), the text cut to `maxTextChars` and every other field to
 * MAX_FIELD_CHARS, at a character boundary. `notes` says what was changed.
 *
 * @example boundReviewInput(emptyReviewInput("a\u0000b")).input.text // "ab"
 * @example boundReviewInput(emptyReviewInput("well\u0097paced")).input.text // "well—paced"
 */
export function boundReviewInput(
  input: ReviewInput,
  maxTextChars = MAX_REVIEW_CHARS,
): { input: ReviewInput; notes: string[] } {
  const notes: string[] = [];
  let nuls = 0;
  let c1 = 0;
  const clean = (value: string, max: number, field: string): string => {
    let out = value;
    if (out.includes("\u0000")) {
      const before = out.length;
      out = out.replaceAll("\u0000", "");
      nuls += before - out.length;
    }
    out = out.replace(C1_CONTROLS, (control) => {
      const character = fromWindows1252(control);
      if (character !== control) c1++;
      return character;
    });
    if (out.length > max) {
      notes.push(`${field} cut from ${out.length} to ${max} characters`);
      out = out.slice(0, /[\ud800-\udbff]/.test(out[max - 1] ?? "") ? max - 1 : max);
    }
    return out;
  };
  const field = (value: string | null, name: string) =>
    value === null ? null : clean(value, MAX_FIELD_CHARS, name);
  const bounded: ReviewInput = {
    ...input,
    text: clean(input.text, maxTextChars, "text"),
    outlet: field(input.outlet, "outlet"),
    critic: field(input.critic, "critic"),
    rating: field(input.rating, "rating"),
    title: field(input.title, "title"),
    date: field(input.date, "date"),
    url: field(input.url, "url"),
    film: input.film
      ? { ...input.film, title: clean(input.film.title, MAX_FIELD_CHARS, "film") }
      : null,
  };
  if (nuls > 0) notes.push(`${nuls} NUL character${nuls === 1 ? "" : "s"} removed`);
  if (c1 > 0)
    notes.push(
      `${c1} control character${c1 === 1 ? "" : "s"} read as Windows-1252 (dashes, quotes, ellipses)`,
    );
  return { input: notes.length > 0 ? bounded : input, notes };
}
