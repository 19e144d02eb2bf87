import { type FreshLine, lineFenceShare, ON_THE_FENCE } from "../domain/fresh-threshold.js";
import type { TextModel } from "./model/text-model.js";

// A rating on the fence: critics who give it call it fresh about as often as rotten. Reviews
// rated with exactly its score, on a scale they state, were fresh between ON_THE_FENCE's
// shares of the time in the training films (`TextModel.ratingShare`): in rt-reviews a 2½ of 4
// (62.5), 53% of 1,744 — its 60 says fresh, its critics split. (A 3 of 5, 60 too, was fresh
// 85 times in 100; a C+, 58, 20.) An outlet's own line can put a rating on its own fence too
// (lineFenceShare).

/** The log-odds of a probability. */
export const logOdds = (p: number) => Math.log(p / (1 - p));

/** A rating as the fence reads it: its score, and whether it states its own scale. */
export interface FenceRating {
  score: number | null;
  scaleStated: boolean;
}

/**
 * How often critics call a rating fresh when it sits on the fence; null when it does not, or
 * states no scale of its own (a bare "2.5" read on an outlet's 4 is another thing).
 */
export function fenceShare(rating: FenceRating | null, model: TextModel): number | null {
  if (rating?.score == null || !rating.scaleStated) return null;
  const share = model.ratingShare(rating.score);
  return share === null || share < ON_THE_FENCE.from || share > ON_THE_FENCE.to ? null : share;
}

/**
 * What the text says beyond the share of fresh reviews its calibration assumes: the part of
 * its log-odds the fence weighs (`TextModel.fenceWeight`).
 */
export const textEvidence = (textLogit: number, model: TextModel) =>
  textLogit - logOdds(model.freshShare);

/**
 * The log-odds that a review whose rating sits on the fence is positive: its text's evidence,
 * weighed as `cinemeter train` measured it on such reviews of films the models had not seen
 * (a text torn enough to earn a 2½ of 4 reads less surely than most), plus the log-odds of
 * how often those who give that rating call it fresh: critics at large (fenceShare), or,
 * where its outlet's line is known, that outlet's own critics (lineFenceShare: the line
 * decides every other rating). Null when the rating is not on the fence.
 */
export function fenceLogit(
  rating: FenceRating | null,
  textLogit: number,
  model: TextModel,
  line?: FreshLine,
): number | null {
  const share =
    line === undefined
      ? fenceShare(rating, model)
      : rating?.score == null
        ? null
        : lineFenceShare(line, rating.score);
  if (share === null) return null;
  return model.fenceWeight * textEvidence(textLogit, model) + logOdds(share);
}
