import type { HttpClient } from "../ingest/fetch/http-client.js";
import type { Store } from "../store/db.js";
import { dueFeeds, type FeedSubscription } from "../store/feeds.repository.js";
import { type FeedRefresh, refreshFeed } from "./refresh-feed.js";

/** Hosts fetched at the same time; each host gets one request at a time. */
export const POLL_CONCURRENCY = 4;
/** The least time between two feeds fetched from one host, in ms. */
export const HOST_SPACING_MS = 1000;

/**
 * Polls every feed that is due: at most POLL_CONCURRENCY hosts at a time, one feed per host
 * at a time and `hostSpacingMs` between two of one host's feeds (a site with many feeds is not
 * hammered). Returns each feed's outcome.
 */
export async function pollFeeds(
  store: Store,
  client: HttpClient,
  now = new Date(),
  onRefresh: (refresh: FeedRefresh) => void = () => {},
  hostSpacingMs = HOST_SPACING_MS,
): Promise<FeedRefresh[]> {
  const due = await dueFeeds(store, now.toISOString(), 10_000);
  const byHost = new Map<string, FeedSubscription[]>();
  for (const feed of due) {
    const host = hostOf(feed.url);
    byHost.set(host, [...(byHost.get(host) ?? []), feed]);
  }
  const queues = [...byHost.values()];
  const results: FeedRefresh[] = [];
  const worker = async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const [i, feed] of queue.entries()) {
        if (i > 0 && hostSpacingMs > 0) await new Promise((r) => setTimeout(r, hostSpacingMs));
        const refresh = await refreshFeed(store, client, feed, now);
        results.push(refresh);
        onRefresh(refresh);
      }
    }
  };
  await Promise.all(Array.from({ length: POLL_CONCURRENCY }, worker));
  return results;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/**
 * Polls due feeds now and then every `intervalMs` in the background (the embedded default of
 * `cinemeter serve`), one round at a time; `stop` waits for the round in progress.
 */
export function startPolling(
  store: Store,
  client: HttpClient,
  onRefresh: (refresh: FeedRefresh) => void,
  intervalMs = 60_000,
): { stop: () => Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<unknown> = Promise.resolve();
  const tick = () => {
    round = pollFeeds(store, client, new Date(), onRefresh)
      .catch(() => {}) // a round that fails (the store closing) is retried next minute
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  tick();
  return {
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await round;
    },
  };
}
