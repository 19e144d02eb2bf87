import { analyzeReview } from "../analyze/analyze-review.js";
import { OutletScaleLearner } from "../analyze/rating/index.js";
import { readReviewSources, type SourceOptions } from "../ingest/read-review-sources.js";
import type { Store } from "../store/db.js";
import { titleUntitledFilms } from "../store/film-linking.repository.js";
import { outletThresholds } from "../store/fresh-thresholds.repository.js";
import { stableId } from "../store/keys.js";
import { type AnalyzedReview, saveReviews } from "../store/reviews.repository.js";
import { refreshSourceStats } from "../store/source-stats.repository.js";

export interface ImportProgress {
  read: number;
  imported: number;
  duplicates: number;
  rejected: number;
}

export interface ImportSummary extends ImportProgress {
  id: string;
  /** Rejected rows and files, with where and why (the first 1,000). */
  rejects: Array<{ where: string; reason: string }>;
}

const BATCH = 500;
const KEPT_REJECTS = 1000;

/**
 * `cinemeter import`: reads reviews from files and folders, analyzes each, and stores them
 * in batches of 500, each batch one transaction. Outlet scales are learned from the whole
 * input first (a first, rating-only pass). Idempotent: the same input twice adds nothing,
 * and an interrupted import re-run ends with exactly the rows an uninterrupted one gives.
 */
export async function importReviews(
  store: Store,
  paths: readonly string[],
  options: SourceOptions,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportSummary> {
  const learner = new OutletScaleLearner();
  for await (const item of readReviewSources(paths, options)) {
    if ("input" in item) learner.add(item.input.outlet, item.input.rating);
  }
  const scales = learner.scales();
  const freshThresholds = await outletThresholds(store);

  const now = new Date().toISOString();
  const id = stableId("i", paths.join("\u0000"), now);
  await store.db
    .insertInto("imports")
    .values({
      id,
      source: paths.join(", "),
      started_at: now,
      finished_at: null,
      imported: 0,
      duplicates: 0,
      rejected: 0,
      rejects: "[]",
    })
    .execute();

  const summary: ImportSummary = {
    id,
    read: 0,
    imported: 0,
    duplicates: 0,
    rejected: 0,
    rejects: [],
  };
  let batch: AnalyzedReview[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const saved = await saveReviews(store, batch, id);
    summary.imported += saved.imported;
    summary.duplicates += saved.duplicates;
    batch = [];
    await store.db
      .updateTable("imports")
      .set({
        imported: summary.imported,
        duplicates: summary.duplicates,
        rejected: summary.rejected,
        progress: summary.read,
      })
      .where("id", "=", id)
      .execute();
    onProgress({ ...summary });
  };
  for await (const item of readReviewSources(paths, options)) {
    summary.read++;
    if ("error" in item) {
      summary.rejected++;
      if (summary.rejects.length < KEPT_REJECTS)
        summary.rejects.push({ where: item.where, reason: item.error });
      continue;
    }
    batch.push({
      input: item.input,
      analysis: analyzeReview(item.input, { scales, freshThresholds }),
    });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  // Critics and outlets stand against the films' consensus as it is now.
  for (const [kind, column] of [
    ["critic", "critic_id"],
    ["outlet", "outlet_id"],
  ] as const) {
    const ids = await store.db
      .selectFrom("reviews")
      .select(column)
      .distinct()
      .where("import_id", "=", id)
      .execute();
    await refreshSourceStats(
      store,
      kind,
      ids.flatMap((r) => (r[column] ? [r[column] as string] : [])),
    );
  }
  // Films known only by a source id take the title their reviews name most often.
  const touched = await store.db
    .selectFrom("reviews")
    .select("film_id")
    .distinct()
    .where("import_id", "=", id)
    .execute();
  await titleUntitledFilms(
    store.db,
    touched.flatMap((r) => (r.film_id ? [r.film_id] : [])),
  );
  await store.db
    .updateTable("imports")
    .set({
      finished_at: new Date().toISOString(),
      imported: summary.imported,
      duplicates: summary.duplicates,
      rejected: summary.rejected,
      rejects: JSON.stringify(summary.rejects),
      progress: summary.read,
    })
    .where("id", "=", id)
    .execute();
  onProgress({ ...summary });
  return summary;
}
