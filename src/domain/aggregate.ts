/**
 * The figures published for a set of reviews (a film, a critic, an outlet), from running
 * sums that the store keeps up to date as reviews arrive and leave (docs/METHODOLOGY.md,
 * aggregates v1). Pure functions: no storage here.
 */

/** Running sums over a set of reviews; adding or removing a review changes them by one review's share. */
export interface AggregateSums {
  reviewCount: number;
  /** Reviews with a verdict (positive or negative). */
  verdictCount: number;
  positiveCount: number;
  /** Reviews with a score, and the sum of their scores. */
  scoreCount: number;
  scoreSum: number;
  /** Scores in ten bins: 0–9.9, 10–19.9 … 90–100. */
  histogram: number[];
}

export type Band = "acclaim" | "favorable" | "mixed" | "unfavorable" | "dislike";

/** Reviews a film needs before its Bayesian score leans on its own mean more than the site's. */
export const BAYESIAN_PRIOR_REVIEWS = 10;

export function emptySums(): AggregateSums {
  return {
    reviewCount: 0,
    verdictCount: 0,
    positiveCount: 0,
    scoreCount: 0,
    scoreSum: 0,
    histogram: Array(10).fill(0),
  };
}

/** The bin (0–9) a 0–100 score falls in. */
export function histogramBin(score: number): number {
  return Math.min(9, Math.max(0, Math.floor(score / 10)));
}

/** The 95% Wilson score interval of a proportion, as percentages; null without verdicts. */
export function wilsonInterval(positive: number, total: number, z = 1.96): [number, number] | null {
  if (total <= 0) return null;
  const p = positive / total;
  const z2 = z * z;
  const centre = p + z2 / (2 * total);
  const margin = z * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  const denominator = 1 + z2 / total;
  const round = (x: number) => Math.round(x * 1000) / 10;
  return [
    round(Math.max(0, (centre - margin) / denominator)),
    round(Math.min(1, (centre + margin) / denominator)),
  ];
}

/**
 * The Bayesian (shrunk) mean: WR = v/(v+m)·R + m/(v+m)·C, with R the film's mean, v its
 * scored reviews, m = BAYESIAN_PRIOR_REVIEWS and C the mean of every scored review.
 */
export function bayesianScore(
  mean: number,
  count: number,
  siteMean: number,
  m = BAYESIAN_PRIOR_REVIEWS,
): number {
  return Math.round(((count / (count + m)) * mean + (m / (count + m)) * siteMean) * 10) / 10;
}

/** Metacritic-style bands of a 0–100 mean score. */
export function band(score: number): Band {
  if (score >= 81) return "acclaim";
  if (score >= 61) return "favorable";
  if (score >= 40) return "mixed";
  if (score >= 20) return "unfavorable";
  return "dislike";
}

/** The published figures of a set of reviews. */
export interface AggregateFigures {
  reviewCount: number;
  positiveCount: number;
  percentPositive: number | null;
  percentPositiveInterval: [number, number] | null;
  meanScore: number | null;
  bayesianScore: number | null;
  band: Band | null;
  histogram: number[];
}

export function aggregateFigures(sums: AggregateSums, siteMean: number): AggregateFigures {
  const mean = sums.scoreCount > 0 ? sums.scoreSum / sums.scoreCount : null;
  return {
    reviewCount: sums.reviewCount,
    positiveCount: sums.positiveCount,
    percentPositive:
      sums.verdictCount > 0
        ? Math.round((1000 * sums.positiveCount) / sums.verdictCount) / 10
        : null,
    percentPositiveInterval: wilsonInterval(sums.positiveCount, sums.verdictCount),
    meanScore: mean === null ? null : Math.round(mean * 10) / 10,
    bayesianScore: mean === null ? null : bayesianScore(mean, sums.scoreCount, siteMean),
    band: mean === null ? null : band(mean),
    histogram: [...sums.histogram],
  };
}

/**
 * The figures of a film's top critics: those of aggregateFigures without the histogram,
 * which is not kept for them (a histogram of zeros would say they gave no scores).
 */
export type TopCriticFigures = Omit<AggregateFigures, "histogram">;

export function topCriticFigures(sums: AggregateSums, siteMean: number): TopCriticFigures {
  const { histogram: _notKept, ...figures } = aggregateFigures(sums, siteMean);
  return figures;
}

/** The badge's published rule (aggregates v1). */
export const BADGE_RULE = {
  minPercentPositive: 75,
  minReviews: 40,
  minTopCriticReviews: 5,
  text: "at least 75% positive from at least 40 reviews, at least 5 of them by top critics",
} as const;

/** Whether a film earns the badge, from all its reviews' sums and its top critics'. */
export function earnsBadge(all: AggregateSums, top: AggregateSums): boolean {
  return (
    all.reviewCount >= BADGE_RULE.minReviews &&
    top.reviewCount >= BADGE_RULE.minTopCriticReviews &&
    all.verdictCount > 0 &&
    (100 * all.positiveCount) / all.verdictCount >= BADGE_RULE.minPercentPositive
  );
}
