import { occurrences } from "../text/occurrences.js";
import { runsOnPastBlankLine, splitSentences } from "../text/sentences.js";
import { isSpaceAt, wordCount } from "../text/word-count.js";

/** The most words a quote an admin chooses keeps: a line of the review, not a paragraph. */
export const ADMIN_QUOTE_MAX_WORDS = 60;

/**
 * Where in `text` the stretch that `words` are stands, whitespace aside (an admin copies a
 * quote from a page, where a line break or a run of spaces reads as one space), from a word's
 * start to a word's end; null where the text does not have them.
 *
 * @example stretchOf("A slow,\n  tender film.", "slow, tender") // { start: 2, end: 16 }
 */
export function stretchOf(text: string, words: string): { start: number; end: number } | null {
  const wanted = words.trim().replace(/\s+/g, " ");
  if (wanted === "") return null;
  // The text with each run of whitespace as one space, and where each character came from.
  // (Pieces joined once: a string grown a character at a time and read as it grows is
  // flattened at every read, which is quadratic.)
  const pieces: string[] = [];
  const from: number[] = [];
  let afterSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpaceAt(text, i);
    if (space && afterSpace) continue;
    pieces.push(space ? " " : (text[i] as string));
    from.push(i);
    afterSpace = space;
  }
  const flat = pieces.join("");
  for (const at of occurrences(flat, wanted)) {
    const start = from[at] as number;
    const end = (from[at + wanted.length - 1] as number) + 1;
    if (WORD.test(text[start - 1] ?? "") || WORD.test(text[end] ?? "")) continue;
    return { start, end };
  }
  return null;
}

/** A letter or a digit: what a stretch may not start after or end before (no word is cut). */
const WORD = /[\p{L}\p{N}]/u;

/**
 * The quote a review shows for the words an admin chose: those words as its text has them,
 * marked "…" where they start or end inside a sentence, as the analysis marks a stretch it
 * cuts ("… and yet, it falls short."); null where the text does not have them (its source
 * changed it since), so that the analysis's own quote stands.
 */
export function adminQuoteOf(text: string, words: string): string | null {
  const at = stretchOf(text, words);
  if (at === null) return null;
  const stretch = text.slice(at.start, at.end);
  const before = text.slice(Math.max(0, at.start - 12), at.start);
  const after = text.slice(at.end, at.end + 12);
  // (A blank line ends a paragraph, and with it a sentence, as splitSentences reads it: unless
  // it breaks one, after a comma or a word no sentence ends on and before a lowercase word.)
  const blankBefore = BLANK_LINE_BEFORE.exec(before);
  const opens =
    text.slice(0, at.start).trim() === "" ||
    (blankBefore !== null &&
      !runsOnPastBlankLine(text, at.start - before.length + blankBefore.index, at.start)) ||
    SENTENCE_END_BEFORE.test(before);
  const blankAfter = BLANK_LINE_AFTER.exec(after);
  const closes =
    text.slice(at.end).trim() === "" ||
    (blankAfter !== null &&
      !runsOnPastBlankLine(
        text,
        at.end + (blankAfter[1]?.length ?? 0),
        at.end + blankAfter[0].length,
      )) ||
    SENTENCE_END.test(stretch) ||
    // (Words up to the sentence's last stop, which they leave out: "… a soul", not "… a soul …".)
    /^[.!?…]["'”’)\]]*(?:\s|$)/.test(after);
  if (closes) return `${opens ? "" : "… "}${stretch}`;
  return `${opens ? "" : "… "}${stretch.replace(/[,;:–—-]+$/, "")} …`;
}

/** A blank line right before a stretch (from its first line break), or right after one. */
const BLANK_LINE_BEFORE = /\n\s*\n\s*$/;
const BLANK_LINE_AFTER = /^([ \t]*)\n\s*\n\s*/;
/** A sentence's end, closing quotes or brackets after it, then the space before the next. */
const SENTENCE_END_BEFORE = /[.!?…]["'”’)\]]*\s+$/;
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

/**
 * The words an admin asks to quote from a review's text, as the text writes them (whitespace
 * aside), to be kept; or what is wrong with them, in a sentence that says so (no words, more
 * than ADMIN_QUOTE_MAX_WORDS, not the text's).
 */
export function adminQuoteChoice(
  text: string,
  words: string,
): { words: string } | { problem: string } {
  if (!/[\p{L}\p{N}]/u.test(words)) return { problem: "give the words of the review to quote" };
  const count = wordCount(words);
  if (count > ADMIN_QUOTE_MAX_WORDS)
    return {
      problem: `a quote is at most ${ADMIN_QUOTE_MAX_WORDS} words (these are ${count}): choose a line of the review`,
    };
  const at = stretchOf(text, words);
  if (at === null)
    return {
      problem:
        "those words are not in the review's text: copy them as the review writes them, from the start of a word to the end of one",
    };
  return { words: text.slice(at.start, at.end) };
}

/** The most sentences offered to an admin to choose a quote among. */
const MAX_CANDIDATES = 60;

/**
 * The sentences of a review an admin may choose its quote among, in order: each of 2 to
 * ADMIN_QUOTE_MAX_WORDS words, each once, at most MAX_CANDIDATES (a longer text's others can
 * still be given as words).
 */
export function quoteCandidates(text: string): string[] {
  const seen = new Set<string>();
  for (const { text: sentence } of splitSentences(text)) {
    const words = wordCount(sentence);
    if (words < 2 || words > ADMIN_QUOTE_MAX_WORDS || !/[\p{L}\p{N}]/u.test(sentence)) continue;
    seen.add(sentence);
    if (seen.size === MAX_CANDIDATES) break;
  }
  return [...seen];
}
