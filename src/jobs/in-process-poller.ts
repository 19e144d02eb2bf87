import { pollFeeds } from "../commands/poll-feeds.js";
import type { FeedRefresh } from "../commands/refresh-feed.js";
import type { DEFAULT_FEED_POLICY } from "../domain/feed-policy.js";
import type { HttpClient } from "../ingest/fetch/http-client.js";
import type { Store } from "../store/db.js";

/**
 * The embedded default of `cinemeter serve`: due feeds polled in this process now and then
 * every `intervalMs`, one round at a time (a bounded pool: POLL_CONCURRENCY hosts at once).
 * `stop` waits for the round in progress.
 */
export function startPolling(
  store: Store,
  client: HttpClient,
  onRefresh: (refresh: FeedRefresh) => void,
  options: { policy?: typeof DEFAULT_FEED_POLICY; intervalMs?: number } = {},
): { stop: () => Promise<void> } {
  const intervalMs = options.intervalMs ?? 60_000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<unknown> = Promise.resolve();
  const tick = () => {
    round = pollFeeds(store, client, new Date(), onRefresh, options.policy)
      .catch(() => {}) // a round that fails (the store closing) is retried next time
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
