import { pollFeeds } from "../commands/poll-feeds.js";
import { refreshReaderFeeds } from "../commands/reader-ratings.js";
import type { FeedRefresh } from "../commands/refresh-feed.js";
import { DEFAULT_FEED_POLICY, type FeedPolicy } from "../domain/feed-policy.js";
import type { HttpClient } from "../ingest/fetch/http-client.js";
import type { Store } from "../store/db.js";
import { repeat } from "./repeat.js";

/**
 * The embedded default of `cinemeter serve`: due feeds polled in this process now and then
 * every `intervalMs`, one round at a time (a bounded pool: POLL_CONCURRENCY hosts at once),
 * then the readers' Letterboxd feeds that are due (each once per feed interval). `stop`
 * waits for the round in progress.
 */
export function startPolling(
  store: Store,
  client: HttpClient,
  onRefresh: (refresh: FeedRefresh) => void,
  options: { policy?: FeedPolicy; intervalMs?: number } = {},
): { stop: () => Promise<void> } {
  // A round that fails (the store closing) is tried again next time.
  const policy = options.policy ?? DEFAULT_FEED_POLICY;
  return repeat(async () => {
    await pollFeeds(store, client, new Date(), onRefresh, policy);
    await refreshReaderFeeds(store, client, {
      intervalMs: policy.intervalMs,
      spacingMs: policy.hostSpacingMs,
    });
  }, options.intervalMs ?? 60_000);
}
