import { describe, expect, test } from "vitest";
import { termsAtFirstWord, wordHash } from "./term-index.js";

/** What termsAtFirstWord gives for the word that starts text at `position`. */
const termsAt = (index: ReturnType<typeof termsAtFirstWord>, text: string, position: number) => {
  let end = position;
  while (end < text.length && /\w/.test(text[end] as string)) end++;
  return index(wordHash(text, position, end), text.charCodeAt(position));
};
/** Which expressions it gives, as bits (1 << each one's index). */
const bitsAt = (index: ReturnType<typeof termsAtFirstWord>, text: string, position: number) =>
  termsAt(index, text, position).reduce((bits, { k }) => bits | (1 << k), 0);

describe("aspect terms indexed by the words they start with", () => {
  const index = termsAtFirstWord([
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

  test("each expression it gives holds only the alternatives that can start there, in order", () => {
    const sources = (text: string, position: number) =>
      termsAt(index, text, position).map(({ k, terms }) => [k, terms.source]);
    expect(sources("the pace", 4)).toEqual([[0, String.raw`\b(?:pace(?<!change of pace))\b`]]);
    expect(sources("so slow", 3)).toEqual([[0, String.raw`\b(?:(?:sl|dr)ow|slow(?:ly|er)?)\b`]]);
    expect(sources("so slowly", 3)).toEqual([[0, String.raw`\b(?:slow(?:ly|er)?)\b`]]);
    // "\d+ hours" is tried at every word with a digit first, beside what the word itself starts.
    expect(sources("2 hours", 0)).toEqual([[0, String.raw`\b(?:\d+ hours)\b`]]);
    expect(sources("score", 0)).toEqual([[1, String.raw`\b(?:score)\b`]]);
    // Asked again, the same expressions (made once).
    expect(termsAt(index, "a score", 2)[0]?.terms).toBe(termsAt(index, "score", 0)[0]?.terms);
  });

  test("matched where the word starts, its expressions find what the whole expression finds", () => {
    const whole =
      /\b(?:pace(?<!change of pace)|(?:sl|dr)ow|[xy]z|\d+ hours|(?:one|two) hours|clich[eé]s?|slow(?:ly|er)?)\b/y;
    for (const text of [
      "a slower pace",
      "change of pace",
      "two hours",
      "3 hours",
      "clichés",
      "slowly",
    ])
      for (let at = 0; at < text.length; at++) {
        if (at > 0 && /\w/.test(text[at - 1] as string)) continue;
        if (!/\w/.test(text[at] as string)) continue;
        whole.lastIndex = at;
        const expected = whole.exec(text)?.[0] ?? null;
        const found =
          termsAt(index, text, at)
            .filter(({ k }) => k === 0)
            .map(({ terms }) => {
              terms.lastIndex = at;
              return terms.exec(text)?.[0] ?? null;
            })[0] ?? null;
        expect(found, `${text} at ${at}`).toBe(expected);
      }
  });

  test("terms it cannot index are refused, not missed", () => {
    expect(() => termsAtFirstWord([String.raw`\b(?:a|b)`])).toThrow(/\\b\(\?:…\)\\b/);
    expect(() => termsAtFirstWord([String.raw`\b(?:(?:un)?funny)\b`])).toThrow(/not plain/);
    expect(() => termsAtFirstWord([String.raw`\b(?:-ish)\b`])).toThrow(/not plain/);
    expect(() => termsAtFirstWord([String.raw`\b(?:[-x]y)\b`])).toThrow(/not plain/);
  });
});
