import type { Store } from "./db.js";
import { stableId } from "./keys.js";
import type { FeedsTable } from "./schema.js";

/** A subscription as the CLI, the API and the feeds page show it. */
export interface FeedSubscription {
  id: string;
  url: string;
  outlet: string | null;
  critic: string | null;
  title: string | null;
  etag: string | null;
  lastModified: string | null;
  lastFetchedAt: string | null;
  lastStatus: string | null;
  lastError: string | null;
  itemCount: number;
  failures: number;
  nextFetchAt: string;
  /** Parked after too many failures in a row: not polled until resumed. */
  parked: boolean;
  /** The process polling it now (a lease that has run out counts for no one). */
  leaseOwner: string | null;
  leaseUntil: string | null;
}

function subscription(row: FeedsTable): FeedSubscription {
  return {
    id: row.id,
    url: row.url,
    outlet: row.outlet,
    critic: row.critic,
    title: row.title,
    etag: row.etag,
    lastModified: row.last_modified,
    lastFetchedAt: row.last_fetched_at,
    lastStatus: row.last_status,
    lastError: row.last_error,
    itemCount: Number(row.item_count),
    failures: Number(row.failures),
    nextFetchAt: row.next_fetch_at,
    parked: row.last_status === "parked",
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until,
  };
}

/** Subscribes to a feed (due at once); the same URL again returns the existing subscription. */
export async function addFeed(
  store: Store,
  url: string,
  credit: { outlet?: string | null; critic?: string | null } = {},
  now = new Date().toISOString(),
): Promise<FeedSubscription> {
  const id = stableId("feed", url);
  await store.db
    .insertInto("feeds")
    .values({
      id,
      url,
      outlet: credit.outlet ?? null,
      critic: credit.critic ?? null,
      item_count: 0,
      failures: 0,
      next_fetch_at: now,
      created_at: now,
    })
    .onConflict((oc) => oc.column("url").doNothing())
    .execute();
  return (await findFeed(store, url)) as FeedSubscription;
}

/** A subscription by id or URL, or null. */
export async function findFeed(store: Store, idOrUrl: string): Promise<FeedSubscription | null> {
  const row = await store.db
    .selectFrom("feeds")
    .selectAll()
    .where((eb) => eb.or([eb("id", "=", idOrUrl), eb("url", "=", idOrUrl)]))
    .executeTakeFirst();
  return row ? subscription(row) : null;
}

export async function listFeeds(store: Store): Promise<FeedSubscription[]> {
  const rows = await store.db.selectFrom("feeds").selectAll().orderBy("url").execute();
  return rows.map(subscription);
}

/** Unsubscribes; the reviews already stored stay. Returns whether there was one. */
export async function removeFeed(store: Store, id: string): Promise<boolean> {
  const gone = await store.db.deleteFrom("feeds").where("id", "=", id).executeTakeFirst();
  return Number(gone.numDeletedRows) > 0;
}

/**
 * Subscriptions due for a fetch at `now` that no one is polling and that are not parked, the
 * longest waiting first.
 */
export async function dueFeeds(
  store: Store,
  now: string,
  limit = 100,
): Promise<FeedSubscription[]> {
  const rows = await store.db
    .selectFrom("feeds")
    .selectAll()
    .where("next_fetch_at", "<=", now)
    .where((eb) => eb.or([eb("last_status", "is", null), eb("last_status", "!=", "parked")]))
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", now)]))
    .orderBy("next_fetch_at")
    .limit(limit)
    .execute();
  return rows.map(subscription);
}

/**
 * Takes the lease on a feed for `owner` until `until`, if the feed is due at `now`, not parked
 * and no one else holds it (one atomic UPDATE: of two processes asking at once, one gets it).
 * Returns the feed, or null.
 */
export async function claimFeed(
  store: Store,
  id: string,
  owner: string,
  now: string,
  until: string,
): Promise<FeedSubscription | null> {
  const row = await store.db
    .updateTable("feeds")
    .set({ lease_owner: owner, lease_until: until })
    .where("id", "=", id)
    .where("next_fetch_at", "<=", now)
    .where((eb) => eb.or([eb("last_status", "is", null), eb("last_status", "!=", "parked")]))
    .where((eb) => eb.or([eb("lease_until", "is", null), eb("lease_until", "<=", now)]))
    .returningAll()
    .executeTakeFirst();
  return row ? subscription(row) : null;
}

