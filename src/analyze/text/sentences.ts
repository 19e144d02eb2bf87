/** A sentence of a text, verbatim, with where it starts and ends in the text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "jr",
  "sr",
  "vs",
  "etc",
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
 * Splits a text into sentences at `.`, `!`, `?` (and closing quotes after them) followed by
 * whitespace and a capital, digit or quote, and at blank lines; abbreviations such as
 * "Mr." and initials such as "J. R." do not end a sentence. Text is kept verbatim. Runs in
 * time linear in the text: every character is looked at a bounded number of times.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      sentences.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length });
    start = end;
  };
  for (const boundary of boundaries(text)) {
    if (boundary.blankLine) {
      push(boundary.at);
      continue;
    }
    const before = text.slice(Math.max(start, boundary.at - 12), boundary.at + 1);
    const word = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase();
    if (word && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    push(boundary.end);
  }
  push(text.length);
  return sentences;
}

const END = /[.!?]/;
const [FULL_STOP, EXCLAMATION, QUESTION, LINE_FEED] = [46, 33, 63, 10];
const CLOSER = /["'”’)\]]/;
const OPENER = /["'“‘([]/;
const STARTER = /[\p{Lu}\p{N}]/u;
const SPACE = /\s/;

/**
 * Where sentences may end: a run of end punctuation (with closing quotes or brackets) then
 * whitespace and a likely sentence start, or a blank line (`at` its first line break). One
 * pass; each run of punctuation and of whitespace is scanned once.
 */
function* boundaries(text: string): Generator<{ at: number; end: number; blankLine: boolean }> {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === FULL_STOP || c === EXCLAMATION || c === QUESTION) {
      let end = i;
      while (end < n && END.test(text[end] as string)) end++;
      while (end < n && CLOSER.test(text[end] as string)) end++;
      let next = end;
      while (next < n && SPACE.test(text[next] as string)) next++;
      const opened = next < n && OPENER.test(text[next] as string) ? next + 1 : next;
      const starts = next > end && opened < n && STARTER.test(codePointAt(text, opened));
      if (starts) yield { at: i, end, blankLine: false };
      i = end;
    } else if (c === LINE_FEED) {
      let next = i + 1;
      let lastBreak = -1;
      while (next < n && SPACE.test(text[next] as string)) {
        if (text[next] === "\n") lastBreak = next;
        next++;
      }
      if (lastBreak >= 0) {
        yield { at: i, end: lastBreak + 1, blankLine: true };
        i = lastBreak + 1;
      } else i++;
    } else i++;
  }
}

function codePointAt(text: string, index: number): string {
  return String.fromCodePoint(text.codePointAt(index) ?? 0);
}
