import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchesOf } from "./matches-of.js";

const found = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, [...m]]);

describe("matchesOf", () => {
  it("finds what matchAll finds, empty matches and surrogate pairs included", () => {
    const patterns = [/a+/g, /\b/g, /(?:)/gu, /x*/gu, /(\p{Lu})\p{Ll}*/gu, /(?<=a)b?/g, /./gu];
    const text = fc.string({
      unit: fc.constantFrom("a", "b", "A", "x", " ", "😀", "\ud83d", "é"),
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, fc.constantFrom(...patterns), (t, p) => {
        expect(found(matchesOf(p, t))).toEqual(found(t.matchAll(p)));
      }),
    );
  });

  it("starts from the text's start whatever lastIndex a loop left", () => {
    const pattern = /o/g;
    for (const _ of matchesOf(pattern, "foo")) break;
    expect(found(matchesOf(pattern, "foo"))).toEqual([
      [1, ["o"]],
      [2, ["o"]],
    ]);
  });

  it("refuses an expression that is not global, as matchAll does", () => {
    expect(() => [...matchesOf(/o/, "foo")]).toThrow(TypeError);
  });
});