/**
 * Takes the lease on a host for `owner` until `until`, if no one else is fetching from it and
 * its spacing since the last request has passed. Returns null when claimed; else whether
 * someone is fetching from it now, and when its spacing ends.
 */
export async function claimHost(
  store: Store,
  host: string,
  owner: string,
  now: string,
  until: string,
): Promise<{ fetching: boolean; freeAt: string } | null> {
  const claimed = await store.db
    .insertInto("feed_hosts")
    .values({ host, lease_owner: owner, lease_until: until, free_at: now })
    .onConflict((oc) =>
      oc
        .column("host")
        .doUpdateSet({ lease_owner: owner, lease_until: until })
        .where("feed_hosts.lease_until", "<=", now)
        .where("feed_hosts.free_at", "<=", now),
    )
    .returning("host")
    .executeTakeFirst();
  if (claimed) return null;
  const held = await store.db
    .selectFrom("feed_hosts")
    .select(["lease_until", "free_at"])
    .where("host", "=", host)
    .executeTakeFirst();
  return {
    fetching: (held?.lease_until ?? now) > now,
    freeAt: held && held.free_at > now ? held.free_at : now,
  };
}

/** Extends `owner`'s leases on a feed and its host; false if the feed's was lost. */
export async function renewLeases(
  store: Store,
  lease: { feedId: string; host: string; owner: string },
  until: string,
): Promise<boolean> {
  const feed = await store.db
    .updateTable("feeds")
    .set({ lease_until: until })
    .where("id", "=", lease.feedId)
    .where("lease_owner", "=", lease.owner)
    .executeTakeFirst();
  await store.db
    .updateTable("feed_hosts")
    .set({ lease_until: until })
    .where("host", "=", lease.host)
    .where("lease_owner", "=", lease.owner)
    .execute();
  return Number(feed.numUpdatedRows) > 0;
}

/**
 * Gives up `owner`'s lease on a feed and, when `host` is given, on its host, which is free
 * again `hostSpacingMs` after `now`.
 */
export async function releaseLeases(
  store: Store,
  lease: { feedId: string; host?: string; owner: string },
  now: Date,
  hostSpacingMs = 0,
): Promise<void> {
  await store.db
    .updateTable("feeds")
    .set({ lease_owner: null, lease_until: null })
    .where("id", "=", lease.feedId)
    .where("lease_owner", "=", lease.owner)
    .execute();
  if (lease.host === undefined) return;
  await store.db
    .updateTable("feed_hosts")
    .set({
      lease_owner: null,
      lease_until: now.toISOString(),
      free_at: new Date(now.getTime() + hostSpacingMs).toISOString(),
    })
    .where("host", "=", lease.host)
    .where("lease_owner", "=", lease.owner)
    .execute();
}

/** Un-parks a feed: due at `now`, its failures forgotten. Returns whether it exists. */
export async function resumeFeed(store: Store, id: string, now: string): Promise<boolean> {
  const resumed = await store.db
    .updateTable("feeds")
    .set((eb) => ({
      failures: 0,
      next_fetch_at: now,
      last_status: eb
        .case()
        .when("last_status", "=", "parked")
        .then("error")
        .else(eb.ref("last_status"))
        .end(),
    }))
    .where("id", "=", id)
    .executeTakeFirst();
  return Number(resumed.numUpdatedRows) > 0;
}

/** What a fetch found, and when the feed is next due. */
export async function recordFetch(
  store: Store,
  id: string,
  fetch: {
    at: string;
    status: "ok" | "not modified" | "error" | "parked";
    error?: string | null;
    title?: string | null;
    etag?: string | null;
    lastModified?: string | null;
    itemCount?: number;
    failures: number;
    nextFetchAt: string;
  },
): Promise<void> {
  await store.db
    .updateTable("feeds")
    .set({
      last_fetched_at: fetch.at,
      last_status: fetch.status,
      last_error: fetch.error ?? null,
      failures: fetch.failures,
      next_fetch_at: fetch.nextFetchAt,
      ...(fetch.title !== undefined ? { title: fetch.title } : {}),
      ...(fetch.etag !== undefined ? { etag: fetch.etag } : {}),
      ...(fetch.lastModified !== undefined ? { last_modified: fetch.lastModified } : {}),
      ...(fetch.itemCount !== undefined ? { item_count: fetch.itemCount } : {}),
    })
    .where("id", "=", id)
    .execute();
}
