import { describe, expect, test } from "vitest";
import { learnFreshThreshold } from "./fresh-threshold.js";

describe("learnFreshThreshold", () => {
  test("a source whose 3-of-5 reviews are mostly rotten counts 60 as rotten", () => {
    const t = learnFreshThreshold([
      { score: 40, count: 4, positive: 0 },
      { score: 60, count: 8, positive: 2 },
      { score: 80, count: 5, positive: 5 },
    ]);
    expect(t).toBe(80); // its lowest score that counts as fresh
  });

  test("a source whose C grades are mostly fresh counts 50 as fresh", () => {
    const t = learnFreshThreshold([
      { score: 42, count: 6, positive: 1 },
      { score: 50, count: 6, positive: 5 },
      { score: 75, count: 6, positive: 6 },
    ]);
    expect(t).toBe(50);
  });

  test("a source whose 2½-of-4 reviews are mostly rotten counts 62.5 as rotten", () => {
    const t = learnFreshThreshold([
      { score: 50, count: 6, positive: 0 },
      { score: 62.5, count: 6, positive: 1 },
      { score: 75, count: 6, positive: 6 },
    ]);
    expect(t).toBe(75);
  });

  test("verdicts that agree with 60 keep it: no threshold is learned", () => {
    expect(
      learnFreshThreshold([
        { score: 50, count: 10, positive: 0 },
        { score: 70, count: 10, positive: 10 },
      ]),
    ).toBeNull();
  });

  test("too few reviews in the zone, or a tie with 60: none", () => {
    expect(learnFreshThreshold([{ score: 62.5, count: 4, positive: 0 }])).toBeNull();
    expect(
      learnFreshThreshold([
        { score: 62.5, count: 6, positive: 3 },
        { score: 90, count: 50, positive: 50 },
      ]),
    ).toBeNull();
  });
});
