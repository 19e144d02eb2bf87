import { describe, expect, test } from "vitest";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

describe("tokenize", () => {
  test("raw, lowercased and Penn-Treebank text give the same tokens", () => {
    const raw = tokenize("It doesn't work, and it's “Birdman” (sort of)!");
    expect(raw).toEqual([
      "it",
      "does",
      "n't",
      "work",
      ",",
      "and",
      "it",
      "'s",
      '"',
      "birdman",
      '"',
      "(",
      "sort",
      "of",
      ")",
      "!",
    ]);
    expect(tokenize("it does n't work , and it 's `` birdman '' -lrb- sort of -rrb- !")).toEqual(
      raw,
    );
    expect(tokenize("IT DOESN'T WORK, AND IT'S \"BIRDMAN\" (SORT OF)!")).toEqual(raw);
  });

  test("HTML entities, curly apostrophes and hyphenated words", () => {
    expect(tokenize("rock-n-roll &amp; it&#39;s Moss’s")).toEqual([
      "rock-n-roll",
      "it",
      "'s",
      "moss",
      "'s",
    ]);
  });
});

describe("splitSentences", () => {
  test("keeps text verbatim, skips abbreviations and initials, splits at blank lines", () => {
    const text =
      "Mr. Smith and J. R. Jones star. It's great!\n\nA new paragraph “Her Smell” ends here";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Mr. Smith and J. R. Jones star.",
      "It's great!",
      "A new paragraph “Her Smell” ends here",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
