/**
 * How politely and how persistently feeds are followed. One policy for the in-process poller
 * and for `cinemeter worker`; the defaults suit a public deployment, the environment can tune
 * them (see config.ts).
 */
export interface FeedPolicy {
  /** How often a healthy feed is fetched. */
  intervalMs: number;
  /** The first wait after a failure; it doubles with each failure in a row, up to a day. */
  backoffMs: number;
  /** After this many failures in a row a feed is parked: no longer fetched until resumed. */
  maxFailures: number;
  /** The least time between two requests to one host, from any process. */
  hostSpacingMs: number;
  /** How long a claim on a feed (and its host) lasts without renewal: a crashed worker's
   * feed is polled again by another once its lease runs out. */
  leaseMs: number;
}

export const DEFAULT_FEED_POLICY: FeedPolicy = {
  intervalMs: 60 * 60 * 1000,
  backoffMs: 5 * 60 * 1000,
  maxFailures: 10,
  hostSpacingMs: 1000,
  leaseMs: 60 * 1000,
};

const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;

/** When a feed is next due after `failures` failures in a row (0: the normal interval). */
export function nextFetchAt(now: Date, failures: number, policy = DEFAULT_FEED_POLICY): string {
  const wait =
    failures === 0
      ? policy.intervalMs
      : Math.min(MAX_BACKOFF_MS, policy.backoffMs * 2 ** (failures - 1));
  return new Date(now.getTime() + wait).toISOString();
}

/** Whether a feed that failed `failures` times in a row is parked. */
export function isParked(failures: number, policy = DEFAULT_FEED_POLICY): boolean {
  return failures >= policy.maxFailures;
}

/** The host a feed's requests go to (its politeness unit); the URL itself if unparsable. */
export function feedHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
