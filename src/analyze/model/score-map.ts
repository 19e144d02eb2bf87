/**
 * A monotone map from the text model's calibrated log-odds to a 0–100 score, so that the
 * verdict and the score are one estimate: log-odds 0 (probability ½) maps to the fresh
 * threshold, the negative side below it and the positive side above it. Each side is a
 * piecewise-linear quantile match: the n-th quantile of the log-odds on that side, on held-out
 * reviews, maps to the n-th quantile of real normalized ratings on that side of the threshold,
 * so estimated scores spread like real ratings instead of bunching around the middle.
 */
export interface ScoreMap {
  /** The log-odds knots, increasing; the last below-zero knot is followed by 0 → threshold. */
  logits: number[];
  /** The score at each knot, increasing. */
  scores: number[];
}

/** Quantiles taken on each side of the threshold. */
const QUANTILES_PER_SIDE = 20;

/**
 * Fits the map from held-out log-odds and the normalized ratings (0–100) of rated reviews.
 * `threshold` is the fresh threshold (60).
 */
export function fitScoreMap(logits: number[], ratings: number[], threshold: number): ScoreMap {
  const below = sorted(logits.filter((z) => z < 0));
  const above = sorted(logits.filter((z) => z >= 0));
  const low = sorted(ratings.filter((r) => r < threshold));
  const high = sorted(ratings.filter((r) => r >= threshold));
  const knots: Array<[number, number]> = [];
  for (let k = 0; k < QUANTILES_PER_SIDE; k++) {
    const q = k / QUANTILES_PER_SIDE;
    knots.push([quantile(below, q, -4), quantile(low, q, 0)]);
  }
  knots.push([0, threshold]);
  for (let k = 1; k <= QUANTILES_PER_SIDE; k++) {
    const q = k / QUANTILES_PER_SIDE;
    knots.push([quantile(above, q, 4), quantile(high, q, 100)]);
  }
  // Strictly increasing knots, so the map is monotone and invertible.
  const logitsOut: number[] = [];
  const scoresOut: number[] = [];
  for (const [z, s] of knots) {
    const lastZ = logitsOut.at(-1);
    const lastS = scoresOut.at(-1);
    if (lastZ !== undefined && (z <= lastZ || (lastS !== undefined && s < lastS))) continue;
    logitsOut.push(round(z, 4));
    scoresOut.push(round(s, 2));
  }
  return { logits: logitsOut, scores: scoresOut };
}

/**
 * The score for log-odds `z`: linear between knots, flat beyond the outer ones. A negative
 * `z` never reaches the threshold and a non-negative one never falls below it, so a score
 * read at one decimal always agrees with the verdict.
 */
export function mapScore(map: ScoreMap, z: number, threshold: number): number {
  const { logits, scores } = map;
  let score: number;
  if (z <= (logits[0] as number)) score = scores[0] as number;
  else if (z >= (logits.at(-1) as number)) score = scores.at(-1) as number;
  else {
    let hi = 1;
    while ((logits[hi] as number) < z) hi++;
    const z0 = logits[hi - 1] as number;
    const z1 = logits[hi] as number;
    const s0 = scores[hi - 1] as number;
    const s1 = scores[hi] as number;
    score = s0 + ((s1 - s0) * (z - z0)) / (z1 - z0);
  }
  score = Math.round(Math.min(100, Math.max(0, score)) * 10) / 10;
  return z < 0 ? Math.min(score, threshold - 0.1) : Math.max(score, threshold);
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

function quantile(values: number[], q: number, fallback: number): number {
  if (values.length === 0) return fallback;
  const position = q * (values.length - 1);
  const lower = Math.floor(position);
  const upper = Math.min(values.length - 1, lower + 1);
  const a = values[lower] as number;
  const b = values[upper] as number;
  return a + (b - a) * (position - lower);
}
