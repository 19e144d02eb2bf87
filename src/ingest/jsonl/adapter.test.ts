import { describe, expect, test } from "vitest";
import { reviewFromJson } from "./adapter.js";

describe("reviewFromJson", () => {
  test("the JSONL fields, with a stated verdict in any of its spellings", () => {
    const read = reviewFromJson(
      { text: "Fine.", outlet: "Post", rating: 3, verdict: "Fresh", topCritic: true },
      4,
    );
    expect(read).toEqual({
      input: expect.objectContaining({
        text: "Fine.",
        outlet: "Post",
        rating: "3",
        topCritic: true,
        verdict: "positive",
        source: { format: "jsonl", line: 4 },
      }),
    });
    expect(reviewFromJson({ text: "Meh.", verdict: false })).toMatchObject({
      input: { verdict: "negative" },
    });
    expect(reviewFromJson({ text: "Meh." })).not.toHaveProperty("input.verdict");
  });

  test("HTML line breaks in the text (as web pages' dumps keep them) are line breaks; other tags are words", () => {
    const read = reviewFromJson({
      text: "Plodding and dull.<br /><br />It's far better than that.<BR>Really. <grin>",
    });
    expect(read).toMatchObject({
      input: { text: "Plodding and dull.\n\nIt's far better than that.\nReally. <grin>" },
    });
  });

  test("a verdict that is neither fresh nor rotten is refused, naming the field", () => {
    expect(reviewFromJson({ text: "Hm.", verdict: "maybe" })).toEqual({
      error: '"verdict": verdict "maybe" is not fresh or rotten',
    });
    expect(reviewFromJson({ outlet: "Post" })).toEqual({
      error: '"text": required, and must be a string',
    });
  });

  test("a film without a title is refused, saying what a film is", () => {
    for (const film of [{ imdbId: "tt0101829" }, { title: 5 }, 7]) {
      expect(reviewFromJson({ text: "Fine.", film })).toEqual({
        error:
          '"film": expected a title ("Her Smell (2019)") or an object with a "title" string (and "year", "imdbId")',
      });
    }
  });
});
