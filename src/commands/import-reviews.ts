import { analyzeForStore } from "../analyze/analyze-review.js";
import { OutletScaleLearner } from "../analyze/rating/index.js";
import { refuseOtherFiles } from "../ingest/file-kind.js";
import { readReviewSources, type SourceOptions } from "../ingest/read-review-sources.js";
import type { Store } from "../store/db.js";
import { outletThresholds } from "../store/fresh-thresholds.repository.js";
import { stableId } from "../store/keys.js";
import type { AnalyzedReview } from "../store/reviews.repository.js";
import { refreshSourceStats } from "../store/source-stats.repository.js";
import { importSourceFacts, movieInfoBeside } from "./import-source-facts.js";
import { linkFilms } from "./link-films.js";
import { storeAnalyzedReviews } from "./link-reviews.js";

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
  options: SourceOptions & { maxTextChars?: number },
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportSummary> {
  const { maxTextChars } = options;
  await refuseOtherFiles(paths, options.preset);
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
  let batch: Array<AnalyzedReview & { where: string }> = [];
  // What this import read, stored now or before (a re-run after a crash finds its rows
  // stored): the films, critics and outlets whose titles and standing it decides.
  const touched = {
    film_id: new Set<string>(),
    critic_id: new Set<string>(),
    outlet_id: new Set<string>(),
  };
  const reject = (where: string, reason: string) => {
    summary.rejected++;
    if (summary.rejects.length < KEPT_REJECTS) summary.rejects.push({ where, reason });
  };
  // rt-reviews' film facts beside its reviews: read before them, so linking can use them;
  // a row it cannot read is rejected like a review's.
  if (options.preset === "rt")
    for (const path of new Set(paths.map(movieInfoBeside)))
      if (path)
        for (const r of (await importSourceFacts(store, path)).rejects) reject(r.where, r.reason);
  const flush = async () => {
    if (batch.length === 0) return;
    const ids = await saveBatch(store, batch, id, reject, summary);
    for (let i = 0; i < ids.length; i += BATCH) {
      const rows = await store.db
        .selectFrom("reviews")
        .select(["film_id", "critic_id", "outlet_id"])
        .where("id", "in", ids.slice(i, i + BATCH))
        .execute();
      for (const row of rows)
        for (const column of ["film_id", "critic_id", "outlet_id"] as const) {
          const value = row[column];
          if (value) touched[column].add(value);
        }
    }
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
      reject(item.where, item.error);
      continue;
    }
    batch.push({
      ...analyzeForStore(item.input, { scales, freshThresholds, maxTextChars }),
      where: item.where,
    });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  // Critics and outlets stand against the films' consensus as it is now.
  await refreshSourceStats(store, "critic", [...touched.critic_id]);
  await refreshSourceStats(store, "outlet", [...touched.outlet_id]);
  // Films known only by a source's id, or held under a title: linked where the evidence is clear.
  await linkFilms(store, [...touched.film_id]);
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

/**
 * Stores a batch in one transaction; when the store refuses it, each review is stored alone,
 * so the one it cannot hold is rejected with its file and line and the others are kept.
 * Returns the ids of the reviews stored now or before.
 */
async function saveBatch(
  store: Store,
  batch: Array<AnalyzedReview & { where: string }>,
  importId: string,
  reject: (where: string, reason: string) => void,
  summary: ImportProgress,
): Promise<string[]> {
  try {
    const saved = await storeAnalyzedReviews(store, batch, importId);
    summary.imported += saved.imported;
    summary.duplicates += saved.duplicates;
    return saved.ids;
  } catch {
    const ids: string[] = [];
    for (const review of batch) {
      try {
        const saved = await storeAnalyzedReviews(store, [review], importId);
        summary.imported += saved.imported;
        summary.duplicates += saved.duplicates;
        ids.push(...saved.ids);
      } catch (error) {
        reject(review.where, `the store refused it: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    return ids;
  }
}
