/** A sentence of a text, verbatim, with where it starts and ends in the text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/**
 * Words a stop after ends no sentence (lowercase, without the stop). Not "etc.", which ends one
 * before a capital ("… Paris, London, etc. The film …": 202 of the 338 in rt-reviews and
 * imdb-reviews are followed by "The", "It", "I" …).
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jr",
  "sr",
  "vs",
  "vol",
  "no",
  "mt",
  "ft",
  "prof",
  "gen",
  "sgt",
  "lt",
  "col",
  "capt",
  "rev",
  "inc",
  "ltd",
  "co",
  "u.s",
  "e.g",
  "i.e",
  "a.k.a",
]);

/**
 * Splits a text into sentences at `.`, `!`, `?`, `…` (and closing quotes after them) followed
 * by whitespace and a capital, digit or quote, at blank lines (not one that breaks a sentence:
 * runsOnPastBlankLine), and before a line that starts a
 * list item ("- great cast", "* too long", "• a lovely score", "2. the script"; a list item's
 * sentence starts after its mark); abbreviations such as "Mr.", initials such as "J. R." or
 * "H.G." and a list's numbers ("1. The cast") do not end a sentence. A text written without
 * capitals (its first letter lowercase, and no capital after any of its full stops: "i loved
 * it. it was great.", or a corpus lowercased and tokenized, "the plot is thin . the cast is
 * not .") ends a sentence before a lowercase letter too. Text is kept verbatim. Runs in time linear in the
 * text: every character is looked at a bounded number of times.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    let lead = raw.length - raw.trimStart().length;
    // A list item's sentence starts after its mark ("- great cast": "great cast").
    const mark = atLineStart(text, start + lead)
      ? LIST_ITEM.exec(raw.slice(lead, lead + LIST_MARK_CHARS))
      : null;
    if (mark) lead += mark[0].length;
    const trimmed = raw.slice(lead).trim();
    if (trimmed)
      sentences.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  const found = [...boundaries(text)];
  const caseless = writtenWithoutCapitals(text, found);
  for (const boundary of found) {
    if (boundary.lineBreak) {
      if (!runsOnPastBlankLine(text, boundary.at, boundary.nextAt)) push(boundary.at);
      continue;
    }
    const starts =
      boundary.next === "capital" ||
      boundary.next === "digit" ||
      (caseless && caselessEnd(text, boundary, start));
    if (!starts) continue;
    // "1. The cast is superb": a list's number ends no sentence.
    if (boundary.at - start <= 4 && LIST_NUMBER.test(text.slice(start, boundary.at + 1))) continue;
    const before = text.slice(Math.max(start, boundary.at - 12), boundary.at + 1);
    // (A tokenized text without capitals spaces its full stops: "mr . smith", "j . r . tolkien".)
    const word = (caseless ? SPACED_WORD_BEFORE : WORD_BEFORE).exec(before)?.[1]?.toLowerCase();
    // (Nor does an initial, or an initialism before a name: "H.G. Wells", "J.K. Rowling".)
    if (word && (abbreviates(word, boundary) || INITIALS.test(word))) continue;
    // (Nor, in a text without capitals, before a lowercase word after an initialism: "the L.A.
    // underground", "at 9 a.m. the next day".)
    if (caseless && boundary.next === "lowercase" && word?.includes(".")) continue;
    push(boundary.end);
  }
  push(text.length);
  return sentences;
}

/**
 * Whether the blank line from `breakAt` (its first line break) to `nextAt` (the next word)
 * breaks a sentence in two rather than ending it: after a comma or a word no sentence ends on,
 * and before a lowercase word ("It goes on far too long; some of\n\n the content could have
 * been saved", as imdb-reviews prints a user's stray paragraph break); not before a list item.
 * The quote an admin chooses reads such a break so too.
 */
