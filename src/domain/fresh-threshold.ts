import { FRESH_THRESHOLD } from "./rating.js";

/** Scores a learned threshold may sit between: outside them every rating reads the same. */
export const THRESHOLD_ZONE = { min: 40, max: 75 } as const;

/** Reviews in the zone with a rating and a stated verdict a source needs for a threshold. */
export const THRESHOLD_MIN_REVIEWS = 5;

/** How many more reviews a learned threshold must agree with than 60 does to replace it. */
export const THRESHOLD_MIN_GAIN = 1;

/** One source's reviews at one score that also state a verdict: how many, how many fresh. */
export interface ThresholdLevel {
  score: number;
  count: number;
  positive: number;
}

/**
 * A source's own fresh threshold, learned from the reviews where it states both a rating and
 * a verdict (as Rotten Tomatoes' critics do): the lowest score it uses that counts as fresh,
 * chosen among the scores it uses in the zone (40–75) and the first one above it, as the cut
 * that agrees with most of its stated verdicts. It replaces 60 only when at least five such
 * reviews in the zone back it and it agrees with at least one more of them; else null.
 *
 * @example
 * // An outlet whose 3-of-5 reviews are mostly rotten, its 4-of-5 fresh:
 * learnFreshThreshold([{ score: 60, count: 8, positive: 1 }, { score: 80, count: 5, positive: 5 }]) // 80
 */
export function learnFreshThreshold(levels: readonly ThresholdLevel[]): number | null {
  const used = levels.filter((l) => l.count > 0).sort((a, b) => a.score - b.score);
  const zone = used.filter((l) => l.score >= THRESHOLD_ZONE.min && l.score <= THRESHOLD_ZONE.max);
  if (zone.reduce((n, l) => n + l.count, 0) < THRESHOLD_MIN_REVIEWS) return null;
  const agreement = (threshold: number) =>
    zone.reduce((sum, l) => sum + (l.score >= threshold ? l.positive : l.count - l.positive), 0);
  const base = agreement(FRESH_THRESHOLD);
  let best = FRESH_THRESHOLD;
  let bestAgreement = base;
  // Thresholds are scores the source uses: each in the zone, and the first above it.
  const above = used.find((l) => l.score > THRESHOLD_ZONE.max)?.score ?? THRESHOLD_ZONE.max + 1;
  for (const candidate of [...zone.map((l) => l.score), above]) {
    const value = agreement(candidate);
    if (value > bestAgreement) {
      best = candidate;
      bestAgreement = value;
    }
  }
  return bestAgreement - base >= THRESHOLD_MIN_GAIN ? best : null;
}
