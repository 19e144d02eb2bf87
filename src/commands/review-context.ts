import type { AnalyzeContext } from "../analyze/analyze-review.js";
import { learnOutletScales } from "../analyze/rating/index.js";
import { outletKey } from "../domain/outlet.js";
import type { ReviewInput } from "../domain/review.js";
import type { Store } from "../store/db.js";
import { outletThresholds } from "../store/fresh-thresholds.repository.js";
import { criticId } from "../store/keys.js";
import { refreshStanding, standingBudgetFor } from "../store/source-stats.repository.js";
import { readAgainWhereLinesMoved } from "./reanalyze-reviews.js";

/** What analyzing a few new reviews needs: outlet scales learned from them, outlets' thresholds. */
export async function analysisContext(
  store: Store,
  inputs: readonly ReviewInput[],
): Promise<AnalyzeContext> {
  return {
    scales: learnOutletScales(inputs),
    freshThresholds: await outletThresholds(store, inputs),
  };
}

/**
 * The standing of the critics and outlets these reviews are by, refreshed after they are
 * stored (and the reviews an outlet's moved line left, read again).
 */
export async function refreshStandingOf(
  store: Store,
  inputs: readonly ReviewInput[],
): Promise<void> {
  const ids = (key: (input: ReviewInput) => string | null) => [
    ...new Set(inputs.flatMap((input) => key(input) ?? [])),
  ];
  const moved = await refreshStanding(
    store,
    {
      critics: ids((i) => (i.critic ? criticId(i.critic) : null)),
      outlets: ids((i) => (i.outlet ? outletKey(i.outlet) : null)),
    },
    standingBudgetFor(inputs.length),
  );
  await readAgainWhereLinesMoved(store, moved);
}
