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

  test("each term is filed under the words it can start with, a bit per expression", () => {
    expect(bitsAt(index, "the pace", 4)).toBe(1);
    expect(bitsAt(index, "well paced", 5)).toBe(2);
    expect(bitsAt(index, "so slow", 3)).toBe(1);
    expect(bitsAt(index, "slowly", 0)).toBe(1);
    expect(bitsAt(index, "drow", 0)).toBe(1);
    expect(bitsAt(index, "yz", 0)).toBe(1);
    expect(bitsAt(index, "two hours", 0)).toBe(1);
    expect(bitsAt(index, "score", 0)).toBe(2);
    // "é" ends a run of ASCII word characters, as it ends a word for \b.
    expect(bitsAt(index, "clichés", 0)).toBe(1);
    // Words no term starts with: most words.
    expect(bitsAt(index, "the pace", 0)).toBe(0);
    expect(bitsAt(index, "paces", 0)).toBe(0);
    expect(bitsAt(index, "three hours", 0)).toBe(0);
  });

  test("a first word that cannot be listed lets every word with its first letter through", () => {
    expect(bitsAt(index, "3 hours", 0)).toBe(1);
    expect(bitsAt(index, "1999", 0)).toBe(1);
  });

  test("terms it cannot index are refused, not missed", () => {
    expect(() => termsByFirstWord([String.raw`\b(?:a|b)`])).toThrow(/\\b\(\?:…\)\\b/);
    expect(() => termsByFirstWord([String.raw`\b(?:(?:un)?funny)\b`])).toThrow(/not plain/);
    expect(() => termsByFirstWord([String.raw`\b(?:-ish)\b`])).toThrow(/not plain/);
    expect(() => termsByFirstWord([String.raw`\b(?:[-x]y)\b`])).toThrow(/not plain/);
  });
});
