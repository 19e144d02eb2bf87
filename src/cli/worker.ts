import { loadConfig } from "../config.js";
import { EXIT, errors } from "../errors.js";
import { DEFAULT_LIMITS, nodeHttpClient } from "../ingest/fetch/http-client.js";
import { NEEDS_POSTGRES, startFeedWorker } from "../jobs/feed-worker.js";
import { reportRefresh } from "./feeds.js";
import { type Io, untilStopped } from "./io.js";
import { withStore } from "./store-options.js";

/**
 * `cinemeter worker [--concurrency N] [--schedule-every S] [--json]`: polls feeds, and stores the
 * chunks of `cinemeter import --jobs`, beside any number of other workers on the PostgreSQL
 * store until SIGINT or SIGTERM, then finishes the jobs in progress and exits. Serve the site beside them with `cinemeter serve --role web`.
 */
export async function workerCommand(
  options: { concurrency?: string; scheduleEvery?: string; json?: boolean },
  io: Io,
): Promise<number> {
  const concurrency = Number(options.concurrency ?? 4);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 100)
    throw errors.usage(`--concurrency must be a whole number 1–100 (got "${options.concurrency}")`);
  const scheduleEvery = Number(options.scheduleEvery ?? 30);
  if (!Number.isFinite(scheduleEvery) || scheduleEvery < 0.1 || scheduleEvery > 3600)
    throw errors.usage(
      `--schedule-every must be 0.1–3600 seconds (got "${options.scheduleEvery}")`,
    );
  if (!loadConfig(process.env).databaseUrl) throw errors.usage(NEEDS_POSTGRES);
  await withStore({}, async (store, config) => {
    const worker = await startFeedWorker(
      store,
      config,
      nodeHttpClient({ ...DEFAULT_LIMITS, allowPrivate: config.allowPrivateFeeds }),
      {
        concurrency,
        scheduleEveryMs: scheduleEvery * 1000,
        onRefresh: reportRefresh(io, options.json),
        onError: (message) => io.stderr.write(`worker: ${message}\n`),
      },
    );
    io.stderr.write(
      `worker ${process.pid} polling feeds and storing import chunks (${concurrency} jobs at a time, in schema ${config.workerSchema}) — Ctrl-C stops it\n`,
    );
    await untilStopped();
    await worker.stop();
  });
  return EXIT.ok;
}
