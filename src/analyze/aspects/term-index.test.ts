import { describe, expect, test } from "vitest";
import { termsByFirstCharacter } from "./term-index.js";

const at = (byCode: Array<RegExp | undefined>, text: string, position: number) => {
  const terms = byCode[text.charCodeAt(position)];
  if (!terms) return false;
  terms.lastIndex = position;
  return terms.test(text);
};

describe("aspect terms indexed by their first character", () => {
  const byCode = termsByFirstCharacter([
    String.raw`\b(?:pace(?<!change of pace)|(?:sl|dr)ow|[xy]z|\d+ hours|(?:one|two) hours)\b`,
  ]);

  test("each alternative is filed under the characters it can start with", () => {
    expect(at(byCode, "the pace", 4)).toBe(true);
    expect(at(byCode, "a change of pace", 12)).toBe(false); // its look-behind still reads the text before
    expect(at(byCode, "so slow", 3)).toBe(true);
    expect(at(byCode, "yz", 0)).toBe(true);
    expect(at(byCode, "3 hours", 0)).toBe(true);
    expect(at(byCode, "two hours", 0)).toBe(true);
    expect(at(byCode, "paces", 0)).toBe(false); // the closing \b stays
    expect(byCode["q".charCodeAt(0)]).toBeUndefined();
  });

  test("terms it cannot index are refused, not missed", () => {
    expect(() => termsByFirstCharacter([String.raw`\b(?:a|b)`])).toThrow(/\\b\(\?:…\)\\b/);
    expect(() => termsByFirstCharacter([String.raw`\b(?:(?:un)?funny)\b`])).toThrow(/not plain/);
    expect(() => termsByFirstCharacter([String.raw`\b(?:-ish)\b`])).toThrow(/not plain/);
    expect(() => termsByFirstCharacter([String.raw`\b(?:[-x]y)\b`])).toThrow(/not plain/);
  });
});
