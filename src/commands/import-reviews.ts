import { analyzeForStore, filmNamedBySource } from "../analyze/analyze-review.js";
import { OutletScaleLearner, type OutletScales } from "../analyze/rating/index.js";
import { boundReviewInput, type ReviewInput } from "../domain/review.js";
import { refuseOtherFiles } from "../ingest/file-kind.js";
import { readReviewSources, type SourceOptions } from "../ingest/read-review-sources.js";
import { type Store, tidyAfterImport } from "../store/db.js";
import { outletThresholds } from "../store/fresh-thresholds.repository.js";
import { criticId, stableId } from "../store/keys.js";
import { type AnalyzedReview, heldAlready, reviewIdentity } from "../store/reviews.repository.js";
import { refreshStanding, standingBudgetFor } from "../store/source-stats.repository.js";
import { importSourceFacts, movieInfoBeside } from "./import-source-facts.js";
import { linkFilms } from "./link-films.js";
import { filmKey, storeAnalyzedReviews } from "./link-reviews.js";
import { reanalyzeReviews } from "./reanalyze-reviews.js";

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

/**
 * Reviews analyzed, then stored in one transaction. Each batch writes every index page it
 * touches once, and a review's indexes are keyed at random (its id, its film …), so bigger
 * batches write less per review: on SQLite, 200,000 reviews wrote 49.9 KiB a review in
 * batches of 500, 24.9 KiB in batches of 2,000 and 9.7 KiB in batches of 10,000
 * (docs/PERFORMANCE.md).
 */
const BATCH = 10_000;
/** Ids per IN list. */
const ID_CHUNK = 500;
/** Rejected rows kept with where and why; the rest are counted. */
export const KEPT_REJECTS = 1000;

/**
 * The films, critics and outlets an import's rows name: whose titles and standing it decides;
 * and the reviews it filed by id under a film titled otherwise than they were read with.
 */
export interface Touched {
  film_id: Set<string>;
  critic_id: Set<string>;
  outlet_id: Set<string>;
  read_again: Set<string>;
}

export const newTouched = (): Touched => ({
  film_id: new Set(),
  critic_id: new Set(),
  outlet_id: new Set(),
  read_again: new Set(),
});

/** Outlet scales learned from the whole input (a first, rating-only pass). */
export async function learnScales(
  paths: readonly string[],
  options: SourceOptions,
): Promise<OutletScales> {
  const learner = new OutletScaleLearner();
  for await (const item of readReviewSources(paths, options)) {
    if ("input" in item) learner.add(item.input.outlet, item.input.rating);
  }
  return learner.scales();
}

/** Records an import as started; returns its summary so far (its id, nothing read). */
export async function beginImport(store: Store, paths: readonly string[]): Promise<ImportSummary> {
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
  return { id, read: 0, imported: 0, duplicates: 0, rejected: 0, rejects: [] };
}

/** Adds a rejected row to a summary (keeping the first 1,000 with where and why). */
export function rejectInto(summary: ImportSummary): (where: string, reason: string) => void {
  return (where, reason) => {
    summary.rejected++;
    if (summary.rejects.length < KEPT_REJECTS) summary.rejects.push({ where, reason });
  };
}

/** rt-reviews' film facts beside its reviews, read before them so linking can use them. */
export async function importFactsBeside(
  store: Store,
  paths: readonly string[],
  options: SourceOptions,
  reject: (where: string, reason: string) => void,
): Promise<void> {
  if (options.preset !== "rt") return;
  for (const path of new Set(paths.map(movieInfoBeside)))
    if (path)
      for (const r of (await importSourceFacts(store, path)).rejects) reject(r.where, r.reason);
}

/**
 * `cinemeter import`: reads reviews from files and folders, analyzes each, and stores them
 * in batches of BATCH, each batch one transaction. Outlet scales are learned from the whole
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
  const scales = await learnScales(paths, options);
  const summary = await beginImport(store, paths);
  const reject = rejectInto(summary);
  let batch: Array<{ input: ReviewInput; where: string }> = [];
  // What this import read, stored now or before (a re-run after a crash finds its rows
  // stored): the films, critics and outlets whose titles and standing it decides.
  const touched = newTouched();
  await importFactsBeside(store, paths, options, reject);
  // Rows stored before are looked for until a batch has none: an import stores its rows in
  // the file's order, so a re-run meets the ones it stored first, and a fresh import pays for
  // one batch's looking, not every batch's (storing still finds any duplicate after that).
  let lookForStored = true;
  const flush = async () => {
    if (batch.length === 0) return;
    const { toRead, held } = lookForStored
      ? await setHeldApart(store, batch, maxTextChars)
      : { toRead: batch, held: [] };
    if (held.length === 0) lookForStored = false;
    summary.duplicates += held.length;
    await touchStored(store, held, touched);
    // The thresholds of the batch's own outlets (not of every outlet stored).
    const freshThresholds = await outletThresholds(
      store,
      toRead.map((b) => b.input),
    );
    const analyzed = toRead.map(({ input, where }) => ({
      ...analyzeForStore(input, { scales, freshThresholds, maxTextChars }),
      where,
    }));
    await storeBatch(store, analyzed, summary.id, reject, summary, touched);
    batch = [];
    await store.db
      .updateTable("imports")
      .set({
        imported: summary.imported,
        duplicates: summary.duplicates,
        rejected: summary.rejected,
        progress: summary.read,
      })
      .where("id", "=", summary.id)
      .execute();
    onProgress({ ...summary });
  };
  for await (const item of readReviewSources(paths, options)) {
    summary.read++;
    if ("error" in item) {
      reject(item.where, item.error);
      continue;
    }
    batch.push({ input: item.input, where: item.where });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await finishImport(store, summary, touched);
  onProgress({ ...summary });
  return summary;
}

/**
 * After the last batch: the planner's statistics brought up to date where the import changed
 * much, critics and outlets stand against the films' consensus as it is now,
 * films known only by a source's id or held under a title are linked where the evidence is
 * clear, and the import is recorded as finished with its counts.
 */
