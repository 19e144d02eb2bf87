import { describe, expect, test } from "vitest";
import { learnOutletScales } from "./learn-outlet-scales.js";
import { normalizeRating } from "./normalize-rating.js";

function learn(items: Array<[outlet: string, rating: string]>) {
  return learnOutletScales(items.map(([outlet, rating]) => ({ outlet, rating })));
}

describe("outlet scales", () => {
  test("a known 4-star outlet puts unscaled stars and numbers out of 4", () => {
    expect(normalizeRating("3 stars", { outlet: "RogerEbert.com" })).toMatchObject({
      max: 4,
      score: 75,
      scaleSource: "outlet",
    });
    expect(normalizeRating("3", { outlet: "rogerebert.com" })).toMatchObject({ score: 75 });
    expect(normalizeRating("3 stars", { outlet: "The Guardian" })).toMatchObject({ max: 5 });
  });

  test("reviews without an outlet are learned as one source (imdb-reviews: users' 1–10, written bare)", () => {
    const scales = learnOutletScales(
      ["1", "3", "4", "7", "10"].map((rating) => ({ outlet: null, rating })),
    );
    expect(normalizeRating("4", { outlet: null, scales })).toMatchObject({
      max: 10,
      score: 40,
      scaleSource: "outlet",
    });
    // Without their company, a "4" is read on the smallest scale that holds it, as before.
    expect(normalizeRating("4", { outlet: null })).toMatchObject({ max: 4, score: 100 });
    // One bare number alone says nothing, as for an outlet.
    const one = learnOutletScales([{ outlet: null, rating: "4" }]);
    expect(normalizeRating("4", { outlet: null, scales: one })).toMatchObject({ max: 4 });
  });

  test("a stated scale always wins over the outlet's", () => {
    expect(normalizeRating("3/5", { outlet: "Chicago Sun-Times" }).score).toBe(60);
  });

  test("bare numbers take the scale the outlet states most", () => {
    const scales = learn([
      ["Tiny Zine", "3/5"],
      ["Tiny Zine", "2/5"],
      ["Tiny Zine", "4"],
    ]);
    expect(normalizeRating("4", { outlet: "Tiny Zine", scales })).toMatchObject({
      kind: "number",
      max: 5,
      score: 80,
      scaleSource: "outlet",
    });
  });

  test("bare numbers beyond the stated scale take the smallest scale that holds them", () => {
    const scales = learn([
      ["Gazette", "3/5"],
      ["Gazette", "8"],
      ["Gazette", "9"],
    ]);
    expect(normalizeRating("8", { outlet: "Gazette", scales })).toMatchObject({
      max: 10,
      score: 80,
      scaleSource: "outlet",
    });
  });

  test("an outlet of bare numbers only: the smallest of 4, 5, 10, 20, 100 that holds them all", () => {
    const scales = learn([
      ["Numbers Weekly", "3"],
      ["Numbers Weekly", "4.5"],
      ["Numbers Weekly", "2"],
    ]);
    expect(normalizeRating("3", { outlet: "Numbers Weekly", scales })).toMatchObject({
      max: 5,
      score: 60,
      scaleSource: "outlet",
    });
  });

  test("stars without a maximum follow the outlet's stated scale", () => {
    const scales = learn([
      ["Four Star Reviews", "3/4"],
      ["Four Star Reviews", "2.5/4"],
    ]);
    expect(normalizeRating("***", { outlet: "Four Star Reviews", scales })).toMatchObject({
      max: 4,
      score: 75,
      scaleSource: "outlet",
    });
  });

  test("one bare number alone does not claim to know its outlet", () => {
    const scales = learn([["Lonely Blog", "3"]]);
    expect(normalizeRating("3", { outlet: "Lonely Blog", scales }).scaleSource).toBe("default");
  });
});
