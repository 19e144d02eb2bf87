import { describe, expect, test } from "vitest";
import { PAGE_REVIEWS_COMPARED, PageReviews, sameReviewAtUrl } from "./same-page-reviews.js";

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

describe("PageReviews", () => {
  const onPage = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      id: `r${i}`,
      text: `Review number ${i} says the film is ${i % 2 ? "slow" : "fine"} and the cast ${i} is good.`,
      textKey: `t${i}`,
      criticId: null,
    }));
  const arriving = (text: string, textKey: string) => ({ text, textKey, criticId: null });

  test("a page's later review edited is that review; other words are another; its first is never matched", () => {
    const page = new PageReviews(onPage(5));
    expect(
      page.match(
        arriving("Review number 3 says the film is slow and the cast 3 is very good.", "x"),
        "r0",
      ),
    ).toBe("r3");
    expect(page.match(arriving("Nothing like any of them at all, truly.", "y"), "r0")).toBeNull();
    // The same words are that review, whatever else is on the page.
    expect(page.match(arriving("anything", "t2"), "r0")).toBe("r2");
    expect(page.match(arriving("anything", "t0"), "r0")).toBeNull();
  });

  test("on a page of more than PAGE_REVIEWS_COMPARED reviews only the same words match", () => {
    const page = new PageReviews(onPage(PAGE_REVIEWS_COMPARED + 1));
    expect(
      page.match(
        arriving("Review number 3 says the film is slow and the cast 3 is very good.", "x"),
        "r0",
      ),
    ).toBeNull();
    expect(page.match(arriving("anything", "t7"), "r0")).toBe("r7");
  });
});
