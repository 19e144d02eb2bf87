import { analyzeReview } from "../analyze/analyze-review.js";
import { learnOutletScales } from "../analyze/rating/index.js";
import type { Analysis } from "../domain/analysis.js";
import { outletKey } from "../domain/outlet.js";
import type { ReviewInput } from "../domain/review.js";
import type { Store } from "../store/db.js";
import { criticId } from "../store/keys.js";
import { saveReviews } from "../store/reviews.repository.js";
import { refreshSourceStats } from "../store/source-stats.repository.js";

/**
 * Adds one review (the API's POST /api/reviews, the add-a-review page): analyzed, tied to its
 * film, stored with its figures. A duplicate is reported, not stored again.
 */
export async function addReview(
  store: Store,
  input: ReviewInput,
): Promise<{ analysis: Analysis; duplicate: boolean }> {
  const analysis = analyzeReview(input, { scales: learnOutletScales([input]) });
  const saved = await saveReviews(store, [{ input, analysis }], null);
  if (input.critic) await refreshSourceStats(store, "critic", [criticId(input.critic)]);
  if (input.outlet) await refreshSourceStats(store, "outlet", [outletKey(input.outlet)]);
  return { analysis, duplicate: saved.duplicates > 0 };
}
