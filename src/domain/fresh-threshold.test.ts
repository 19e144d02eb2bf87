import { describe, expect, test } from "vitest";
import {
  learnFreshLine,
  learnFreshThreshold,
  lineBetween,
  lineConfidence,
  lineFenceShare,
  lineVerdict,
  overrules,
} from "./fresh-threshold.js";

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

describe("lineConfidence", () => {
  const grumpy = learnFreshLine([
    { score: 80, count: 5, positive: 5 },
    { score: 60, count: 8, positive: 1 },
    { score: 40, count: 4, positive: 0 },
  ]);

  test("a line keeps the stated verdicts it was learned from, by score", () => {
    expect(grumpy).toEqual({
      threshold: 80,
      levels: [
        { score: 40, count: 4, positive: 0 },
        { score: 60, count: 8, positive: 1 },
        { score: 80, count: 5, positive: 5 },
      ],
    });
    expect(learnFreshLine([{ score: 60, count: 8, positive: 8 }])).toBeNull();
  });

  test("where a line overrules 60: how often the source's own critics agree at that score, drawn toward even", () => {
    if (!grumpy) throw new Error("no line");
    // 60 and 70 are rotten by its line and fresh by 60's; 40 and 80 the same by both.
    expect([40, 60, 70, 80].map((score) => overrules(grumpy, score))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    // At 60, 7 of its 8 stated verdicts agree: (7 + 2) / (8 + 4).
    expect(lineConfidence(grumpy, 60)).toBe(0.75);
    // A score it never stated a verdict for, or a line set with none behind it: even.
    expect(lineConfidence(grumpy, 70)).toBe(0.5);
    expect(lineConfidence({ threshold: 70, levels: [] }, 60)).toBe(0.5);
  });
});

describe("lineFenceShare", () => {
  // One cut for two scales: its 2½-of-4s (62.5) rotten, its 3-of-4s (75) fresh; its critics
  // split on its 3-of-5s (60).
  const levels = (positiveAt60: number) => [
    { score: 60, count: 3, positive: positiveAt60 },
    { score: 62.5, count: 6, positive: 0 },
    { score: 75, count: 5, positive: 5 },
  ];
  const split = learnFreshLine(levels(1));

  test("where a line overrules 60 but its critics' verdicts at that score do not clearly back it, their share of fresh ones", () => {
    if (!split) throw new Error("no line");
    expect(split.threshold).toBe(75);
    // At 60 its cut says rotten, and 2 of its 3 critics' verdicts there agree: (2 + 2) / (3 + 4)
    // sure, so fresh (1 + 2) / (3 + 4) of the time.
    expect(lineConfidence(split, 60)).toBeCloseTo(4 / 7, 10);
    expect(overrules(split, 60)).toBe(true);
    expect(lineFenceShare(split, 60)).toBeCloseTo(3 / 7, 10);
    // At 62.5 six of six back it: (6 + 2) / (6 + 4) = 80% sure, off the fence.
    expect(lineFenceShare(split, 62.5)).toBeNull();
    // Where it does not overrule 60, nothing to weigh.
    expect(lineFenceShare(split, 75)).toBeNull();
    expect(lineFenceShare(split, 40)).toBeNull();
    // A score none of its critics stated a verdict for: even.
    expect(lineFenceShare(split, 70)).toBe(0.5);
    // A line with no verdicts behind it (set by hand) is taken at its word.
    expect(lineFenceShare({ threshold: 80, levels: [] }, 60)).toBeNull();
  });

  test("where its critics' verdicts at a score lean against its cut, the line does not overrule 60 there", () => {
    // Two of its three 3-of-5s fresh: the cut is still 75, but at 60, 60's verdict stands.
    const leaning = learnFreshLine(levels(2));
    if (!leaning) throw new Error("no line");
    expect(leaning.threshold).toBe(75);
    expect(lineConfidence(leaning, 60)).toBeCloseTo(3 / 7, 10);
    expect(overrules(leaning, 60)).toBe(false);
    expect(lineVerdict(leaning, 60)).toBe("positive");
    expect(lineFenceShare(leaning, 60)).toBeNull();
    // Elsewhere its cut rules: a 2½ of 4 is rotten, a 3 of 4 fresh.
    expect([62.5, 75].map((score) => lineVerdict(leaning, score))).toEqual([
      "negative",
      "positive",
    ]);
    expect(lineVerdict(undefined, 62.5)).toBe("positive");
  });
});

describe("lineBetween", () => {
  test("the scores between 60 and a line's cut its critics called, each with what decides it", () => {
    const line = learnFreshLine([
      { score: 50, count: 4, positive: 0 },
      { score: 60, count: 5, positive: 5 },
      { score: 62.5, count: 6, positive: 0 },
      { score: 70, count: 3, positive: 1 },
      { score: 75, count: 8, positive: 8 },
    ]);
    if (!line) throw new Error("no line");
    expect(line.threshold).toBe(75);
    // 50 and 75 read the same by the cut and by 60: not between.
    expect(lineBetween(line).map((l) => [l.score, l.decides])).toEqual([
      [60, "sixty"], // 5 of 5 fresh: 60's verdict stands
      [62.5, "line"], // 6 of 6 rotten: (6 + 2) / (6 + 4) = 80% sure
      [70, "text"], // 2 of 3 rotten: (2 + 2) / (3 + 4) = 57% sure
    ]);
    expect(lineBetween({ threshold: 80, levels: [] })).toEqual([]);
  });
});
