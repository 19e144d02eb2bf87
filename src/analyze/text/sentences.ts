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
 * "Mr." and initials such as "J. R." do not end a sentence. Text is kept verbatim.
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
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m !== null; m = BOUNDARY.exec(text)) {
    const at = m.index;
    if (m[0].includes("\n\n") || /^\n\s*\n/.test(m[0])) {
      push(at);
      continue;
    }
    const before = text.slice(Math.max(start, at - 12), at + 1);
    const word = /([\p{L}.]+)\.$/u.exec(before)?.[1]?.toLowerCase();
    if (word && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    push(at + m[0].trimEnd().length);
  }
  push(text.length);
  return sentences;
}

// End punctuation (with closing quotes or brackets) then space and a likely sentence start,
// or a blank line.
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s+["'“‘([]?[\p{Lu}\p{N}])|\n\s*\n/gu;