export function runsOnPastBlankLine(text: string, breakAt: number, nextAt: number): boolean {
  if (!LOWERCASE.test(codePointAt(text, nextAt))) return false;
  if (LIST_ITEM.test(text.slice(nextAt, nextAt + LIST_MARK_CHARS))) return false;
  return RUNS_ON_BEFORE_BREAK.test(text.slice(Math.max(0, breakAt - 12), breakAt));
}
/** A comma, or a word no sentence ends on (an article, a preposition, a conjunction …), at a line's end. */
const RUNS_ON_BEFORE_BREAK =
  /(?:,|(?<![\p{L}'’])(?:the|a|an|of|to|and|or|but|so|in|on|at|by|for|from|with|than|that|as|is|are|was|were|be|very|more|his|her|their|its|my|your|our|this|these|those))[ \t]*$/iu;

/**
 * Whether the word before a stop abbreviates (ABBREVIATIONS): "No." only before a number ("No.
 * 1 at the box office"); "Pleasant? No. But …" answers, and ends a sentence.
 */
function abbreviates(word: string, boundary: Boundary): boolean {
  if (word === "no") return boundary.next === "digit";
  return ABBREVIATIONS.has(word);
}

/**
 * Whether a text is written without capitals: its first letter is not one, and no run of end
 * punctuation is followed by one ("i saw it. it was fine."). A cased text's "approx. two" or
 * "vs. the" is an abbreviation, not a sentence's end.
 */
function writtenWithoutCapitals(text: string, found: readonly Boundary[]): boolean {
  const first = FIRST_LETTER.exec(text)?.[0];
  if (first === undefined || CAPITAL.test(first)) return false;
  return found.every((b) => b.next !== "capital");
}

/**
 * In a text without capitals, whether end punctuation before a lowercase word ends a sentence
 * that starts at `start`: not before the sentence has a word ("... the film"), nor an ellipsis
 * within a line ("too slow ... but", "it 's . . . fine"), which a line break after it does end.
 */
function caselessEnd(text: string, boundary: Boundary, start: number): boolean {
  if (boundary.next !== "lowercase") return false;
  // (The first letter or digit from the sentence's start: never past the word after the boundary.)
  WORD_CHARACTER.lastIndex = start;
  if ((WORD_CHARACTER.exec(text)?.index ?? text.length) >= boundary.at) return false;
  const ellipsis =
    text.startsWith("..", boundary.at) ||
    text[boundary.at] === "…" ||
    (text[boundary.at - 1] === " " && text[boundary.at - 2] === ".");
  return !ellipsis || text.slice(boundary.end, boundary.nextAt).includes("\n");
}

/** One letter, or letters each followed by a stop ("j", "h.g", "j.r.r"): initials. */
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
const FIRST_LETTER = /\p{L}/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/gu;
const CAPITAL = /\p{Lu}/u;
// (A whole word: not the end of one after an apostrophe, "can't.", "the 80's.", which would read
// as an initial, "t.", "s.".)
const WORD_BEFORE = /(?<![\p{L}\p{N}'’])([\p{L}.]+)\.$/u;
const SPACED_WORD_BEFORE = /(?<![\p{L}\p{N}'’])(\p{L}[\p{L}.]*) ?\.$/u;

const END = /[.!?…]/;
const [FULL_STOP, EXCLAMATION, QUESTION, LINE_FEED, ELLIPSIS] = [46, 33, 63, 10, 0x2026];
const CLOSER = /["'”’)\]]/;
const OPENER = /["'“‘([]/;
const DIGIT = /\p{N}/u;
const LOWERCASE = /\p{Ll}/u;
const SPACE = /\s/;
/** A list item's mark at a line's start: a bullet, or a number of one or two digits. */
const LIST_ITEM = /^(?:[-*+•◦▪‣–]|\d{1,2}[.)])[ \t]/;
/** The most characters LIST_ITEM reads. */
const LIST_MARK_CHARS = 4;
/** A sentence so far that is only a list's number: "1.", " 10.". */
const LIST_NUMBER = /^\s*\d{1,2}\.$/;

/** Where a sentence may end (see `boundaries`). */
interface Boundary {
  /** The first end punctuation, or the line break that ends the sentence. */
  at: number;
  /** After the punctuation and its closing quotes, or after the line break(s). */
  end: number;
  /** A blank line, or a line break before a list item: a sentence ends, whatever came before. */
  lineBreak: boolean;
  /** Where the next word (or its opening quote) starts: after the whitespace. */
  nextAt: number;
  /** What the next word starts with (after an opening quote): a cased sentence starts with a capital or a digit. */
  next: "capital" | "digit" | "lowercase" | null;
}

/**
 * Where sentences may end: a run of end punctuation (with closing quotes or brackets) then
 * whitespace and a word, a blank line (`at` its first line break), or a line break before a
 * list item. One pass; each run of punctuation and of whitespace is scanned once.
 */
function* boundaries(text: string): Generator<Boundary> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === FULL_STOP || c === EXCLAMATION || c === QUESTION || c === ELLIPSIS) {
      let end = i;
      while (end < n && END.test(text[end] as string)) end++;
      while (end < n && CLOSER.test(text[end] as string)) end++;
      let next = end;
      while (next < n && SPACE.test(text[next] as string)) next++;
      const opened = next < n && OPENER.test(text[next] as string) ? next + 1 : next;
      if (next > end && opened < n) {
        const first = codePointAt(text, opened);
        const kind = CAPITAL.test(first)
          ? "capital"
          : DIGIT.test(first)
            ? "digit"
            : LOWERCASE.test(first)
              ? "lowercase"
              : null;
        if (kind !== null) yield { at: i, end, lineBreak: false, nextAt: next, next: kind };
      }
      i = end;
    } else if (c === LINE_FEED) {
      let next = i + 1;
      let lastBreak = -1;
      while (next < n && SPACE.test(text[next] as string)) {
        if (text[next] === "\n") lastBreak = next;
        next++;
      }
      if (lastBreak >= 0) {
        yield { at: i, end: lastBreak + 1, lineBreak: true, nextAt: next, next: null };
        i = lastBreak + 1;
      } else if (LIST_ITEM.test(text.slice(next, next + LIST_MARK_CHARS))) {
        yield { at: i, end: i + 1, lineBreak: true, nextAt: next, next: null };
        i = next;
      } else i++;
    } else i++;
  }
}

/** Whether only spaces or tabs stand between `at` and the line's start (or the text's). */
function atLineStart(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === "\n") return true;
    if (c !== " " && c !== "\t") return false;
  }
  return true;
}

function codePointAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}
