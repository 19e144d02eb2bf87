import { makeWorkerUtils, type Task, type WorkerUtils } from "graphile-worker";
import pg from "pg";
import { analyzeForStore } from "../analyze/analyze-review.js";
import type { OutletScale } from "../analyze/rating/index.js";
import {
  beginImport,
  finishImport,
  type ImportProgress,
  type ImportSummary,
  importFactsBeside,
  KEPT_REJECTS,
  learnScales,
  newTouched,
  rejectInto,
  setHeldApart,
  storeBatch,
  type Touched,
  touchStored,
} from "../commands/import-reviews.js";
import type { Config } from "../config.js";
import { outletKey } from "../domain/outlet.js";
import type { ReviewInput } from "../domain/review.js";
import { errors } from "../errors.js";
import { refuseOtherFiles } from "../ingest/file-kind.js";
import { readReviewSources, type SourceOptions } from "../ingest/read-review-sources.js";
import { type Store, withMigrationLock } from "../store/db.js";
import { outletThresholds } from "../store/fresh-thresholds.repository.js";
import {
  chunkOutcomes,
  chunkProgress,
  claimChunk,
  finishChunk,
  renewChunk,
  saveChunk,
  unheldChunks,
} from "../store/import-chunks.repository.js";
import type { AnalyzedReview } from "../store/reviews.repository.js";
import { queueJobs } from "./queue-jobs.js";
import { repeat } from "./repeat.js";

/** The graphile-worker task that stores one chunk of an import; its payload is `{ importId, chunk }`. */
export const IMPORT_CHUNK_TASK = "import-chunk";
export const NEEDS_POSTGRES_FOR_JOBS =
  "import --jobs needs PostgreSQL (set DATABASE_URL) and `cinemeter worker` running beside it; on the embedded SQLite store, import without --jobs";

/** Rows per chunk: a few seconds of one worker's time. */
export const CHUNK_ROWS = 5_000;
/** Reviews analyzed, then stored in one transaction, within a chunk. */
const BATCH = 500;

/** How often the importing command looks at the chunks: progress, and chunks to queue again. */
const WATCH_MS = 1_000;
const REQUEUE_MS = 5_000;
/**
 * When no worker has held a chunk for this long while chunks wait — none has taken one yet, or
 * the workers died — the importing command says so, once each time it happens.
 */
const NO_WORKER_NOTICE_MS = 10_000;

/** What a chunk holds: its rows as read, and the outlet scales learned from the whole input. */
interface ChunkWork {
  items: Array<{ input: ReviewInput; where: string } | { error: string; where: string }>;
  scales: Array<[string, OutletScale]>;
  maxTextChars?: number;
}

/** An import's progress, with its chunks: how many, and how many stored. */
export type JobsProgress = ImportProgress & { chunks: number; chunksDone: number };

/** What a stored chunk touched, as JSON. */
type TouchedJson = Record<keyof Touched, string[]>;

const jobKey = (importId: string, chunk: number) => `import:${importId}:${chunk}`;

/**
 * The task that stores one chunk: it takes the chunk's lease for `leaseMs` (or returns when the chunk is
 * stored already or another worker holds it), renews it while it works, analyzes and stores
 * the rows in batches — reviews stored before are found as duplicates, so a chunk run again
 * after a kill stores nothing twice — and marks the chunk stored with its rejects.
 */
