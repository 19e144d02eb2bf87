import type { Verdict } from "./analysis.js";
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

/** A source's learned fresh line: its threshold and the stated verdicts it was learned from. */
export interface FreshLine {
  threshold: number;
  /** Its reviews with a rating and a stated verdict, by score (see learnFreshThreshold). */
  levels: readonly ThresholdLevel[];
}

/** A source's learned line, or null when its stated verdicts allow none (learnFreshThreshold). */
export function learnFreshLine(levels: readonly ThresholdLevel[]): FreshLine | null {
  const threshold = learnFreshThreshold(levels);
  if (threshold === null) return null;
  return {
    threshold,
    levels: levels.filter((l) => l.count > 0).sort((a, b) => a.score - b.score),
  };
}

/**
 * Whether a source's line gives a rating of `score` the other verdict from 60's: its cut does,
 * and its own critics' stated verdicts at that score do not lean the other way (lineConfidence
 * ½ or more). One cut serves all of a source's scales: an outlet whose 2½-of-4s are rotten and
 * whose 3-of-4s are fresh cuts at 75, but where its critics called its 3-of-5s fresh, 60's
 * verdict stands there, and theirs.
 */
export function overrules(line: FreshLine, score: number): boolean {
  return score >= line.threshold !== score >= FRESH_THRESHOLD && lineConfidence(line, score) >= 0.5;
}

/** The verdict a rating of `score` gets: its source's line's where that overrules 60, else 60's. */
export function lineVerdict(line: FreshLine | undefined, score: number): Verdict {
  const cut = line && overrules(line, score) ? line.threshold : FRESH_THRESHOLD;
  return score >= cut ? "positive" : "negative";
}

/** The reviews' worth of an even chance a source's own share at a score is drawn toward. */
const EVEN_PRIOR_REVIEWS = 4;

/**
 * How likely the verdict a source's line gives a rating of `score` is right where it
 * overrules 60's, by the source's own stated verdicts at that score, drawn toward an even
 * chance as if four more went two each way: a 3 of 5 an outlet's critics called rotten 7
 * times in 8, (7 + 2) / (8 + 4) = 75%. (A line is chosen as the cut its verdicts agree with
 * most, and its critics' next reviews agree less: on rt-reviews' validation films, the
 * reviews a line overruled were right 65% of the time; drawn so, their confidence read 68% on
 * average — toward the source's share on that side of its line instead, 77%.)
 *
 * @example
 * lineConfidence({ threshold: 80, levels: [{ score: 60, count: 8, positive: 1 }, { score: 80, count: 5, positive: 5 }] }, 60) // 0.75
 */
export function lineConfidence(line: FreshLine, score: number): number {
  const positive = score >= line.threshold;
  const at = line.levels.find((l) => Math.abs(l.score - score) < 0.05);
  const agree = at ? (positive ? at.positive : at.count - at.positive) : 0;
  return (agree + EVEN_PRIOR_REVIEWS / 2) / ((at?.count ?? 0) + EVEN_PRIOR_REVIEWS);
}

/**
 * Shares of fresh reviews between which a rating sits on the fence: those who give it call it
 * fresh about as often as rotten, so its text decides (analyze/rating-on-the-fence.ts).
 */
export const ON_THE_FENCE = { from: 0.3, to: 0.7 } as const;

/**
 * Where a source's line overrules 60 at `score` but its own critics' stated verdicts at that
 * score do not clearly back it (the line's side no more than ON_THE_FENCE.to sure by
 * lineConfidence, and at least ½, or it would not overrule), the share of those verdicts that
 * are fresh, drawn toward even as lineConfidence draws it: the rating sits on the source's
 * own fence, and its text decides, weighed with that share. Else null. (On rt-reviews
 * imported with the validation films' fresh column blanked, the lines overruled 60 in 56
 * such reviews and were right 57% of the time; the text alone was right in 44 of the 54 with
 * text: docs/METHODOLOGY.md.)
 *
 * @example
 * // Its 2½-of-4s rotten, its 3-of-4s fresh: a cut at 75; one of its three 3-of-5s fresh.
 * lineFenceShare({ threshold: 75, levels: [{ score: 60, count: 3, positive: 1 }, { score: 62.5, count: 6, positive: 0 }, { score: 75, count: 5, positive: 5 }] }, 60) // 3 / 7
 */
export function lineFenceShare(line: FreshLine, score: number): number | null {
  // (A line with no verdicts kept behind it, set by hand, is taken at its word.)
  if (!overrules(line, score) || line.levels.length === 0) return null;
  const sure = lineConfidence(line, score);
  if (sure > ON_THE_FENCE.to) return null;
  return score >= line.threshold ? sure : 1 - sure;
}

/** How a source's line decides one score it has stated verdicts at (lineBetween). */
export interface LineAtScore extends ThresholdLevel {
  /** "line": its cut, as its critics call it; "sixty": 60's, as they call it; "text": they split, the text decides. */
  decides: "line" | "sixty" | "text";
}

/**
 * The scores between 60 and a source's cut (where the two disagree) that its critics stated
 * verdicts at, each with how the line decides it: by its cut where they back it, by 60 where
 * they lean 60's way, by the text where they split (lineFenceShare). Any other score there is
 * the text's too (none of them said: an even share). Empty for a line with no verdicts kept.
 */
export function lineBetween(line: FreshLine): LineAtScore[] {
  return line.levels
    .filter((l) => l.score >= line.threshold !== l.score >= FRESH_THRESHOLD)
    .map((l) => ({
      ...l,
      decides: !overrules(line, l.score)
        ? "sixty"
        : lineFenceShare(line, l.score) !== null
          ? "text"
          : "line",
    }));
}
