import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { occurrences } from "./occurrences.js";

/** Every place indexOf finds, one after another: the reference (quadratic at worst). */
function everyIndexOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === "") return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
    found.push(at);
  return found;
}

describe("occurrences", () => {
  test("every place, overlapping ones too, in order", () => {
    expect([...occurrences("abababa", "aba")]).toEqual([0, 2, 4]);
    expect([...occurrences("aaaa", "aa")]).toEqual([0, 1, 2]);
    expect([...occurrences("a slow, slow film", "slow")]).toEqual([2, 8]);
  });

  test("none for an empty needle, one longer than the text, or one not there", () => {
    expect([...occurrences("film", "")]).toEqual([]);
    expect([...occurrences("film", "films")]).toEqual([]);
    expect([...occurrences("film", "flim")]).toEqual([]);
  });

  test("whatever the strings, the places indexOf finds", () => {
    // Small alphabets, so that needles recur and overlap.
    const small = fc.string({ unit: fc.constantFrom("a", "b", " ", "é"), maxLength: 40 });
    fc.assert(
      fc.property(small, small, (haystack, needle) => {
        expect([...occurrences(haystack, needle)]).toEqual(everyIndexOf(haystack, needle));
      }),
      { numRuns: 500, seed: 7 },
    );
  });
});
