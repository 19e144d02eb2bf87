/**
 * Critics' and outlets' standing against consensus as running sums (standing v3): each
 * review adds its terms against its film's figures — its score's offset from the mean of the
 * film's other scores, and whether its verdict agrees with the majority of the film's other
 * verdicts — so a source's leniency and agreement are its sums divided out, never a scan of
 * its reviews.
 */

/** A film's figures, as the terms of its reviews are measured against them. */
export interface FilmFigures {
  scoreSum: number;
  scoreCount: number;
  positiveCount: number;
  verdictCount: number;
}

/** A source's standing sums (or one review's terms). */
export interface StandingSums {
  /** Σ (score − mean of the film's other scores), over reviews of films with another score. */
  leanSum: number;
  /** How many reviews leanSum counts. */
  scored: number;
  /** Verdicts that agree with the majority of their film's other verdicts. */
  agreeing: number;
  /** Verdicts of films with another verdict. */
  verdicts: number;
}

/** Reviews a source needs before its leniency leans on its own offsets more than on zero. */
export const LENIENCY_PRIOR_REVIEWS = 10;

export const emptyStanding = (): StandingSums => ({
  leanSum: 0,
  scored: 0,
  agreeing: 0,
  verdicts: 0,
});

/**
 * What one review adds to its source's sums against `film` (the film's figures with the
 * review counted in them): nothing for a film it alone scored or judged.
 */
export function standingTerms(
  review: { score: number | null; verdict: string | null },
  film: FilmFigures,
): StandingSums {
  const terms = emptyStanding();
  if (review.score !== null && film.scoreCount >= 2) {
    terms.leanSum = review.score - (film.scoreSum - review.score) / (film.scoreCount - 1);
    terms.scored = 1;
  }
  if ((review.verdict === "positive" || review.verdict === "negative") && film.verdictCount >= 2) {
    terms.agreeing = agrees(review.verdict === "positive", film) ? 1 : 0;
    terms.verdicts = 1;
  }
  return terms;
}

/** Whether a verdict (positive or not) counted in `film` sides with the majority of the others. */
function agrees(positive: boolean, film: FilmFigures): boolean {
  const othersPositive = film.positiveCount - (positive ? 1 : 0);
  return positive === othersPositive * 2 >= film.verdictCount - 1;
}

/**
 * How far, in points, a review's offset from its film's consensus may lie from the one the
 * film's present figures give before the film's reviews are measured again (standing v4): a
 * tenth of a point, the precision leniency is shown at. Agreements are always exact.
 */
export const STANDING_TOLERANCE = 0.1;

/**
 * Whether measuring a film's reviews against `now` instead of `recorded` would change any
 * review's terms beyond STANDING_TOLERANCE: a review counted or not, an agreement that turns,
 * or an offset moved further. An offset, score·(1 + 1/(n − 1)) − sum/(n − 1), is linear in the
 * review's score, so it moves most at a score of 0 or of 100.
 */
export function standingDrifted(recorded: FilmFigures, now: FilmFigures): boolean {
  if (recorded.scoreCount >= 2 !== now.scoreCount >= 2) return true;
  if (recorded.verdictCount >= 2 !== now.verdictCount >= 2) return true;
  if (now.verdictCount >= 2)
    for (const positive of [true, false])
      if (agrees(positive, recorded) !== agrees(positive, now)) return true;
  if (now.scoreCount < 2) return false;
  const atZero =
    recorded.scoreSum / (recorded.scoreCount - 1) - now.scoreSum / (now.scoreCount - 1);
  const perPoint = 1 / (now.scoreCount - 1) - 1 / (recorded.scoreCount - 1);
  return Math.max(Math.abs(atZero), Math.abs(atZero + 100 * perPoint)) > STANDING_TOLERANCE;
}

/** Adds `terms` times `sign` to `sums`. */
export function addStanding(sums: StandingSums, terms: StandingSums, sign: number): void {
  sums.leanSum += sign * terms.leanSum;
  sums.scored += sign * terms.scored;
  sums.agreeing += sign * terms.agreeing;
  sums.verdicts += sign * terms.verdicts;
}

/**
 * What a source's sums say: leniency (the mean offset shrunk toward 0 by n/(n + 10)), to a
 * tenth of a point, and agreement, to a thousandth.
 */
export function standingFigures(sums: StandingSums): {
  scoredCount: number;
  leniency: number | null;
  agreement: number | null;
} {
  const scored = Math.round(sums.scored);
  const verdicts = Math.round(sums.verdicts);
  return {
    scoredCount: scored,
    leniency:
      scored > 0 ? Math.round((sums.leanSum * 10) / (scored + LENIENCY_PRIOR_REVIEWS)) / 10 : null,
    agreement: verdicts > 0 ? Math.round((1000 * sums.agreeing) / verdicts) / 1000 : null,
  };
}
