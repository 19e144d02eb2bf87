/**
 * What a quotation mark at `at` does, read from the characters on either side: it opens a
 * quotation after a space, a bracket, a dash or the text's start and before a letter; it
 * closes one after a letter, a digit, end punctuation, a closing bracket or a single quote
 * ('… and it is.'"', "(The Ring)"?) and before a space, a mark or the text's end; else neither (an apostrophe inside a word: "don't", "'em" before a letter opens).
 * So a title whose opening quote a source cut ('Killer Joe" is …') closes what nothing opened.
 */
export function quoteMarkRole(text: string, at: number): "opens" | "closes" | null {
  const before = text[at - 1] ?? " ";
  const after = text[at + 1] ?? " ";
  if (OPENS_AFTER.test(before) && LETTER.test(after)) return "opens";
  if (CLOSES_AFTER.test(before) && CLOSES_BEFORE.test(after)) return "closes";
  return null;
}
const OPENS_AFTER = /[\s([—–-]/;
const LETTER = /\p{L}/u;
const CLOSES_AFTER = /[\p{L}\p{N}.,!?…)\]'’]/u;
const CLOSES_BEFORE = /[\s.,;:!?)\]—–-]/;
