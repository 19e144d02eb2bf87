import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  type FilmFigures,
  STANDING_TOLERANCE,
  standingDrifted,
  standingTerms,
} from "./standing.js";

/** A film's figures from its reviews' scores and verdicts. */
function figuresOf(reviews: ReadonlyArray<{ score: number; verdict: string }>): FilmFigures {
  return {
    scoreSum: reviews.reduce((sum, r) => sum + r.score, 0),
    scoreCount: reviews.length,
    positiveCount: reviews.filter((r) => r.verdict === "positive").length,
    verdictCount: reviews.length,
  };
}

const review = fc.record({
  score: fc.integer({ min: 0, max: 100 }),
  verdict: fc.constantFrom("positive", "negative"),
});

describe("standingDrifted", () => {
  test("a film that has not drifted gives every review, old or new, its terms within the tolerance", () => {
    fc.assert(
      fc.property(
        fc.array(review, { minLength: 0, maxLength: 400 }),
        fc.array(review, { minLength: 1, maxLength: 20 }),
        review,
        (old, added, probe) => {
          const recorded = figuresOf(old);
          const now = figuresOf([...old, ...added]);
          if (standingDrifted(recorded, now)) return;
          // Any review of the film, measured against either figures.
          const was = standingTerms(probe, recorded);
          const is = standingTerms(probe, now);
          expect(Math.abs(was.leanSum - is.leanSum)).toBeLessThanOrEqual(STANDING_TOLERANCE);
          expect([was.scored, was.agreeing, was.verdicts]).toEqual([
            is.scored,
            is.agreeing,
            is.verdicts,
          ]);
        },
      ),
      { seed: 20261202, numRuns: 2_000 },
    );
  });

  test("a big film a review barely moves has not drifted; a small one, or a turned majority, has", () => {
    const sixty = Array.from({ length: 60 }, () => ({ score: 60, verdict: "positive" }));
    expect(
      standingDrifted(figuresOf(sixty), figuresOf([...sixty, { score: 60, verdict: "positive" }])),
    ).toBe(false);
    expect(
      standingDrifted(figuresOf(sixty), figuresOf([...sixty, { score: 100, verdict: "positive" }])),
    ).toBe(true);
    const three = sixty.slice(0, 3);
    expect(
      standingDrifted(figuresOf(three), figuresOf([...three, { score: 60, verdict: "positive" }])),
    ).toBe(true);
    // 30 positive, 30 negative: a positive review faces 29 against 30, and with one more
    // positive 30 against 30, which it agrees with (a tie counts as positive).
    const split = sixty.map((r, i) => ({ ...r, verdict: i % 2 ? "positive" : "negative" }));
    expect(
      standingDrifted(figuresOf(split), figuresOf([...split, { score: 60, verdict: "positive" }])),
    ).toBe(true);
    expect(standingDrifted(figuresOf(sixty), figuresOf(sixty))).toBe(false);
  });
});
