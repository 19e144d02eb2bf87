import { analyzeForStore, analyzeReview } from "../analyze/analyze-review.js";
import type { Analysis, Verdict, VerdictSource } from "../domain/analysis.js";
import { outletKey } from "../domain/outlet.js";
import type { ReviewInput } from "../domain/review.js";
import { errors } from "../errors.js";
import type { Store } from "../store/db.js";
import { outletThresholds } from "../store/fresh-thresholds.repository.js";
import { storeAnalyzedReviews } from "./link-reviews.js";
import { reanalyzeReviews } from "./reanalyze-reviews.js";
import { analysisContext, refreshStandingOf } from "./review-context.js";

/**
 * Adds one review (the API's POST /api/reviews, the add-a-review page): analyzed, tied to its
 * film, stored with its figures. A duplicate is reported, not stored again; a review that
 * names no film is refused (422, naming the field).
 */
export async function addReview(
  store: Store,
  raw: ReviewInput,
): Promise<{ analysis: Analysis; duplicate: boolean; filmId: string | null; id: string }> {
  const outlet = raw.outlet ? outletKey(raw.outlet) : null;
  const context = await analysisContext(store, [raw]);
  const { input, analysis } = analyzeForStore(raw, context);
  if (!namesFilm(analysis))
    throw errors.unprocessable(
      "film",
      "name the film: no title in the review's film, headline or text",
    );
  const saved = await storeAnalyzedReviews(store, [{ input, analysis }], null);
  const id = saved.ids[0] ?? "";
  // Filed by its id under a film of another title: read again with that title, as stored.
  let reading = analysis;
  if (saved.readAgain.length > 0)
    await reanalyzeReviews(store, {
      reviewIds: saved.readAgain,
      examples: 0,
      onRead: (readId, again) => {
        if (readId === id) reading = again;
      },
    });
  await refreshStandingOf(store, [input]);
  const stored = await store.db
    .selectFrom("reviews")
    .select(["film_id", "verdict", "verdict_source", "confidence"])
    .where("id", "=", id)
    .executeTakeFirst();
  const filmId = stored?.film_id ?? null;
  if (!outlet) return { analysis: reading, duplicate: saved.duplicates > 0, filmId, id };
  // A stated verdict may have moved the outlet's threshold, and with it this review's verdict
  // (as its outlet's standing, brought up to date, has stored it).
  const after = (await outletThresholds(store, [raw])).get(outlet);
  const moved =
    after?.threshold !== context.freshThresholds?.get(outlet)?.threshold &&
    !input.verdict &&
    analysis.rating?.score != null &&
    stored !== undefined;
  return {
    analysis: moved
      ? {
          ...reading,
          verdict: stored.verdict as Verdict | null,
          verdictSource: stored.verdict_source as VerdictSource | null,
          confidence: stored.confidence === null ? null : Number(stored.confidence),
        }
      : reading,
    duplicate: saved.duplicates > 0,
    filmId,
    id,
  };
}

/** Whether an analysis found the film its review is about: a review of no film is not stored. */
export function namesFilm(analysis: Analysis): boolean {
  return Boolean(analysis.film?.title || analysis.film?.imdbId || analysis.film?.externalId);
}

/**
 * What adding a review would store — its full analysis, with the outlets' learned thresholds —
 * without storing anything (the add-a-review page's preview).
 */
export async function previewReview(store: Store, input: ReviewInput): Promise<Analysis> {
  return analyzeReview(input, await analysisContext(store, [input]));
}
