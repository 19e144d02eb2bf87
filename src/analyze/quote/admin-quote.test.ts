import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  ADMIN_QUOTE_MAX_WORDS,
  adminQuoteChoice,
  adminQuoteOf,
  quoteCandidates,
  stretchOf,
} from "./admin-quote.js";

const TEXT =
  "The first hour drags. Then the film finds its feet,\nand the last act is a knockout; " +
  "its star is superb. Go see it!";

describe("stretchOf", () => {
  test("finds the words as the text writes them, line breaks and runs of spaces aside", () => {
    const at = stretchOf(TEXT, "feet, and the last   act");
    expect(at && TEXT.slice(at.start, at.end)).toBe("feet,\nand the last act");
  });

  test("starts and ends at a word's edges: no word is cut", () => {
    expect(stretchOf(TEXT, "he film")).toBeNull();
    expect(stretchOf(TEXT, "the fil")).toBeNull();
    // (A later place where the words stand whole is found.)
    const at = stretchOf("Other things; other", "other");
    expect(at).toEqual({ start: 14, end: 19 });
  });

  test("null for words the text does not have, or none", () => {
    expect(stretchOf(TEXT, "the last act is a triumph")).toBeNull();
    expect(stretchOf(TEXT, "   ")).toBeNull();
  });

  test("whatever the text and words, a stretch found is those words, whitespace aside", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", " ", "\n", ".", "ab", "  "), { maxLength: 30 }),
        fc.array(fc.constantFrom("a", "b", " ", "."), { maxLength: 6 }),
        (textParts, wordParts) => {
          const text = textParts.join("");
          const words = wordParts.join("");
          const at = stretchOf(text, words);
          if (at === null) return;
          const squeeze = (s: string) => s.trim().replace(/\s+/g, " ");
          expect(squeeze(text.slice(at.start, at.end))).toBe(squeeze(words));
          expect(/[ab]/.test(text[at.start - 1] ?? "")).toBe(false);
          expect(/[ab]/.test(text[at.end] ?? "")).toBe(false);
        },
      ),
    );
  });
});

describe("adminQuoteOf", () => {
  test("a whole sentence as written, unmarked", () => {
    expect(adminQuoteOf(TEXT, "The first hour drags.")).toBe("The first hour drags.");
    expect(adminQuoteOf(TEXT, "Go see it!")).toBe("Go see it!");
  });

  test("marked … where it starts or ends inside a sentence (a comma before the cut goes)", () => {
    expect(adminQuoteOf(TEXT, "the last act is a knockout")).toBe("… the last act is a knockout …");
    expect(adminQuoteOf(TEXT, "its star is superb.")).toBe("… its star is superb.");
    expect(adminQuoteOf(TEXT, "its star is superb")).toBe("… its star is superb");
    expect(adminQuoteOf(TEXT, "Then the film finds its feet,")).toBe(
      "Then the film finds its feet …",
    );
  });

  test("a blank line that breaks a sentence is no sentence's edge", () => {
    const text =
      "It goes on far too long; some of\n\n the content could go. The end.\n\nNext one here.";
    expect(adminQuoteOf(text, "the content could go")).toBe("… the content could go");
    expect(adminQuoteOf(text, "It goes on far too long; some of")).toBe(
      "It goes on far too long; some of …",
    );
    expect(adminQuoteOf(text, "Next one here")).toBe("Next one here");
  });

  test("null where the text no longer has the words (its source changed it)", () => {
    expect(adminQuoteOf("A different text now.", "the last act is a knockout")).toBeNull();
  });
});

describe("adminQuoteChoice", () => {
  test("the words as the text writes them, or what is wrong: no words, too many, not the review's", () => {
    expect(adminQuoteChoice(TEXT, "the last  act\nis a knockout")).toEqual({
      words: "the last act is a knockout",
    });
    expect(adminQuoteChoice(TEXT, "finds its feet, and")).toEqual({
      words: "finds its feet,\nand",
    });
    expect(adminQuoteChoice(TEXT, "…")).toEqual({
      problem: "give the words of the review to quote",
    });
    const long = Array.from({ length: ADMIN_QUOTE_MAX_WORDS + 1 }, () => "word").join(" ");
    expect(adminQuoteChoice(`${long}.`, long)).toEqual({
      problem: "a quote is at most 60 words (these are 61): choose a line of the review",
    });
    expect(adminQuoteChoice(TEXT, "a triumph")).toMatchObject({
      problem: expect.stringMatching(/not in the review's text/),
    });
  });
});

describe("quoteCandidates", () => {
  test("the sentences of 2 to 60 words, each once, in order", () => {
    const text = "Wow. A fine film. A fine film. It is long but never dull.";
    expect(quoteCandidates(text)).toEqual(["A fine film.", "It is long but never dull."]);
  });

  test("at most 60 of a long text", () => {
    const text = Array.from({ length: 90 }, (_, i) => `Sentence number ${i} here.`).join(" ");
    const listed = quoteCandidates(text);
    expect(listed).toHaveLength(60);
    expect(listed[0]).toBe("Sentence number 0 here.");
  });
});
