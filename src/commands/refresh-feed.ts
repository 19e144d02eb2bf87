import { analyzeForStore } from "../analyze/analyze-review.js";
import {
  DEFAULT_FEED_POLICY,
  type FeedPolicy,
  isParked,
  nextFetchAt,
} from "../domain/feed-policy.js";
import type { ReviewInput } from "../domain/review.js";
import { reviewFromFeedItem } from "../ingest/feed/adapter.js";
import { decodeFeedBytes } from "../ingest/feed/decode.js";
import { type FeedItem, parseFeed } from "../ingest/feed/parse.js";
import type { HttpClient } from "../ingest/fetch/http-client.js";
import { reviewFromContent } from "../ingest/read-review-file.js";
import type { Store } from "../store/db.js";
import { type FeedSubscription, recordFetch } from "../store/feeds.repository.js";
import { storedReviewUrls } from "../store/reviews.repository.js";
import { setHeldApart } from "./import-reviews.js";
import { storeAnalyzedReviews } from "./link-reviews.js";
import { reanalyzeReviews } from "./reanalyze-reviews.js";
import { analysisContext, refreshStandingOf } from "./review-context.js";

export interface FeedRefresh {
  feedId: string;
  status: "ok" | "not modified" | "error" | "parked";
  error?: string;
  items: number;
  imported: number;
  duplicates: number;
}

/**
 * Polls one feed, politely: a conditional GET with the validators of the last fetch (304:
 * nothing to do); the feed parsed; each item a review, analyzed and stored (an item seen
 * before is a duplicate by its URL or its words, never stored twice); the outcome recorded,
 * with a growing backoff after failures, and the feed parked after `policy.maxFailures` of
 * them in a row. Any failure — the feed's own or an unexpected one while storing — is recorded
 * on the feed; it throws only when the store cannot record even that.
 */
export async function refreshFeed(
  store: Store,
  client: HttpClient,
  feed: FeedSubscription,
  now = new Date(),
  policy = DEFAULT_FEED_POLICY,
): Promise<FeedRefresh> {
  const fail = async (error: string): Promise<FeedRefresh> => {
    const failures = feed.failures + 1;
    const status = isParked(failures, policy) ? "parked" : "error";
    await recordFetch(store, feed.id, {
      at: now.toISOString(),
      status,
      error,
      failures,
      nextFetchAt: nextFetchAt(now, failures, policy),
    });
    return { feedId: feed.id, status, error, items: 0, imported: 0, duplicates: 0 };
  };
  try {
    return await fetchAndStore(store, client, feed, now, policy, fail);
  } catch (error) {
    return fail(`unexpected failure: ${(error as Error).message}`);
  }
}

async function fetchAndStore(
  store: Store,
  client: HttpClient,
  feed: FeedSubscription,
  now: Date,
  policy: FeedPolicy,
  fail: (error: string) => Promise<FeedRefresh>,
): Promise<FeedRefresh> {
  const at = now.toISOString();

  const headers: Record<string, string> = {};
  if (feed.etag) headers["if-none-match"] = feed.etag;
  if (feed.lastModified) headers["if-modified-since"] = feed.lastModified;
  let response: Awaited<ReturnType<HttpClient["get"]>>;
  try {
    response = await client.get(feed.url, headers);
  } catch (error) {
    return fail((error as Error).message);
  }
  if (response.status === 304) {
    await recordFetch(store, feed.id, {
      at,
      status: "not modified",
      failures: 0,
      nextFetchAt: nextFetchAt(now, 0, policy),
    });
    return { feedId: feed.id, status: "not modified", items: 0, imported: 0, duplicates: 0 };
  }
  if (response.status >= 400) return fail(`HTTP ${response.status}`);

  const parsed = parseFeed(decodeFeedBytes(response.body, response.headers["content-type"]));
  if ("error" in parsed) return fail(parsed.error);
  const credit = { outlet: feed.outlet, critic: feed.critic };
  const items = parsed.feed.items.flatMap((item) => {
    const input = reviewFromFeedItem(item, parsed.feed, credit);
    return input ? [{ item, input }] : [];
  });
  const inputs = await withPageRatings(store, client, items);
  const saved = await storeReviews(store, inputs);
  await recordFetch(store, feed.id, {
    at,
    status: "ok",
    title: parsed.feed.title,
    etag: response.headers.etag ?? null,
    lastModified: response.headers["last-modified"] ?? null,
    itemCount: parsed.feed.items.length,
    failures: 0,
    nextFetchAt: nextFetchAt(now, 0, policy),
  });
  return {
    feedId: feed.id,
    status: "ok",
    items: parsed.feed.items.length,
    imported: saved.imported,
    duplicates: saved.duplicates,
  };
}

