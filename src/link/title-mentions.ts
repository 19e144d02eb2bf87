import { titleWords, withoutArticles } from "../domain/film.js";

/** Words a title may hold between its capitalized words. */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  "of",
  "the",
  "a",
  "an",
  "and",
  "in",
  "on",
  "to",
  "for",
  "at",
  "with",
  "from",
  "by",
  "or",
  "is",
  "de",
  "la",
  "le",
  "du",
  "des",
  "vs",
  "no",
  "my",
  "me",
  "you",
  "it",
]);
/** The longest title, in words, looked for. */
const MAX_WORDS = 8;
/**
 * The most keys one text yields. The longest of imdb-reviews' 25,000 reviews yields 1,497 (one
 * written in capitals); a hostile text of a million capitalized words would yield millions.
 */
export const MAX_TITLE_MENTIONS = 20_000;
/** Longer words are no title's (a run of "½" a megabyte long is one \p{N} word). */
const MAX_WORD_LENGTH = 100;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.:&-]*/gu;

/** A word of a run: its titleWords, and those without a possessive "'s" when it has one. */
interface RunWord {
  /** The word's number among the text's distinct words, from 1. */
  id: number;
  capital: boolean;
  key: string;
  bareKey: string | null;
}

/**
 * The title keys a text could be naming: every run of words that starts and ends with a
 * capitalized word (or a number), small words allowed inside, up to eight words, and every
 * such run within a run. "Joel and Ethan Coen's No Country for Old Men is …" yields
 * "no country for old men" among others. Linear in the text: at most 36 keys a word, each
 * joined from its words' keys (a word is keyed once), and at most MAX_TITLE_MENTIONS keys.
 */
export function titleMentions(text: string): Set<string> {
  const keys = new Set<string>();
  const wordKeys = new Map<string, RunWord>();
  let run: RunWord[] = [];
  // Whether the run's first word opens a sentence: alone, such a word is no title ("It", "They").
  let runOpensSentence = false;
  let sentenceStart = true;
  let lastEnd = -1;
  // The windows of words already keyed: hostile text repeats a few words thousands of times.
  const keyedWindows = new Set<string>();
  const flush = () => {
    for (let start = 0; start < run.length; start++) {
      if (!(run[start] as RunWord).capital) continue;
      const last = Math.min(run.length, start + MAX_WORDS);
      const window = windowSignature(run, start, last, start === 0 && runOpensSentence);
      if (window !== null) {
        if (keyedWindows.has(window)) continue;
        keyedWindows.add(window);
      }
      let joined = "";
      for (let end = start; end < last; end++) {
        const word = run[end] as RunWord;
        const before = joined;
        joined = joinKeys(joined, word.key);
        if (!word.capital) continue;
        if (end === start && start === 0 && runOpensSentence) continue;
        addKey(keys, joined);
        // "Call Me by Your Name's score": the possessive may be the sentence's, not the title's.
        if (word.bareKey !== null) addKey(keys, joinKeys(before, word.bareKey));
      }
    }
    run = [];
  };
  for (const m of text.matchAll(WORD)) {
    if (keys.size >= MAX_TITLE_MENTIONS) break;
    const raw = m[0];
    const word = withoutTrailingStops(raw);
    const index = m.index ?? 0;
    // A run goes on over spaces, hyphens and commas ("Eat, Pray, Love"); other marks end it.
    const gap = lastEnd < 0 ? " " : text.slice(lastEnd, index);
    if (gap.length > 3 || !/^[\s\-–—,]*$/u.test(gap)) flush();
    if (/[.!?…]/u.test(gap)) sentenceStart = true;
    const capital = isCapital(word);
    if (word.length > MAX_WORD_LENGTH) flush();
    else if (capital || (run.length > 0 && TITLE_SMALL_WORDS.has(word.toLowerCase()))) {
      if (run.length === 0) runOpensSentence = sentenceStart;
      run.push(runWord(wordKeys, word, capital));
    } else flush();
    sentenceStart = false;
    lastEnd = index + raw.length;
    if (/[.!?]$/u.test(raw)) {
      flush();
      sentenceStart = true;
    }
  }
  flush();
  return keys;
}

/** A word's keys, made once a text however often the word comes back. */
function runWord(cache: Map<string, RunWord>, word: string, capital: boolean): RunWord {
  let known = cache.get(word);
  if (!known) {
    const possessive = /['’]s$/u.test(word);
    known = {
      id: cache.size + 1,
      capital,
      key: titleWords(word),
      bareKey: possessive ? titleWords(word.slice(0, -2)) : null,
    };
    cache.set(word, known);
  }
  return known;
}

/**
 * What a window's keys depend on: its words and whether it opens a sentence, one character a
 * word; null past 65,535 distinct words, when a window is keyed anew.
 */
function windowSignature(
  run: RunWord[],
  start: number,
  last: number,
  opensSentence: boolean,
): string | null {
  let signature = opensSentence ? "\u0000" : "";
  for (let i = start; i < last; i++) {
    const id = (run[i] as RunWord).id;
    if (id > 0xffff) return null;
    signature += String.fromCharCode(id);
  }
  return signature;
}

/** Two runs of titleWords joined as titleWords would join them: by one space. */
function joinKeys(left: string, right: string): string {
  if (left === "") return right;
  return right === "" ? left : `${left} ${right}`;
}

/** Joined titleWords, keyed as titleKey keys them. */
function addKey(keys: Set<string>, joined: string): void {
  if (keys.size >= MAX_TITLE_MENTIONS) return;
  const key = withoutArticles(joined);
  if (key) keys.add(key);
}

/**
 * A word without the stops and colons that end it ("Men.", "Star:"). By hand: an expression
 * anchored at the end only ([.:]+$) rescans a run of stops from each of its stops, and a
 * word of 40,000 stops between two letters took 1.8 s.
 */
function withoutTrailingStops(word: string): string {
  let end = word.length;
  while (end > 0 && (word[end - 1] === "." || word[end - 1] === ":")) end--;
  return end === word.length ? word : word.slice(0, end);
}

function isCapital(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}
