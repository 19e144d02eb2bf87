import { describe, expect, test } from "vitest";
import {
  aggregateFigures,
  band,
  bayesianScore,
  emptySums,
  histogramBin,
  wilsonInterval,
} from "./aggregate.js";

describe("aggregate math", () => {
  test("Wilson interval against known values", () => {
    // 8 of 10: 95% Wilson interval 49.0%–94.3% (standard tables).
    expect(wilsonInterval(8, 10)).toEqual([49, 94.3]);
    expect(wilsonInterval(0, 0)).toBeNull();
    expect(wilsonInterval(5, 5)?.[1]).toBe(100);
  });

  test("Bayesian score shrinks small samples toward the site mean", () => {
    expect(bayesianScore(90, 1, 60)).toBeCloseTo(62.7, 1);
    expect(bayesianScore(90, 1000, 60)).toBeCloseTo(89.7, 1);
  });

  test("bands and histogram bins at their edges", () => {
    expect([100, 81, 80.9, 61, 60, 40, 39.9, 20, 19].map(band)).toEqual([
      "acclaim",
      "acclaim",
      "favorable",
      "favorable",
      "mixed",
      "mixed",
      "unfavorable",
      "unfavorable",
      "dislike",
    ]);
    expect([0, 9.9, 10, 99, 100].map(histogramBin)).toEqual([0, 0, 1, 9, 9]);
  });

  test("figures of an empty set", () => {
    expect(aggregateFigures(emptySums(), 60)).toMatchObject({
      reviewCount: 0,
      percentPositive: null,
      meanScore: null,
      band: null,
    });
  });
});
