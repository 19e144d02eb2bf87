import { roundScore } from "../../../domain/rating.js";
import type { Reading } from "../reading.js";

/** Metacritic's published conversion of letter grades to 0–100. */
export const LETTER_GRADE_SCORES: Readonly<Record<string, number>> = {
  "A+": 100,
  A: 100,
  "A-": 92,
  "B+": 83,
  B: 75,
  "B-": 67,
  "C+": 58,
  C: 50,
  "C-": 42,
  "D+": 33,
  D: 25,
  "D-": 17,
  "F+": 8,
  F: 0,
  "F-": 0,
};

const MODIFIER = String.raw`(?:\s*-?\s*(?:plus|minus)|\s*(?:\+\+?|--?|=))?`;
const GRADE = `([a-df])(${MODIFIER})`;
const ONE = new RegExp(`^${GRADE}(?:\\s*(?:grade|rating))?$`);
const SPLIT = new RegExp(String.raw`^${GRADE}\s*(?:/|to|or)\s*${GRADE}$`);

function canonical(letter: string, modifier: string): string {
  const sign = /plus|\+/.test(modifier) ? "+" : /minus|-/.test(modifier) ? "-" : "";
  return letter.toUpperCase() + sign;
}

/**
 * Letter grades with `+` and `−` written any way: `B+`, `B -`, `B-plus`, `A minus`, `C=`,
 * `A++`; a split grade such as `B+/A-` scores the mean of its two grades.
 */
export function readLetterGrade(s: string): Reading | null {
  const one = ONE.exec(s);
  const split = one ? null : SPLIT.exec(s);
  const grades = one
    ? [canonical(one[1] ?? "", one[2] ?? "")]
    : split
      ? [canonical(split[1] ?? "", split[2] ?? ""), canonical(split[3] ?? "", split[4] ?? "")]
      : null;
  if (!grades) return null;
  const points = grades.map((g) => LETTER_GRADE_SCORES[g] ?? 0);
  const score = roundScore(points.reduce((a, b) => a + b, 0) / points.length);
  return {
    kind: "letter",
    value: score,
    max: 100,
    grade: grades.join("/"),
    score,
    scaleSource: "stated",
  };
}