/** Review pages read for ratings in one refresh at most: a new feed does not flood its site. */
const MAX_PAGES_PER_REFRESH = 20;

/**
 * Items of a blog's feed often leave the rating on the review's own page: for new items with
 * a link and no rating (Letterboxd's aside), the page is fetched — through the same guarded
 * client — and read by the HTML reader (schema.org Review JSON-LD, else a rating line); its
 * rating, and its fuller text, are taken. A page that cannot be read changes nothing.
 */
async function withPageRatings(
  store: Store,
  client: HttpClient,
  items: Array<{ item: FeedItem; input: ReviewInput }>,
): Promise<ReviewInput[]> {
  const candidates = items.filter(
    ({ item, input }) =>
      input.rating === null &&
      input.url &&
      /^https?:/i.test(input.url) &&
      !Object.keys(item.extra).some((k) => k.startsWith("letterboxd:")),
  );
  const known = await storedReviewUrls(
    store,
    candidates[0]?.input.outlet ?? null,
    candidates.map(({ input }) => input.url as string),
  );
  let fetched = 0;
  const out: ReviewInput[] = [];
  for (const { input } of items) {
    const wanted = candidates.some((c) => c.input === input) && !known.has(input.url as string);
    if (!wanted || fetched >= MAX_PAGES_PER_REFRESH) {
      out.push(input);
      continue;
    }
    fetched++;
    out.push(await ratingFromPage(client, input));
  }
  return out;
}

async function ratingFromPage(client: HttpClient, input: ReviewInput): Promise<ReviewInput> {
  try {
    const response = await client.get(input.url as string, { accept: "text/html" });
    if (response.status !== 200) return input;
    const page = reviewFromContent(
      decodeFeedBytes(response.body, response.headers["content-type"]),
      "html",
    );
    if (!page.rating) return input;
    return {
      ...input,
      rating: page.rating,
      text: page.text.length > input.text.length ? page.text : input.text,
      film: input.film ?? page.film,
    };
  } catch {
    return input;
  }
}

/**
 * Analyzes and stores a feed's reviews, then refreshes their critics' and outlets' standing.
 * Items stored at an earlier poll are found by their URL and words first, and not read again.
 */
async function storeReviews(store: Store, inputs: ReviewInput[]) {
  if (inputs.length === 0) return { imported: 0, duplicates: 0 };
  const { toRead, held } = await setHeldApart(
    store,
    inputs.map((input) => ({ input })),
  );
  if (toRead.length === 0) return { imported: 0, duplicates: held.length };
  // (The outlets' scales from every item, as when each was read at every poll.)
  const context = await analysisContext(store, inputs);
  const saved = await storeAnalyzedReviews(
    store,
    toRead.map(({ input }) => analyzeForStore(input, context)),
    null,
  );
  // Those filed by an id under a film of another title are read again with it, as an import's.
  if (saved.readAgain.length > 0)
    await reanalyzeReviews(store, { reviewIds: saved.readAgain, examples: 0 });
  if (saved.imported > 0) await refreshStandingOf(store, inputs);
  return { imported: saved.imported, duplicates: saved.duplicates + held.length };
}