export async function finishImport(
  store: Store,
  summary: ImportSummary,
  touched: Touched,
): Promise<void> {
  await tidyAfterImport(store);
  // Other sources of its films are corrected within five times what it stored (the rest wait).
  const moved = await refreshStanding(
    store,
    { critics: [...touched.critic_id], outlets: [...touched.outlet_id] },
    standingBudgetFor(summary.imported),
  );
  // Read again with the rest: those an outlet's moved line left to 60 or to their text.
  for (const id of moved) touched.read_again.add(id);
  await linkFilms(store, [...touched.film_id]);
  if (touched.read_again.size > 0)
    await reanalyzeReviews(store, { reviewIds: [...touched.read_again], examples: 0 });
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
    .where("id", "=", summary.id)
    .execute();
}

/**
 * Stores a batch of analyzed reviews (see saveBatch) and adds the films, critics and outlets
 * of every review it holds, stored now or before, to `touched`.
 */
export async function storeBatch(
  store: Store,
  batch: Array<AnalyzedReview & { where: string }>,
  importId: string,
  reject: (where: string, reason: string) => void,
  counts: ImportProgress,
  touched: Touched,
): Promise<void> {
  const { ids, readAgain } = await saveBatch(store, batch, importId, reject, counts);
  for (const id of readAgain) touched.read_again.add(id);
  await touchStored(store, ids, touched);
}

/**
 * A batch's rows apart from those the store holds already (heldAlready: the same review stored
 * by an earlier run, or one an admin deleted), which need not be read: a re-run after a crash,
 * or the same file again, reads only what is new. Returns the rows to read and the held ones'
 * ids. A row with no URL whose film only its text names is always read: who it is depends on
 * that film.
 */
export async function setHeldApart<Row extends { input: ReviewInput }>(
  store: Store,
  rows: readonly Row[],
  maxTextChars?: number,
): Promise<{ toRead: Row[]; held: string[] }> {
  const known = rows.flatMap((row, i) => {
    const { input } = boundReviewInput(row.input, maxTextChars);
    const film = filmNamedBySource(input);
    // (Without its film its words' key is not known, but its URL's id and words are.)
    if (film === null && !input.url) return [];
    const identity = reviewIdentity(input, film === null ? null : filmKey(film));
    return [
      {
        i,
        id: identity.id,
        textKey: film === null ? undefined : identity.textKey,
        atUrl:
          identity.urlKey === null
            ? null
            : {
                urlKey: identity.urlKey,
                text: identity.text,
                criticId: input.critic ? criticId(input.critic) : null,
              },
      },
    ];
  });
  if (known.length === 0) return { toRead: [...rows], held: [] };
  const stored = await heldAlready(store.db, known);
  const heldAt = new Map(
    known.flatMap((k, j) => {
      const id = stored[j];
      return id ? [[k.i, id] as const] : [];
    }),
  );
  return {
    toRead: rows.filter((_, i) => !heldAt.has(i)),
    held: [...heldAt.values()],
  };
}

/** Adds the films, critics and outlets of these stored reviews to `touched`. */
export async function touchStored(
  store: Store,
  ids: readonly string[],
  touched: Touched,
): Promise<void> {
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const rows = await store.db
      .selectFrom("reviews")
      .select(["film_id", "critic_id", "outlet_id"])
      .where("id", "in", ids.slice(i, i + ID_CHUNK))
      .execute();
    for (const row of rows)
      for (const column of ["film_id", "critic_id", "outlet_id"] as const) {
        const value = row[column];
        if (value) touched[column].add(value);
      }
  }
}

/**
 * Stores a batch in one transaction; when the store refuses it, each review is stored alone,
 * so the one it cannot hold is rejected with its file and line and the others are kept.
 * Returns the ids of the reviews stored now or before, and those to read again under their
 * film's title.
 */
async function saveBatch(
  store: Store,
  batch: Array<AnalyzedReview & { where: string }>,
  importId: string,
  reject: (where: string, reason: string) => void,
  summary: ImportProgress,
): Promise<{ ids: string[]; readAgain: string[] }> {
  try {
    const saved = await storeAnalyzedReviews(store, batch, importId);
    summary.imported += saved.imported;
    summary.duplicates += saved.duplicates;
    return saved;
  } catch {
    const ids: string[] = [];
    const readAgain: string[] = [];
    for (const review of batch) {
      try {
        const saved = await storeAnalyzedReviews(store, [review], importId);
        summary.imported += saved.imported;
        summary.duplicates += saved.duplicates;
        ids.push(...saved.ids);
        readAgain.push(...saved.readAgain);
      } catch (error) {
        reject(review.where, `the store refused it: ${(error as Error).message.split("\n")[0]}`);
      }
    }
    return { ids, readAgain };
  }
}