export function importChunkTask(store: Store, leaseMs: number): Task {
  return async (payload) => {
    const { importId, chunk } = payload as { importId?: unknown; chunk?: unknown };
    if (typeof importId !== "string" || typeof chunk !== "number")
      throw new Error("an import-chunk job without its importId and chunk");
    const claimed = await claimChunk(store, importId, chunk, leaseMs);
    if (!claimed) return;
    const work = claimed.work as ChunkWork;
    // Renewed four times a lease: a worker alive keeps its chunk; a killed one loses it soon.
    const renewal = repeat(
      () => renewChunk(store, importId, chunk, leaseMs),
      leaseMs / 4,
      () => {},
    );
    try {
      // The thresholds of the chunk's own outlets (not of every outlet stored).
      const freshThresholds = await outletThresholds(
        store,
        work.items.flatMap((item) => ("input" in item ? [item.input] : [])),
      );
      const context = {
        scales: new Map(work.scales),
        freshThresholds,
        ...(work.maxTextChars ? { maxTextChars: work.maxTextChars } : {}),
      };
      const summary: ImportSummary = {
        id: importId,
        read: 0,
        imported: 0,
        duplicates: 0,
        rejected: 0,
        rejects: [],
      };
      const reject = rejectInto(summary);
      const touched = newTouched();
      // (A chunk run again after its worker died reads only the rows it had not stored; on
      // its first run it has stored none: what another import stored, storing finds.)
      const rows = work.items.flatMap((item) => {
        if ("error" in item) reject(item.where, item.error);
        return "input" in item ? [item] : [];
      });
      const { toRead, held } =
        claimed.attempts > 1
          ? await setHeldApart(store, rows, work.maxTextChars)
          : { toRead: rows, held: [] };
      await touchStored(store, held, touched);
      let batch: Array<AnalyzedReview & { where: string }> = [];
      for (const item of toRead) {
        batch.push({ ...analyzeForStore(item.input, context), where: item.where });
        if (batch.length >= BATCH) {
          await storeBatch(store, batch, importId, reject, summary, touched);
          batch = [];
        }
      }
      await storeBatch(store, batch, importId, reject, summary, touched);
      await finishChunk(store, importId, chunk, {
        imported: summary.imported,
        rejected: summary.rejected,
        rejects: summary.rejects,
        touched: Object.fromEntries(
          Object.entries(touched).map(([k, v]) => [k, [...v]]),
        ) as TouchedJson,
      });
    } finally {
      await renewal.stop();
    }
  };
}

/**
 * `cinemeter import --jobs`: reads the input once to learn the outlets' scales, then again to
 * cut it into chunks of CHUNK_ROWS rows stored in the database, queues one graphile-worker job
 * per chunk for the running `cinemeter worker`s, and watches them: progress as chunks are
 * stored, and a chunk whose worker died (its lease ran out) queued again. Once every chunk is
 * stored, it refreshes the standing of what the import touched and links its films, as an
 * import without workers does.
 */
export async function importWithJobs(
  store: Store,
  config: Config,
  paths: readonly string[],
  options: SourceOptions & { maxTextChars?: number },
  onProgress: (progress: JobsProgress) => void = () => {},
  onNotice: (message: string) => void = () => {},
): Promise<ImportSummary> {
  if (store.dialect !== "postgres" || !config.databaseUrl)
    throw errors.usage(NEEDS_POSTGRES_FOR_JOBS);
  await refuseOtherFiles(paths, options.preset);
  const scales = await learnScales(paths, options);
  const summary = await beginImport(store, paths);
  await importFactsBeside(store, paths, options, rejectInto(summary));

  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2 });
  // A lost connection fails the next query, which says so; the pool itself must not throw.
  pool.on("error", () => {});
  pool.on("connect", (client) => client.on("error", () => {}));
  const utils = await withMigrationLock(config.databaseUrl, () =>
    makeWorkerUtils({ pgPool: pool, schema: config.workerSchema }),
  );
  try {
    let chunk = 0;
    let items: ChunkWork["items"] = [];
    const queueChunk = async () => {
      if (items.length === 0) return;
      const outlets = new Set(
        items.flatMap((i) => ("input" in i && i.input.outlet ? [outletKey(i.input.outlet)] : [])),
      );
      const work: ChunkWork = {
        items,
        scales: [...scales].filter(([key]) => outlets.has(key)),
        ...(options.maxTextChars ? { maxTextChars: options.maxTextChars } : {}),
      };
      await saveChunk(store, summary.id, chunk, items.length, work);
      await queue(utils, summary.id, [chunk]);
      chunk++;
      items = [];
    };
    for await (const item of readReviewSources(paths, options)) {
      items.push(item);
      if (items.length >= CHUNK_ROWS) await queueChunk();
    }
    await queueChunk();
    await watch(store, utils, summary.id, summary.rejected, onProgress, onNotice);
  } finally {
    await utils.release();
    await pool.end();
  }
  const progress = await chunkProgress(store, summary.id);
  summary.read = progress.read;
  summary.rejected += progress.rejected;
  const touched = newTouched();
  for (const outcome of await chunkOutcomes(store, summary.id)) {
    for (const r of outcome.rejects)
      if (summary.rejects.length < KEPT_REJECTS) summary.rejects.push(r);
    for (const [column, ids] of Object.entries((outcome.touched ?? {}) as TouchedJson))
      for (const id of ids) touched[column as keyof Touched].add(id);
  }
  // Every review of this import was stored once, by whichever attempt at its chunk.
  const stored = await store.db
    .selectFrom("reviews")
    .select((eb) => eb.fn.countAll<number | string>().as("n"))
    .where("import_id", "=", summary.id)
    .executeTakeFirstOrThrow();
  summary.imported = Number(stored.n);
  summary.duplicates = summary.read - summary.imported - summary.rejected;
  await finishImport(store, summary, touched);
  return summary;
}

