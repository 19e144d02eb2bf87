import type { Verdict } from "../domain/analysis.js";
import { type FilmHint, MAX_FIELD_CHARS, type ReviewInput } from "../domain/review.js";

/** The names each ReviewInput field goes by in front matter and other loose key–value data. */
const ALIASES = {
  outlet: ["outlet", "publication", "publisher", "site", "source"],
  critic: ["critic", "author", "by", "reviewer"],
  rating: ["rating", "score", "grade", "stars", "verdict"],
  film: ["film", "movie"],
  year: ["year", "film_year", "filmyear", "release_year"],
  imdbId: ["imdb", "imdbid", "imdb_id"],
  title: ["title", "headline"],
  date: ["date", "published", "datepublished", "pubdate"],
  url: ["url", "link", "canonical", "permalink"],
} as const;

type Field = keyof typeof ALIASES;

/** A value as a trimmed string, or null when it is empty or not a scalar. */
export function stringValue(value: unknown): string | null {
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return value.toISOString().slice(0, 10);
  if (typeof value !== "string") return null;
  const s = value.trim();
  return s === "" ? null : s;
}

const VERDICT_WORDS: Record<string, Verdict> = {
  fresh: "positive",
  positive: "positive",
  liked: "positive",
  yes: "positive",
  true: "positive",
  "1": "positive",
  rotten: "negative",
  negative: "negative",
  no: "negative",
  false: "negative",
  "0": "negative",
};

/**
 * A stated verdict: fresh/positive/liked/yes/true/1 or rotten/negative/no/false/0, any case;
 * null when empty; an error naming the value otherwise.
 */
export function verdictValue(value: unknown): Verdict | null | { error: string } {
  const s = typeof value === "boolean" ? String(value) : stringValue(value);
  if (s === null) return null;
  return VERDICT_WORDS[s.toLowerCase()] ?? { error: `verdict "${s}" is not fresh or rotten` };
}

// An HTML line break as web pages write it: <br>, <br/>, <BR />.
const HTML_LINE_BREAK = /<br\s*\/?>/gi;

/**
 * A text field's words with its HTML line breaks as line breaks: dumps of web pages' reviews
 * (imdb-reviews: 101,870 "<br />" in 25,000 reviews) keep them in plain-text fields, where
 * they would be shown as written and would join two paragraphs into one sentence. Nothing
 * else is read as HTML: "<grin>" is the reviewer's.
 */
export function plainTextValue(text: string): string {
  return text.replace(HTML_LINE_BREAK, "\n");
}

/** A four-digit year between 1870 and 2100, or null. */
export function yearValue(value: unknown): number | null {
  const s = stringValue(value);
  const m = s ? /^(?:\D*)(\d{4})\b/.exec(s) : null;
  const year = m ? Number(m[1]) : Number.NaN;
  return year >= 1870 && year <= 2100 ? year : null;
}

/**
 * The film a source names: a string such as "Her Smell (2019)" or an object
 * {title, year, imdbId}; `year` and `imdbId` given beside it fill what it lacks.
 */
export function filmHint(film: unknown, year?: unknown, imdbId?: unknown): FilmHint | null {
  let title: string | null = null;
  let filmYear: number | null = null;
  let id = stringValue(imdbId);
  if (film && typeof film === "object" && !Array.isArray(film)) {
    const o = film as Record<string, unknown>;
    title = stringValue(o.title ?? o.name);
    filmYear = yearValue(o.year);
    id = stringValue(o.imdbId ?? o.imdb_id ?? o.imdb) ?? id;
  } else {
    title = stringValue(film);
    const m = title ? /^(.*\S)\s*\((\d{4})\)$/.exec(title) : null;
    if (m) {
      title = m[1] ?? title;
      filmYear = yearValue(m[2]);
    }
  }
  if (!title) return null;
  const hint: FilmHint = { title, year: filmYear ?? yearValue(year) };
  if (id && /^tt\d+$/.test(id)) hint.imdbId = id;
  return hint;
}

/** Picks ReviewInput's fields out of loose key–value data, by the names in ALIASES. */
export function reviewFields(data: Record<string, unknown>): Omit<ReviewInput, "text"> {
  const lower = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase().trim(), v]));
  const pick = (field: Field): unknown => {
    for (const alias of ALIASES[field]) if (lower.has(alias)) return lower.get(alias);
    return undefined;
  };
  return {
    outlet: stringValue(pick("outlet")),
    critic: stringValue(pick("critic")),
    rating: stringValue(pick("rating")),
    title: stringValue(pick("title")),
    film: filmHint(pick("film"), pick("year"), pick("imdbId")),
    date: stringValue(pick("date")),
    url: stringValue(pick("url")),
  };
}

/** The earliest year a review's date may carry: there were no films to review before. */
const FIRST_YEAR = 1870;
/** The fields besides the text that MAX_FIELD_CHARS bounds. */
const BOUNDED_FIELDS = ["outlet", "critic", "rating", "title", "url", "date"] as const;

/**
 * What is wrong with a review, by the rules every way in shares (import, the form, the API):
 * text or a rating; a date in ISO 8601 (YYYY-MM-DD, optionally with a time) between 1870 and
 * a year ahead; an http(s) link; no field but the text over MAX_FIELD_CHARS. Null when fine.
 * Allocates nothing for a review that passes: import checks every row with it.
 *
 * @example reviewInputProblem(emptyReviewInput("")) // { field: "text", message: "…" }
 */
export function reviewInputProblem(
  input: ReviewInput,
  now?: Date,
): { field: string; message: string } | null {
  if (!/\S/.test(input.text) && !/\S/.test(input.rating ?? ""))
    return { field: "text", message: "a review needs its text or a rating" };
  for (const field of BOUNDED_FIELDS) {
    if ((input[field]?.length ?? 0) > MAX_FIELD_CHARS)
      return { field, message: `longer than ${MAX_FIELD_CHARS} characters` };
  }
  if ((input.film?.title.length ?? 0) > MAX_FIELD_CHARS)
    return { field: "film", message: `longer than ${MAX_FIELD_CHARS} characters` };
  if (input.date !== null) {
    const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(
      input.date,
    );
    const year = Number(match?.[1]);
    if (!match || Number.isNaN(Date.parse(input.date.slice(0, 10))))
      return { field: "date", message: "must be an ISO 8601 date (YYYY-MM-DD)" };
    if (year < FIRST_YEAR || year > (now ?? new Date()).getUTCFullYear() + 1)
      return { field: "date", message: `must be between ${FIRST_YEAR} and next year` };
  }
  if (input.url !== null && !/^https?:\/\/[^\s/]+/i.test(input.url))
    return { field: "url", message: "must start with http:// or https://" };
  return null;
}
