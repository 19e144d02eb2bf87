import type { TextModel } from "./model/text-model.js";

/**
 * A rating on the fence: critics who give it call it fresh about as often as rotten. Reviews
 * rated with exactly its score, on a scale they state, were fresh between these shares of the
 * time in the training films (`TextModel.ratingShare`): in rt-reviews a 2½ of 4 (62.5), 53% of
 * 1,744 — its 60 says fresh, its critics split. (A 3 of 5, 60 too, was fresh 85 times in 100;
 * a C+, 58, 20.)
 */
export const RATING_ON_THE_FENCE = { from: 0.3, to: 0.7 };

const logOdds = (p: number) => Math.log(p / (1 - p));

/**
 * The log-odds that a review whose rating sits on the fence is positive: its text's log-odds
 * (`textLogit`) weighed with how often critics who give that rating call it fresh — the text's,
 * less those of the share of fresh reviews its calibration assumes, plus the rating's: the two
 * as independent evidence. Null when the rating is not on the fence, or states no scale of its
 * own (`scaleStated`: a bare "2.5" read on an outlet's 4 is another thing).
 */
export function fenceLogit(
  rating: { score: number | null; scaleStated: boolean } | null,
  textLogit: number,
  model: TextModel,
): number | null {
  if (rating?.score == null || !rating.scaleStated) return null;
  const share = model.ratingShare(rating.score);
  if (share === null || share < RATING_ON_THE_FENCE.from || share > RATING_ON_THE_FENCE.to)
    return null;
  return textLogit - logOdds(model.freshShare) + logOdds(share);
}