/** What the importing command says when no worker has held a chunk for NO_WORKER_NOTICE_MS. */
function idleNotice(progress: { chunks: number; done: number; taken: number }): string {
  const seconds = NO_WORKER_NOTICE_MS / 1000;
  return progress.taken === 0
    ? `no worker has taken a chunk in ${seconds} s: is \`cinemeter worker\` running on this database (jobs in its schema)? The chunks wait for one.`
    : `no worker has held a chunk in ${seconds} s, with ${progress.done} of ${progress.chunks} stored: are the \`cinemeter worker\`s still running? The other chunks wait for one.`;
}

async function queue(utils: WorkerUtils, importId: string, chunks: number[]): Promise<void> {
  await queueJobs(
    utils,
    chunks.map((chunk) => ({
      identifier: IMPORT_CHUNK_TASK,
      payload: { importId, chunk },
      jobKey: jobKey(importId, chunk),
    })),
  );
}

/** Waits until every chunk is stored, reporting progress and queuing unheld chunks again. */
async function watch(
  store: Store,
  utils: WorkerUtils,
  importId: string,
  rejectedBefore: number,
  onProgress: (progress: JobsProgress) => void,
  onNotice: (message: string) => void,
): Promise<void> {
  const started = Date.now();
  let lastQueued = started;
  // Since when no worker has held a chunk nor stored one; whether that was said.
  let idleSince = started;
  let doneBefore = 0;
  let noticed = false;
  for (;;) {
    const progress = await chunkProgress(store, importId);
    if (progress.held > 0 || progress.done > doneBefore) {
      idleSince = Date.now();
      doneBefore = progress.done;
      noticed = false;
    }
    if (!noticed && Date.now() - idleSince >= NO_WORKER_NOTICE_MS) {
      onNotice(idleNotice(progress));
      noticed = true;
    }
    const rejected = rejectedBefore + progress.rejected;
    onProgress({
      read: progress.doneRead,
      imported: progress.imported,
      duplicates: Math.max(0, progress.doneRead - progress.imported - progress.rejected),
      rejected,
      chunks: progress.chunks,
      chunksDone: progress.done,
    });
    if (progress.done === progress.chunks) return;
    if (Date.now() - lastQueued >= REQUEUE_MS) {
      // Queued jobs are rewritten in place; a job a dead worker still holds is left, and a
      // new one made for its chunk.
      await queue(utils, importId, await unheldChunks(store, importId));
      lastQueued = Date.now();
    }
    await new Promise((resolve) => setTimeout(resolve, WATCH_MS));
  }
}
