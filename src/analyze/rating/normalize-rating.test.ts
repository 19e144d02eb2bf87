import { describe, expect, test } from "vitest";
import type { Rating } from "../../domain/rating.js";
import { normalizeRating } from "./normalize-rating.js";

type Expect = Partial<Rating>;

function check(cases: ReadonlyArray<readonly [string, Expect]>) {
  test.each(cases)("%j", (raw, expected) => {
    expect(normalizeRating(raw)).toMatchObject({ raw, ...expected });
  });
}

describe("fractions: 100·x/y in every spelling", () => {
  check([
    ["3/4", { kind: "fraction", value: 3, max: 4, score: 75, scaleSource: "stated" }],
    ["3.5 / 4.0", { kind: "fraction", value: 3.5, max: 4, score: 87.5 }],
    [".5/5", { kind: "fraction", value: 0.5, max: 5, score: 10 }],
    ["'3/4'", { kind: "fraction", score: 75 }],
    ["“3/4”", { kind: "fraction", score: 75 }],
    ["7 out of 10", { kind: "fraction", value: 7, max: 10, score: 70 }],
    ["4 of 5", { kind: "fraction", score: 80 }],
    ["3/5 stars", { kind: "fraction", score: 60 }],
    ["Three out of five stars", { kind: "fraction", score: 60 }],
    ["4 1/2 out of 5", { kind: "fraction", value: 4.5, score: 90 }],
    ["3½/5", { kind: "fraction", value: 3.5, max: 5, score: 70 }],
    ["7,5/10", { kind: "fraction", value: 7.5, score: 75 }],
    ["2.6/6", { kind: "fraction", score: 43.3 }],
    ["1/3", { kind: "fraction", score: 33.3 }],
    ["100/100", { kind: "fraction", score: 100 }],
    ["8 on a 10-point scale", { kind: "fraction", score: 80 }],
    ["Rating: 8/10", { kind: "fraction", score: 80 }],
    ["4/5 - Excellent", { kind: "fraction", score: 80 }],
    ["8.5/10 (Great)", { kind: "fraction", score: 85 }],
    ["Superb (9/10)", { kind: "fraction", score: 90 }],
    ["３/４", { kind: "fraction", score: 75 }],
    ["4/5 ★", { kind: "fraction", score: 80 }],
    ["3/5 ★★★☆☆", { kind: "fraction", score: 60 }],
    ["8/10 🍿", { kind: "fraction", score: 80 }],
    ["4 out of 5 popcorn buckets", { kind: "fraction", score: 80 }],
    ["3 (on a scale of 1 to 5)", { kind: "fraction", max: 5, score: 60 }],
  ]);
});

describe("stars in digits, words and glyphs", () => {
  check([
    ["3 stars", { kind: "stars", value: 3, max: 5, score: 60, scaleSource: "default" }],
    ["***", { kind: "stars", value: 3, max: 5, score: 60 }],
    ["★★★½", { kind: "stars", value: 3.5, max: 5, score: 70 }],
    ["★★★½☆", { kind: "stars", value: 3.5, max: 5, score: 70, scaleSource: "stated" }],
    ["★★☆☆", { kind: "stars", value: 2, max: 4, score: 50, scaleSource: "stated" }],
    ["⭐⭐⭐⭐", { kind: "stars", value: 4, score: 80 }],
    ["3 1/2 stars", { kind: "stars", value: 3.5, score: 70 }],
    ["3-1/2 stars", { kind: "stars", value: 3.5 }],
    ["**1/2", { kind: "stars", value: 2.5, score: 50 }],
    ["** 1/2", { kind: "stars", value: 2.5 }],
    ["***/****", { kind: "stars", value: 3, max: 4, score: 75, scaleSource: "stated" }],
    ["FIVE STARS", { kind: "stars", value: 5, score: 100 }],
    ["ZERO STARS", { kind: "stars", value: 0, score: 0 }],
    ["no stars", { kind: "stars", value: 0, score: 0 }],
    ["half a star", { kind: "stars", value: 0.5, score: 10 }],
    ["a half star", { kind: "stars", value: 0.5 }],
    ["½", { kind: "stars", value: 0.5, score: 10 }],
    ["one star", { kind: "stars", value: 1, score: 20 }],
    ["three and a half stars", { kind: "stars", value: 3.5, score: 70 }],
    ["two-and-a-half stars", { kind: "stars", value: 2.5 }],
    ["4*", { kind: "stars", value: 4, score: 80 }],
    ["4-star", { kind: "stars", value: 4 }],
    ["4 stars out of 5", { kind: "stars", max: 5, scaleSource: "stated", score: 80 }],
    ["2.5 stars (out of 4)", { kind: "stars", max: 4, score: 62.5 }],
    ["3 stars!", { kind: "stars", score: 60 }],
    ["1/2 star", { kind: "stars", value: 0.5 }],
    ["⭐️⭐️⭐️½", { kind: "stars", value: 3.5, score: 70 }],
    ["**½ (out of 4)", { kind: "stars", max: 4, score: 62.5 }],
    ["★★★★ (out of five)", { kind: "stars", max: 5, scaleSource: "stated" }],
    ["**** (out of ****)", { kind: "stars", max: 4, score: 100 }],
    ["★★½ out of ★★★★", { kind: "stars", max: 4, score: 62.5 }],
  ]);
});

