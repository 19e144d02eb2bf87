import { analyzeReviews } from "../../src/commands/analyze-reviews.js";
import { storeAnalyzedReviews } from "../../src/commands/link-reviews.js";
import type { ReviewInput } from "../../src/domain/review.js";
import type { Store } from "../../src/store/db.js";

/** Analyzes reviews and stores them, linked to their films, as an import does (no import record). */
export async function storeReviews(store: Store, inputs: readonly ReviewInput[]): Promise<void> {
  const analyses = analyzeReviews([...inputs]);
  await storeAnalyzedReviews(
    store,
    analyses.map((analysis, i) => ({ input: inputs[i] as ReviewInput, analysis })),
    null,
  );
}
