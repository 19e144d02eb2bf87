import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { DEFAULT_FEED_POLICY, type FeedPolicy, feedHost } from "../domain/feed-policy.js";
import type { HttpClient } from "../ingest/fetch/http-client.js";
import type { Store } from "../store/db.js";
import {
  claimFeed,
  claimHost,
  dueFeeds,
  type FeedSubscription,
  releaseLeases,
  renewLeases,
} from "../store/feeds.repository.js";
import { type FeedRefresh, refreshFeed } from "./refresh-feed.js";

/** Hosts fetched at the same time by one process; each host gets one request at a time. */
export const POLL_CONCURRENCY = 4;

/** This process, as a lease holder: host, pid and a random part (pids are reused). */
export const PROCESS_OWNER = `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;

/** What became of one feed asked to be polled. */
export type PollOutcome =
  | { kind: "polled"; refresh: FeedRefresh }
  /** Not due, parked, removed, or being polled by another process. */
  | { kind: "skipped" }
  /** Its host is being fetched by another process, or was just asked: try after `retryAt`. */
  | { kind: "host busy"; retryAt: string };

/**
 * Polls one feed if this process can take it: the feed's lease (due, not parked, no one
 * else's) and then its host's (no one else fetching from it, the spacing since its last
 * request passed), both renewed while the feed is fetched and stored, and given up after —
 * the host then rests `policy.hostSpacingMs`. Whatever process calls it, in whatever number, a
 * feed is polled by one at a time and a host asked by one at a time.
 */
export async function pollFeed(
  store: Store,
  client: HttpClient,
  feedId: string,
  options: { owner?: string; policy?: FeedPolicy; clock?: () => Date } = {},
): Promise<PollOutcome> {
  const owner = options.owner ?? PROCESS_OWNER;
  const policy = options.policy ?? DEFAULT_FEED_POLICY;
  const clock = options.clock ?? (() => new Date());
  const leaseEnd = () => new Date(clock().getTime() + policy.leaseMs).toISOString();

  const feed = await claimFeed(store, feedId, owner, clock().toISOString(), leaseEnd());
  if (!feed) return { kind: "skipped" };
  const host = feedHost(feed.url);
  const busy = await claimHost(store, host, owner, clock().toISOString(), leaseEnd());
  if (busy) {
    await releaseLeases(store, { feedId, owner }, clock());
    // A fetch in progress ends when it ends (its lease only says when it is presumed dead):
    // ask again after the spacing, or a second.
    const retryAt = busy.fetching
      ? new Date(clock().getTime() + Math.max(policy.hostSpacingMs, 1000)).toISOString()
      : busy.freeAt;
    return { kind: "host busy", retryAt };
  }
  const lease = { feedId, host, owner };
  const renewal = setInterval(
    () => void renewLeases(store, lease, leaseEnd()).catch(() => {}),
    Math.max(100, Math.floor(policy.leaseMs / 3)),
  );
  try {
    return { kind: "polled", refresh: await refreshFeed(store, client, feed, clock(), policy) };
  } finally {
    clearInterval(renewal);
    await releaseLeases(store, lease, clock(), policy.hostSpacingMs);
  }
}

/**
 * Polls every feed that is due, in this process (the embedded default and `feeds poll`): at
 * most POLL_CONCURRENCY hosts at a time, one feed per host at a time and the policy's spacing
 * between two requests to one host, through `pollFeed`'s leases — so a round is safe beside
 * another process's. A feed another process holds, or whose host it is fetching, waits for the
 * next round. `now` is the round's start (tests move it); time then runs on from it.
 */
export async function pollFeeds(
  store: Store,
  client: HttpClient,
  now = new Date(),
  onRefresh: (refresh: FeedRefresh) => void = () => {},
  policy = DEFAULT_FEED_POLICY,
): Promise<FeedRefresh[]> {
  const started = Date.now();
  const clock = () => new Date(now.getTime() + (Date.now() - started));
  const due = await dueFeeds(store, now.toISOString(), 10_000);
  const byHost = new Map<string, FeedSubscription[]>();
  for (const feed of due) {
    const host = feedHost(feed.url);
    byHost.set(host, [...(byHost.get(host) ?? []), feed]);
  }
  const queues = [...byHost.values()];
  const results: FeedRefresh[] = [];
  const worker = async () => {
    for (let queue = queues.shift(); queue; queue = queues.shift()) {
      for (const feed of queue) {
        const outcome = await pollSpaced(store, client, feed.id, policy, clock);
        if (outcome.kind !== "polled") continue;
        results.push(outcome.refresh);
        onRefresh(outcome.refresh);
      }
    }
  };
  await Promise.all(Array.from({ length: POLL_CONCURRENCY }, worker));
  return results;
}

/**
 * `pollFeed`, waiting out the host's spacing after its last request (this process's or
 * another's); a host another process is fetching from is left for the next round.
 */
async function pollSpaced(
  store: Store,
  client: HttpClient,
  feedId: string,
  policy: FeedPolicy,
  clock: () => Date,
): Promise<PollOutcome> {
  for (let tries = 0; ; tries++) {
    const outcome = await pollFeed(store, client, feedId, { policy, clock });
    if (outcome.kind !== "host busy" || tries === 3) return outcome;
    const wait = Date.parse(outcome.retryAt) - clock().getTime();
    if (wait > policy.hostSpacingMs + 1000) return outcome;
    await new Promise((r) => setTimeout(r, Math.max(1, wait)));
  }
}
