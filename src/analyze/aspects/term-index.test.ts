import { describe, expect, test } from "vitest";
import { termsByFirstWord, wordHash } from "./term-index.js";

/** The bits termsByFirstWord gives for the word that starts text at `position`. */
const bitsAt = (index: ReturnType<typeof termsByFirstWord>, text: string, position: number) => {
  let end = position;
  while (end < text.length && /\w/.test(text[end] as string)) end++;
  return index(wordHash(text, position, end), text.charCodeAt(position));
};

describe("aspect terms indexed by the words they start with", () => {
  const index = termsByFirstWord([
    String.raw`\b(?:pace(?<!change of pace)|(?:sl|dr)ow|[xy]z|\d+ hours|(?:one|two) hours|clich[eé]s?|slow(?:ly|er)?)\b`,
    String.raw`\b(?:paced|score)\b`,
  ]);

  test.each<[string, number, number]>([
    ["the pace", 4, 1],
    ["well paced", 5, 2],
    ["so slow", 3, 1],
    ["slowly", 0, 1],
    ["drow", 0, 1],
    ["yz", 0, 1],
    ["two hours", 0, 1],
    ["score", 0, 2],
    // "é" ends a run of ASCII word characters, as it ends a word for \b.
    ["clichés", 0, 1],
    // Words no term starts with: most words.
    ["the pace", 0, 0],
    ["paces", 0, 0],
    ["three hours", 0, 0],
    // A first word that cannot be listed (\d+) lets every word with its first letter through.
    ["3 hours", 0, 1],
    ["1999", 0, 1],
  ])("the word at %j[%i] starts terms of the expressions with bits %i", (text, position, bits) => {
    expect(bitsAt(index, text, position)).toBe(bits);
  });

  test("terms it cannot index are refused, not missed", () => {
    expect(() => termsByFirstWord([String.raw`\b(?:a|b)`])).toThrow(/\\b\(\?:…\)\\b/);
    expect(() => termsByFirstWord([String.raw`\b(?:(?:un)?funny)\b`])).toThrow(/not plain/);
    expect(() => termsByFirstWord([String.raw`\b(?:-ish)\b`])).toThrow(/not plain/);
    expect(() => termsByFirstWord([String.raw`\b(?:[-x]y)\b`])).toThrow(/not plain/);
  });
});