describe("letter grades, + and − written any way (Metacritic's table)", () => {
  check([
    ["A+", { kind: "letter", grade: "A+", score: 100 }],
    ["A", { kind: "letter", score: 100 }],
    ["A-", { kind: "letter", score: 92 }],
    ["A minus", { kind: "letter", grade: "A-", score: 92 }],
    ["A−", { kind: "letter", score: 92 }],
    ["B+", { kind: "letter", score: 83 }],
    ["B-plus", { kind: "letter", grade: "B+", score: 83 }],
    ["B plus", { kind: "letter", score: 83 }],
    ["B", { kind: "letter", score: 75, value: 75, max: 100, scaleSource: "stated" }],
    ["B -", { kind: "letter", grade: "B-", score: 67 }],
    ["B–", { kind: "letter", score: 67 }],
    ["C plus", { kind: "letter", score: 58 }],
    ["C", { kind: "letter", score: 50 }],
    ["C=", { kind: "letter", grade: "C", score: 50 }],
    ["C-", { kind: "letter", score: 42 }],
    ["D+", { kind: "letter", score: 33 }],
    ["D", { kind: "letter", score: 25 }],
    ["d-", { kind: "letter", score: 17 }],
    ["F+", { kind: "letter", score: 8 }],
    ["F", { kind: "letter", score: 0 }],
    ["Grade: B+", { kind: "letter", score: 83 }],
    ["B+/A-", { kind: "letter", grade: "B+/A-", score: 87.5 }],
    ["A- grade", { kind: "letter", score: 92 }],
    ["B+ (Very Good)", { kind: "letter", score: 83 }],
  ]);
});

describe("percentages, bare numbers and symmetric scales", () => {
  check([
    ["85%", { kind: "percent", value: 85, max: 100, score: 85, scaleSource: "stated" }],
    ["85 percent", { kind: "percent", score: 85 }],
    ["8", { kind: "number", value: 8, max: 10, score: 80, scaleSource: "default" }],
    ["3.5", { kind: "number", value: 3.5, max: 4, score: 87.5, scaleSource: "default" }],
    ["42", { kind: "number", max: 100, score: 42 }],
    ["+2 out of -4..+4", { kind: "symmetric", value: 2, min: -4, max: 4, score: 75 }],
    ["-4 out of -4..+4", { kind: "symmetric", score: 0 }],
    ["-1 on a scale of -4 to +4", { kind: "symmetric", score: 37.5 }],
    ["+3 on a -5 to +5 scale", { kind: "symmetric", score: 80 }],
    ["+2 (-3 to +3)", { kind: "symmetric", score: 83.3 }],
    ["7 on a scale of 1 to 10", { kind: "fraction", score: 70 }],
  ]);
});

describe("verdict words: a verdict without a score", () => {
  check([
    ["Recommended", { kind: "verdict", verdict: "positive", score: null }],
    ["Highly recommended", { kind: "verdict", verdict: "positive" }],
    ["Not Recommended", { kind: "verdict", verdict: "negative" }],
    ["Critic's Pick", { kind: "verdict", verdict: "positive" }],
    ["NYT Critics’ Pick", { kind: "verdict", verdict: "positive" }],
    ["Skip it", { kind: "verdict", verdict: "negative" }],
    ["SKIP IT!", { kind: "verdict", verdict: "negative" }],
    ["Thumbs down", { kind: "verdict", verdict: "negative" }],
    ["Must-see", { kind: "verdict", verdict: "positive" }],
    ["Mixed", { kind: "verdict", verdict: "mixed" }],
    ["2 thumbs up", { kind: "verdict", verdict: "positive" }],
  ]);
});

describe("anything else: no score, a reason, never a throw", () => {
  const unreadable = [
    "3.5.5",
    "G.O.A.T",
    "5/4",
    "",
    "   ",
    "0/0",
    "-2/4",
    "1-5",
    "7 stars",
    "E",
    "R",
  ];
  test.each(unreadable)("%j", (raw) => {
    const rating = normalizeRating(raw);
    expect(rating.score).toBeNull();
    expect(rating.reason).toMatch(/\w{3,}/);
  });

  test("a value above its maximum says so", () => {
    expect(normalizeRating("5/4").reason).toBe("5 is above the scale's maximum of 4");
  });

  test("inputs that are not strings", () => {
    for (const raw of [null, undefined, 4, { a: 1 }, ["3/4"], Number.NaN, true]) {
      expect(() => normalizeRating(raw)).not.toThrow();
    }
    expect(normalizeRating(4).raw).toBe("4");
    expect(normalizeRating(null)).toMatchObject({ kind: "empty", score: null });
  });

  test("text too long to be a rating says so", () => {
    expect(normalizeRating("3/4 ".repeat(40)).reason).toBe(
      "160 characters is too long for a rating notation",
    );
  });

  test("strings built to make regular expressions backtrack still finish (within the test timeout)", () => {
    const hostile = [
      `${"1 ".repeat(55)}/5x`,
      `${"*".repeat(110)}x`,
      `${"a and ".repeat(19)}x`,
      `${"1 1/2 ".repeat(19)}!`,
      `+${" -".repeat(55)}4..`,
    ];
    for (const raw of hostile) expect(normalizeRating(raw).score, raw).toBeNull();
  });
});
