import type { Band } from "../../domain/aggregate.js";
import { FRESH_THRESHOLD } from "../../domain/rating.js";

/** "78%" or "–". */
export function percent(value: number | null): string {
  return value === null ? "–" : `${Math.round(value)}%`;
}

/** A 0–100 score as published: a whole number, or "–". */
export function score(value: number | null): string {
  return value === null ? "–" : String(Math.round(value));
}

/**
 * A probability as a reader is told it: "73%", but never "100%" or "0%" (an estimate is never
 * certain): "more than 99%", "less than 1%".
 */
export function likelihood(p: number): string {
  if (p >= 0.995) return "more than 99%";
  if (p < 0.005) return "less than 1%";
  return `${Math.round(p * 100)}%`;
}

/**
 * A review's 0–100 score, shown beside its verdict: a whole number, but never rounded up onto
 * the fresh threshold from below it (59.9 reads "59.9", not "60", where 60 would be fresh), so
 * a score and the side of the line it stands on agree as the page shows them.
 */
export function reviewScore(value: number | null): string {
  if (value === null) return "–";
  const whole = Math.round(value);
  return value < FRESH_THRESHOLD && whole >= FRESH_THRESHOLD
    ? (Math.floor(value * 10) / 10).toFixed(1)
    : String(whole);
}

/** The CSS class of a score's band. */
export function bandClass(band: Band | null): string {
  return `band-${band ?? "none"}`;
}

const BAND_WORDS: Record<Band, string> = {
  acclaim: "universal acclaim",
  favorable: "generally favorable",
  mixed: "mixed or average",
  unfavorable: "generally unfavorable",
  dislike: "overwhelming dislike",
};

/** The band in words, e.g. "generally favorable". */
export function bandWords(band: Band | null): string {
  return band ? BAND_WORDS[band] : "no scores yet";
}

/**
 * A rating out of 5 in half steps as the stars Letterboxd and most star scales draw
 * ("3.5/5" → "★★★½"), or null for any other rating.
 */
export function stars(raw: string): string | null {
  const m = /^\s*(\d(?:\.[05])?)\s*\/\s*5\s*$/.exec(raw);
  const value = m ? Number(m[1]) : Number.NaN;
  if (!(value > 0 && value <= 5)) return null;
  return `${"★".repeat(Math.floor(value))}${value % 1 ? "½" : ""}`;
}

/** "1 review", "1,352 reviews": a count with its noun, singular or plural as it needs. */
export function counted(value: number, singular: string, plural = `${singular}s`): string {
  return `${count(value)} ${value === 1 ? singular : plural}`;
}

/** "1,352" (by hand: toLocaleString costs a page microseconds per number). */
export function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

const MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
];

/** An ISO date as "10 Nov 2018"; anything else as written. */
export function date(value: string | null): string {
  if (!value) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : value;
}

/** A length of time in words, rounded to its largest unit: "1 hour", "5 minutes", "2 seconds". */
export function duration(ms: number): string {
  const units: Array<[string, number]> = [
    ["day", 86_400_000],
    ["hour", 3_600_000],
    ["minute", 60_000],
    ["second", 1000],
  ];
  const [name, size] = units.find(([, size]) => ms >= size) ?? ["millisecond", 1];
  const n = Math.round(ms / size);
  return `${n} ${name}${n === 1 ? "" : "s"}`;
}

/** A path segment, encoded. */
export function seg(value: string): string {
  return encodeURIComponent(value);
}

const DOUBLE_QUOTES = /["“”]/g;

/**
 * A quote's words as the page wraps them in “…”: a double quotation mark left open at its start
 * or its end (the sentence began or ended a quotation the critic opened elsewhere) is dropped,
 * so the page does not show “"At a time …”. Everything else stays verbatim.
 */
export function quoteWords(text: string): string {
  let out = text.trim();
  if ((out.match(DOUBLE_QUOTES)?.length ?? 0) % 2 === 0) return out;
  if (/^["“]/.test(out)) out = out.slice(1).trimStart();
  else if (/["”]$/.test(out)) out = out.slice(0, -1).trimEnd();
  return out;
}

/** A sentence's end, with the closing quotation marks or brackets after it. */
const SENTENCE_END = /[.!?…]["”'’)\]]*$/;

/** "i" for the pronoun: "i loved it", "i'm not sure", "as did i." (not "i.e."). */
const LOWERCASE_I = /(?:^|\s)i(?:[\s,;:!?]|\.(?!\w)|$|['’](?:m|ve|d|ll)\b)/;
/**
 * A sentence after a word's stop (not an ellipsis, which goes on, nor "i.e.") that starts in
 * a lowercase or a capital letter.
 */
const LOWERCASE_SENTENCE = /(?<=\p{L}{2})[.!?]["”'’)\]]*\s+\p{Ll}/u;
const CAPITAL_SENTENCE = /(?<=\p{L}{2})[.!?]["”'’)\]]*\s+\p{Lu}/u;

/**
 * Whether a text's writer leaves out capitals (Letterboxd members, feed posts): it says "i",
 * or its sentences after a stop start in lowercase and none in a capital. Such a text starting
 * in lowercase starts as written.
 */
function writesWithoutCapitals(text: string): boolean {
  return LOWERCASE_I.test(text) || (LOWERCASE_SENTENCE.test(text) && !CAPITAL_SENTENCE.test(text));
}

/**
 * A clause quoted from a review, marked "…" where it was cut from its sentence: at its start
 * when the review goes on before it and what comes just before is not a sentence's end, or
 * when the review itself starts there in a lowercase word (an excerpt cut from its sentence
 * before it reached us: rt-reviews' "aufman's heavy-handedness and a half-baked script …")
 * from a writer who otherwise uses capitals; at its end when the review goes on after it and
 * the clause does not end a sentence.
 */
export function excerpt(quote: { text: string; before: string; after: string }): string {
  const words = quoteWords(quote.text);
  const before = quote.before.trimEnd();
  const cutBefore =
    before === ""
      ? /^\p{Ll}/u.test(words) && !writesWithoutCapitals(`${words} ${quote.after}`)
      : !SENTENCE_END.test(before);
  const cutAfter = quote.after.trim() !== "" && !SENTENCE_END.test(words);
  return `${cutBefore ? "… " : ""}${words}${cutAfter ? " …" : ""}`;
}

/**
 * A review's pull quote as its card shows it: where it starts the review's text, as an excerpt
 * (a lowercase start there may be a cut made before the review reached us); elsewhere it is a
 * sentence the critic wrote, which the pull quote marked itself where it cut it.
 */
export function cardQuote(quote: string, startsText: boolean): string {
  return startsText ? excerpt({ text: quote, before: "", after: "" }) : quoteWords(quote);
}

/** A review's address when it is a web page's (http or https), the only kind a page links to. */
export function webAddress(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/**
 * The site a review's address is on, for a review that names no critic or outlet:
 * "imdb.com" for "http://www.imdb.com/title/tt0132347/usercomments"; null for no address or
 * one that is not http(s).
 */
export function siteOf(url: string | null): string | null {
  const address = webAddress(url);
  if (!address) return null;
  try {
    return new URL(address).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
