import type { TextModel } from "./model/text-model.js";
import { logOdds, textEvidence } from "./rating-on-the-fence.js";

// A verdict from a rating off the fence keeps the rating's side: a text that reads the other
// way is flagged, not followed (analyze-review.ts). But how sure that verdict is depends on the
// text too. Of the rt test films' rated reviews whose text read 95% surely or more against
// their rating, the rating's side was the critic's in 22 of 43, while its share alone claimed
// 92% on average: a verdict shown as sure that was a coin toss. So the confidence weighs the
// text's evidence beside the rating's share, as the fence does (rating-on-the-fence.ts), with
// a weight of its own that `cinemeter train` fits on the validation films' such reviews
// (TextModel.ratedTextWeight): 57% claimed there now (models/REPORT.md has the table).

/** A share of 0 or 1 (a tenth every review of which was fresh) is read as this close to it. */
const SHARE_LIMIT = 0.001;

/**
 * The log-odds that a review whose verdict comes from a rating off the fence is positive: the
 * log-odds of `freshShare` (how often reviews so rated are fresh: by critics at large, or by
 * the outlet's own where its learned line overrules 60) plus the text's evidence (its log-odds
 * beyond the share its calibration assumes) times the model's weight for it; the share's alone
 * without a text (`textLogit` null).
 */
export function ratedLogit(freshShare: number, textLogit: number | null, model: TextModel): number {
  const share = Math.min(1 - SHARE_LIMIT, Math.max(SHARE_LIMIT, freshShare));
  const text = textLogit === null ? 0 : model.ratedTextWeight * textEvidence(textLogit, model);
  return logOdds(share) + text;
}

/**
 * How likely a verdict from a rating is right, given how often reviews rated so are right
 * (`ratingRight`: the share for its side) and what the text says. Below ½ where the text reads
 * against the rating surely enough: the verdict stands, and says how unsure it is.
 */
export function ratedConfidence(
  ratingRight: number,
  positive: boolean,
  textLogit: number | null,
  model: TextModel,
): number {
  const fresh =
    1 / (1 + Math.exp(-ratedLogit(positive ? ratingRight : 1 - ratingRight, textLogit, model)));
  return positive ? fresh : 1 - fresh;
}
