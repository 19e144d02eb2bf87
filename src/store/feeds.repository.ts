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

/** Subscriptions due for a fetch at `now`, the longest waiting first. */
export async function dueFeeds(
  store: Store,
  now: string,
  limit = 100,
): Promise<FeedSubscription[]> {
  const rows = await store.db
    .selectFrom("feeds")
    .selectAll()
    .where("next_fetch_at", "<=", now)
    .orderBy("next_fetch_at")
    .limit(limit)
    .execute();
  return rows.map(subscription);
}

/** What a fetch found, and when the feed is next due. */
export async function recordFetch(
  store: Store,
  id: string,
  fetch: {
    at: string;
    status: "ok" | "not modified" | "error";
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
