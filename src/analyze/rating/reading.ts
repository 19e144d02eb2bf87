import {
  type Rating,
  type RatingKind,
  type RatingVerdict,
  roundScore,
  type ScaleSource,
} from "../../domain/rating.js";

/** What a notation reader found: a rating without its `raw` text. */
export type Reading = Omit<Rating, "raw">;

const format = (n: number) => String(roundScore(n));

/**
 * A reading on a linear scale from `min` to `max`, checked: a value outside the scale or a
 * scale that is empty gives no score and says why.
 */
export function onScale(
  kind: RatingKind,
  value: number,
  max: number,
  scaleSource: ScaleSource,
  min = 0,
): Reading {
  const base: Reading = { kind, value, max, score: null, scaleSource };
  if (min !== 0) base.min = min;
  if (!(max > min)) {
    return { ...base, reason: `the scale's maximum (${format(max)}) must be above its minimum` };
  }
  if (value > max) {
    return {
      ...base,
      reason: `${format(value)} is above the scale's maximum of ${format(max)}`,
    };
  }
  if (value < min) {
    return {
      ...base,
      reason: `${format(value)} is below the scale's minimum of ${format(min)}`,
    };
  }
  const floor = Math.min(min, 0);
  return { ...base, score: roundScore((100 * (value - floor)) / (max - floor)) };
}

/** A reading with no score, only a reason. */
export function unscored(kind: RatingKind, reason: string): Reading {
  return { kind, value: null, max: null, score: null, scaleSource: null, reason };
}

/** A verdict word's reading: a verdict and no score. */
export function verdictOnly(verdict: RatingVerdict): Reading {
  return {
    kind: "verdict",
    value: null,
    max: null,
    score: null,
    scaleSource: null,
    verdict,
    reason: "a verdict word carries no score",
  };
}
