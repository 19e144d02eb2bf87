import { Logger, makeWorkerUtils, run, type Task } from "graphile-worker";
import pg from "pg";
import { pollFeed } from "../commands/poll-feeds.js";
import { refreshReaderFeed } from "../commands/reader-ratings.js";
import type { FeedRefresh } from "../commands/refresh-feed.js";
import type { Config } from "../config.js";
import { errors } from "../errors.js";
import type { HttpClient } from "../ingest/fetch/http-client.js";
import { type Store, withMigrationLock } from "../store/db.js";
import { dueFeeds } from "../store/feeds.repository.js";
import { readersWithFeedsDue } from "../store/reader-accounts.repository.js";
import { IMPORT_CHUNK_TASK, importChunkTask } from "./import-jobs.js";
import { queueJobs } from "./queue-jobs.js";
import { repeat } from "./repeat.js";

/** The graphile-worker task that polls one feed; its payload is `{ feedId, waits? }`. */
export const POLL_FEED_TASK = "poll-feed";
/**
 * A job that throws — which `pollFeed` does only when the store cannot even record a failure —
 * is tried this many times with graphile-worker's growing delays, then kept with its error
 * and not run again (a feed's own failures are counted on the feed, which is parked after
 * `maxFailures` of them).
 */
export const MAX_JOB_ATTEMPTS = 5;
export const NEEDS_POSTGRES =
  "cinemeter worker needs PostgreSQL (set DATABASE_URL); on the embedded SQLite store `cinemeter serve` polls feeds in process";

/** Feeds scheduled per pass at most (the longest waiting first). */
const SCHEDULE_BATCH = 1000;

export interface FeedWorkerOptions {
  /** Jobs this process runs at once. */
  concurrency: number;
  /** How often this process looks for due feeds to queue. */
  scheduleEveryMs: number;
  onRefresh(refresh: FeedRefresh): void;
  onError(message: string): void;
}

/** One job per feed: queuing a feed twice keeps one job. */
const jobKey = (feedId: string) => `feed:${feedId}`;

/**
 * The task that reads a reader's Letterboxd feed again; its payload is
 * `{ readerId, letterboxdFeed }`, its job key `reader-feed:<readerId>`.
 */
export const READER_FEED_TASK = "reader-feed";

/**
 * `cinemeter worker`: polls feeds through graphile-worker jobs on PostgreSQL, beside any number
 * of other workers on any machines, stores the chunks of `cinemeter import --jobs`
 * (jobs/import-jobs.ts), and reads readers' Letterboxd feeds again once per feed interval. Every worker queues the due feeds every `scheduleEveryMs`
 * (one job per feed by its job key, so queuing twice is harmless) and runs jobs; each job goes
 * through `pollFeed`'s leases, so a feed is polled by one worker at a time and a host asked by
 * one at a time, spaced. A worker killed mid-poll stops renewing its lease: once it runs out the
 * feed is due and unleased again, and the next pass of any worker queues it anew (graphile-worker
 * would hold the dead worker's job for four hours). `stop` finishes the jobs in progress.
 */
export async function startFeedWorker(
  store: Store,
  config: Config,
  client: HttpClient,
  options: FeedWorkerOptions,
): Promise<{ stop: () => Promise<void> }> {
  if (store.dialect !== "postgres" || !config.databaseUrl) throw errors.usage(NEEDS_POSTGRES);
  const pool = new pg.Pool({ connectionString: config.databaseUrl, max: options.concurrency + 2 });
  const connectionLost = (error: Error) => options.onError(`database connection: ${error.message}`);
  pool.on("error", connectionLost);
  pool.on("connect", (client) => client.on("error", connectionLost));
  const logger = new Logger(() => (level, message) => {
    if (String(level) === "error" || String(level) === "warning") options.onError(message);
  });
  const shared = { pgPool: pool, schema: config.workerSchema, logger };
  // Installing or updating graphile-worker's schema (making its utilities does) is done under
  // the lock that every Cinemeter process changes schemas under.
  const utils = await withMigrationLock(config.databaseUrl, () => makeWorkerUtils(shared));

  const pollFeedTask: Task = async (payload, helpers) => {
    const { feedId, waits = 0 } = payload as { feedId?: unknown; waits?: number };
    if (typeof feedId !== "string") throw new Error("a poll-feed job without a feedId");
    const outcome = await pollFeed(store, client, feedId, { policy: config.feeds });
    if (outcome.kind === "polled") options.onRefresh(outcome.refresh);
    if (outcome.kind === "host busy") {
      // Jobs waiting on one host spread out (more each time they wait in a row; a scheduling
      // pass, which rewrites a queued job, starts the count again) instead of all waking at the
      // moment it is free.
      const spread =
        Math.random() * Math.max(config.feeds.hostSpacingMs, 1000) * 2 ** Math.min(waits, 6);
      await helpers.addJob(
        POLL_FEED_TASK,
        { feedId, waits: waits + 1 },
        {
          jobKey: jobKey(feedId),
          runAt: new Date(Date.parse(outcome.retryAt) + spread),
          maxAttempts: MAX_JOB_ATTEMPTS,
        },
      );
    }
  };
  const runner = await run({
    ...shared,
    concurrency: options.concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    taskList: {
      [POLL_FEED_TASK]: pollFeedTask,
      [IMPORT_CHUNK_TASK]: importChunkTask(store, config.importLeaseMs),
      [READER_FEED_TASK]: async (payload) => {
        const { readerId, letterboxdFeed } = payload as {
          readerId?: unknown;
          letterboxdFeed?: unknown;
        };
        if (typeof readerId !== "string" || typeof letterboxdFeed !== "string")
          throw new Error("a reader-feed job without a readerId and letterboxdFeed");
        await refreshReaderFeed(
          store,
          client,
          { id: readerId, letterboxdFeed },
          new Date(),
          (id, error) => options.onError(`reader ${id}'s Letterboxd feed: ${error}`),
        );
      },
    },
  });

  const schedule = async () => {
    const now = new Date();
    const due = await dueFeeds(store, now.toISOString(), SCHEDULE_BATCH);
    // Readers' Letterboxd feeds, each once per feed interval: a reader's job runs once at a
    // time by its key, and reading a feed twice stores its ratings once (they are keyed).
    const readers = await readersWithFeedsDue(
      store.db,
      new Date(now.getTime() - config.feeds.intervalMs).toISOString(),
      SCHEDULE_BATCH,
    );
    if (due.length === 0 && readers.length === 0) return;
    await queueJobs(
      utils,
      [
        ...due.map((feed) => ({
          identifier: POLL_FEED_TASK,
          payload: { feedId: feed.id },
          jobKey: jobKey(feed.id),
          maxAttempts: MAX_JOB_ATTEMPTS,
        })),
        ...readers.map((reader) => ({
          identifier: READER_FEED_TASK,
          payload: { readerId: reader.id, letterboxdFeed: reader.letterboxdFeed },
          jobKey: `reader-feed:${reader.id}`,
          maxAttempts: MAX_JOB_ATTEMPTS,
        })),
      ],
      true, // a job already queued keeps its time
    );
  };
  const scheduler = repeat(schedule, options.scheduleEveryMs, (error) =>
    options.onError(`queuing due feeds: ${error.message}`),
  );

  return {
    stop: async () => {
      await scheduler.stop();
      await runner.stop();
      await utils.release();
      await pool.end();
    },
  };
}
