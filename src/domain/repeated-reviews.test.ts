import { describe, expect, test } from "vitest";
import { type ReviewIdentity, repeatedReviews } from "./repeated-reviews.js";

const r = (id: string, text: string, fields: Partial<ReviewIdentity> = {}): ReviewIdentity => ({
  id,
  outletId: "baltimore sun",
  criticId: "pat-critic",
  date: "2004-12-27",
  ratingRaw: "2/5",
  text,
  ...fields,
});

describe("the same review filed twice", () => {
  test("an arriving copy of a review already there is repeated; the one there stays", () => {
    const reviews = [
      r("there", "Never gets off the ground."),
      r("new", "never gets off the ground"),
    ];
    expect(repeatedReviews(reviews, new Set(["new"]))).toEqual(["new"]);
  });

  test("when every copy arrives, the first stays", () => {
    const reviews = [r("a", "Lifeless."), r("b", "Lifeless."), r("c", "Lifeless.")];
    expect(repeatedReviews(reviews, new Set(["a", "b", "c"]))).toEqual(["b", "c"]);
  });

  test("another critic, outlet, date or rating is another review; copies already there stay", () => {
    const reviews = [
      r("there", "Lifeless."),
      r("critic", "Lifeless.", { criticId: "sam-other" }),
      r("outlet", "Lifeless.", { outletId: "chicago tribune" }),
      r("date", "Lifeless.", { date: "2005-01-02" }),
      r("rating", "Lifeless.", { ratingRaw: "1/5" }),
      r("words", "Lifeless, mostly."),
      r("there too", "Lifeless."),
    ];
    expect(
      repeatedReviews(reviews, new Set(["critic", "outlet", "date", "rating", "words"])),
    ).toEqual([]);
  });
});
