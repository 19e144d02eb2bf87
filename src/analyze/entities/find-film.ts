import type { FilmHint } from "../../domain/review.js";
import { matchesOf } from "../text/matches-of.js";

/** A title quoted or dated in a review's text, and whether it was a comparison. */
export interface TitleMention {
  title: string;
  year: number | null;
  index: number;
  comparison: boolean;
}

// “Title”, "Title", ‘Title’ — a title-shaped quotation: starts with a capital or a digit,
// at most ten words, does not end like a sentence (dialogue).
const QUOTED = /[“"]([^“”"\n]{1,80}?)[”"]|‘([^‘’\n]{1,80}?)’(?![\p{L}])/gu;
const TITLE_SHAPE = /^[\p{Lu}\d][^\n]*[^\s.,!?;:]$|^[\p{Lu}\d]$/u;
// "Title (2019)": found from the year back, as a regular expression starting at every capital
// would backtrack (and one starting with spaces would rescan every run of them).
const DATED = /\(((?:19|20)\d\d)\)/g;
const TITLE_WORD = /^[\p{Lu}\d][\p{L}\p{N}'’:&-]*$/u;
const TITLE_SMALL_WORD = /^(?:of|the|a|an|and|in|on|to|for|at|with|from|up|vs\.?|&)$/;
// Words before a title that make it a comparison rather than the film under review.
const COMPARISON =
  /(?:\blike|\bthan|\bmeets|\brecalls|\bevokes|\bechoes|à la|\ba la|\bshades of|\btouches of|\bhints of|\bfeel of|\becho(?:es)? of|\bremake of|\bsequel to|\bfollow-up to|\bversion of|\bvein of|\breminiscent of|\bcross between|\bhomage to|\bnod to|\briff on|\bsince|\bunlike|\bvs\.?|\bversus|\band)\s*$/i;

/** Every quoted or "Title (Year)" title in the text, in order. */
export function findTitles(text: string): TitleMention[] {
  const titles: TitleMention[] = [];
  for (const m of matchesOf(QUOTED, text)) {
    const title = (m[1] ?? m[2] ?? "").trim();
    if (!TITLE_SHAPE.test(title) || title.split(/\s+/).length > 10) continue;
    const index = m.index ?? 0;
    const yearAfter = /^\s*\(((?:19|20)\d\d)\)/.exec(
      text.slice(index + m[0].length, index + m[0].length + 8),
    );
    titles.push({
      title,
      year: yearAfter ? Number(yearAfter[1]) : null,
      index,
      comparison: isComparison(text, index),
    });
  }
  for (const m of matchesOf(DATED, text)) {
    let end = m.index ?? 0;
    while (end > 0 && /\s/.test(text.charAt(end - 1))) end--;
    const { title, index } = titleBefore(text, end);
    if (!title) continue;
    if (titles.some((t) => t.title === title)) continue;
    titles.push({ title, year: Number(m[1]), index, comparison: isComparison(text, index) });
  }
  return titles.sort((a, b) => a.index - b.index);
}

/** The capitalized title (small words allowed inside) that ends at `end`. */
function titleBefore(text: string, end: number): { title: string; index: number } {
  const words = text.slice(Math.max(0, end - 120), end).split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] as string;
    if (TITLE_WORD.test(word)) kept.unshift(word);
    else if (TITLE_SMALL_WORD.test(word) && kept.length > 0) kept.unshift(word);
    else break;
  }
  while (kept.length > 0 && TITLE_SMALL_WORD.test(kept[0] as string)) kept.shift();
  const title = kept.join(" ");
  return { title, index: end - title.length };
}

function isComparison(text: string, index: number): boolean {
  return COMPARISON.test(text.slice(Math.max(0, index - 30), index));
}

/** The film a headline names: "Review: Title (Year)", "Title review – …", "‘Title’ Review: …", "Title, 2019 - ★★★". */
export function filmFromHeadline(headline: string | null): FilmHint | null {
  if (!headline) return null;
  const h = headline.trim();
  const quoted = /^[“"‘']([^“”"‘’']{1,80})[”"’']/u.exec(h);
  if (quoted && /\breview\b/i.test(h)) return { title: (quoted[1] ?? "").trim(), year: null };
  const patterns = [
    /^(?:(?:film|movie)\s+)?review\s*[:\-–—|]\s*(.+?)(?:\s*\((\d{4})\))?\s*(?:[:\-–—|].*)?$/iu,
    /^(.+?)(?:\s*\((\d{4})\))?\s+(?:(?:film|movie)\s+)?review\b/iu,
    /^(.+?),\s*((?:19|20)\d\d)(?:\s+-\s+.*)?$/u,
  ];
  for (const pattern of patterns) {
    const m = pattern.exec(h);
    const title = m?.[1]?.replace(/^[“"‘']|[”"’']$/gu, "").trim();
    if (title) return { title, year: m?.[2] ? Number(m[2]) : null };
  }
  return null;
}

/**
 * The film a review is about, from its text: the quoted or dated title that is not a
 * comparison, counted by its occurrences, the first one winning ties. When the title alone
 * would say which film it is (`text` given: the source names no film of its own), it must be
 * named at least twice in the text, quoted or not: a title quoted once is as often a song, a
 * scare-quoted word or another film (on imdb-reviews, whose films are known, a title quoted
 * once was the film's in one case of three; named twice, in two of three).
 */
export function filmFromTitles(titles: TitleMention[], text?: string): FilmHint | null {
  const tally = new Map<string, { score: number; first: number; year: number | null }>();
  titles.forEach((t, i) => {
    const entry = tally.get(t.title) ?? { score: 0, first: i, year: null };
    entry.score += t.comparison ? -2 : 1;
    if (i === 0) entry.score += 1;
    entry.year ??= t.year;
    tally.set(t.title, entry);
  });
  const best = [...tally].sort((a, b) => b[1].score - a[1].score || a[1].first - b[1].first)[0];
  if (!best || best[1].score <= 0) return null;
  if (text !== undefined && timesNamed(text, best[0], MIN_TIMES_NAMED) < MIN_TIMES_NAMED)
    return null;
  return { title: best[0], year: best[1].year };
}

/** How often a title read from the text alone must be named in it to be the film's. */
const MIN_TIMES_NAMED = 2;

/**
 * How many times `title` stands in `text` as written, not inside a longer word, counting up
 * to `enough`. Linear: each indexOf starts past the last match.
 */
function timesNamed(text: string, title: string, enough: number): number {
  let count = 0;
  for (let at = text.indexOf(title); at >= 0 && count < enough; ) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + title.length);
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) count++;
    at = text.indexOf(title, at + title.length);
  }
  return count;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
