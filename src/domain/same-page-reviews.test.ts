import { describe, expect, test } from "vitest";
import { sameReviewAtUrl } from "./same-page-reviews.js";

const review = (text: string, criticId: string | null = null) => ({ text, criticId });

describe("sameReviewAtUrl", () => {
  const stored = review(
    "Terrific film with a slightly slow start - give it a chance to get cooking. The cast is superb and the ending lands.",
  );

  test("an edited copy (typos fixed, a sentence added, a summary of it) is the review stored", () => {
    expect(
      sameReviewAtUrl(
        stored,
        review(
          "Terrfic film with a slightly slow start -- give it a chance to get cooking. The cast is superb, and the ending lands. See it.",
        ),
      ),
    ).toBe(true);
    expect(
      sameReviewAtUrl(
        stored,
        review("Terrific film with a slightly slow start: give it a chance."),
      ),
    ).toBe(true);
  });

  test("other words on the same page are another review", () => {
    expect(
      sameReviewAtUrl(
        stored,
        review(
          "I wanted to like this film, but the start is slow and the cast never gets going; the ending is a chance missed.",
        ),
      ),
    ).toBe(false);
  });

  test("another named critic is another review; a rating without words tells nothing", () => {
    expect(
      sameReviewAtUrl(review(stored.text, "ann-hornaday"), review(stored.text, "a-o-scott")),
    ).toBe(false);
    expect(sameReviewAtUrl(review(stored.text, "a-o-scott"), review(stored.text, null))).toBe(true);
    expect(sameReviewAtUrl(stored, review(""))).toBe(true);
  });
});
