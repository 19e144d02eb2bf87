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

  test("a verdict that is neither fresh nor rotten is refused, naming the field", () => {
    expect(reviewFromJson({ text: "Hm.", verdict: "maybe" })).toEqual({
      error: '"verdict": verdict "maybe" is not fresh or rotten',
    });
    expect(reviewFromJson({ outlet: "Post" })).toEqual({
      error: '"text": required, and must be a string',
    });
  });
});
