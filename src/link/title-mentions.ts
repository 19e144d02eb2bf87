import { titleKey } from "../domain/film.js";

/** Words a title may hold between its capitalized words. */
const SMALL = new Set([
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
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.:&-]*/gu;

/**
 * The title keys a text could be naming: every run of words that starts and ends with a
 * capitalized word (or a number), small words allowed inside, up to eight words, and every
 * such run within a run. "Joel and Ethan Coen's No Country for Old Men is …" yields
 * "no country for old men" among others. Linear in the text: at most 36 keys a word.
 */
export function titleMentions(text: string): Set<string> {
  const keys = new Set<string>();
  let run: string[] = [];
  // Whether the run's first word opens a sentence: alone, such a word is no title ("It", "They").
  let runOpensSentence = false;
  let sentenceStart = true;
  let lastEnd = -1;
  const flush = () => {
    for (let start = 0; start < run.length; start++) {
      if (!isCapital(run[start] as string)) continue;
      for (let end = start; end < Math.min(run.length, start + MAX_WORDS); end++) {
        if (!isCapital(run[end] as string)) continue;
        if (end === start && start === 0 && runOpensSentence) continue;
        const words = run.slice(start, end + 1);
        const key = titleKey(words.join(" "));
        if (key) keys.add(key);
        // "Call Me by Your Name's score": the possessive may be the sentence's, not the title's.
        const last = words[words.length - 1] as string;
        if (/['’]s$/u.test(last)) {
          const bare = titleKey([...words.slice(0, -1), last.slice(0, -2)].join(" "));
          if (bare) keys.add(bare);
        }
      }
    }
    run = [];
  };
  for (const m of text.matchAll(WORD)) {
    const raw = m[0];
    const word = raw.replace(/[.:]+$/u, "");
    const index = m.index ?? 0;
    // A run goes on over spaces, hyphens and commas ("Eat, Pray, Love"); other marks end it.
    const gap = lastEnd < 0 ? " " : text.slice(lastEnd, index);
    if (gap.length > 3 || !/^[\s\-–—,]*$/u.test(gap)) flush();
    if (/[.!?…]/u.test(gap)) sentenceStart = true;
    if (isCapital(word) || (run.length > 0 && SMALL.has(word.toLowerCase()))) {
      if (run.length === 0) runOpensSentence = sentenceStart;
      run.push(word);
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

function isCapital(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}
