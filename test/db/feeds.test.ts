import { readdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { importCatalog } from "../../src/commands/import-catalog.js";
import { pollFeed, pollFeeds } from "../../src/commands/poll-feeds.js";
import { reanalyzeReviews } from "../../src/commands/reanalyze-reviews.js";
import { DEFAULT_FEED_POLICY } from "../../src/domain/feed-policy.js";
import { DEFAULT_LIMITS, nodeHttpClient } from "../../src/ingest/fetch/http-client.js";
import {
  addFeed,
  claimFeed,
  claimHost,
  dueFeeds,
  type FeedSubscription,
  findFeed,
  listFeeds,
  releaseLeases,
  removeFeed,
  renewLeases,
  resumeFeed,
} from "../../src/store/feeds.repository.js";
import { sharedData } from "../helpers/shared-data.js";
import { testStores } from "../helpers/stores.js";

const letterboxd = sharedData("letterboxd-rss");
const stores = await testStores();
let server: Server;
let base: string;
let requests = 0;
let pageRequests = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests++;
    const name = decodeURIComponent((req.url ?? "/").slice(1));
    if (name === "blog") {
      res.writeHead(200, { "content-type": "application/rss+xml" });
      return res.end(`<rss version="2.0"><channel><title>Example Blog</title><item>
        <title>Queen of Earth review</title><link>${base}/page/queen-of-earth</link>
        <description>Chilly, precise and superbly acted.</description></item></channel></rss>`);
    }
    if (name === "page/queen-of-earth") {
      pageRequests++;
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      return res.end(
        `<html><head><script type="application/ld+json">${JSON.stringify({
          "@context": "https://schema.org",
          "@type": "Review",
          itemReviewed: { "@type": "Movie", name: "Queen of Earth", dateCreated: "2015" },
          reviewRating: { "@type": "Rating", ratingValue: 3.5, bestRating: 4 },
          reviewBody: "Chilly, precise and superbly acted: Moss and Waterston are a marvel.",
        })}</script></head><body></body></html>`,
      );
    }
    if (name === "imdb-links") {
      // A reviewer whose links are the films' IMDb pages, with a rating line.
      res.writeHead(200, { "content-type": "application/rss+xml" });
      return res.end(`<rss version="2.0"><channel><title>Punk Notes</title><item>
        <title>Loud and long</title>
        <link>https://www.imdb.com/title/tt7942742/</link>
        <description><![CDATA[<p>As "Becky Something", Elisabeth Moss is ferocious. Her Smell is loud, long and worth it.</p><p>Rating: 4/5</p>]]></description>
        </item></channel></rss>`);
    }
    if (name === "broken") {
      res.writeHead(500);
      return res.end();
    }
    const body = readFileSync(join(letterboxd as string, name));
    const etag = `"${name.length}-${body.length}"`;
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag });
      return res.end();
    }
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  for (const s of stores) await s.cleanup();
});

const local = nodeHttpClient({ ...DEFAULT_LIMITS, allowPrivate: true });
const NO_SPACING = { ...DEFAULT_FEED_POLICY, hostSpacingMs: 0 };

describe.skipIf(letterboxd === null).each(stores)(
  "following feeds in the $dialect store",
  (testStore) => {
    test("Letterboxd feeds over HTTP: every rated item stored once with its stated rating; 304 stores nothing", async () => {
      const store = await testStore.open();
      try {
        const names = readdirSync(letterboxd as string);
        for (const name of names)
          await addFeed(
            store,
            `${base}/${encodeURIComponent(name)}`,
            {},
            "2025-12-31T00:00:00.000Z",
          );
        const first = await pollFeeds(
          store,
          local,
          new Date("2026-01-01T00:00:00Z"),
          () => {},
          NO_SPACING,
        );
        expect(first.map((r) => r.status)).toEqual(names.map(() => "ok"));
        const imported = first.reduce((n, r) => n + r.imported, 0);
        const rated = names
          .map(
            (n) =>
              (
                readFileSync(join(letterboxd as string, n), "utf8").match(
                  /<letterboxd:memberRating>/g,
                ) ?? []
              ).length,
          )
          .reduce((a, b) => a + b, 0);
        const stored = await store.db
          .selectFrom("reviews")
          .innerJoin("films", "films.id", "reviews.film_id")
          .select(["reviews.rating_raw", "reviews.rating_kind", "films.title", "films.year"])
          .where("reviews.rating_raw", "is not", null)
          .execute();
        expect(stored.length).toBe(rated);
        expect(stored.every((r) => /^\d(?:\.\d)?\/5$/.test(r.rating_raw ?? ""))).toBe(true);
        expect(stored.every((r) => r.title && Number(r.year) > 1880)).toBe(true);
        expect(imported).toBeGreaterThanOrEqual(rated);

        // An hour later every feed answers 304 to its ETag: nothing new, nothing stored twice.
        // (Times run on from the round's start: a round's fetches are recorded when they happen.)
        const again = await pollFeeds(
          store,
          local,
          new Date("2026-01-01T01:01:00Z"),
          () => {},
          NO_SPACING,
        );
        expect(again.map((r) => r.status)).toEqual(names.map(() => "not modified"));
        const count = await store.db
          .selectFrom("reviews")
          .select((eb) => eb.fn.countAll().as("n"))
          .executeTakeFirstOrThrow();
        expect(Number(count.n)).toBe(imported);
        // Not due yet: nothing fetched.
        const before = requests;
        expect(
          await pollFeeds(store, local, new Date("2026-01-01T01:30:00Z"), () => {}, NO_SPACING),
        ).toEqual([]);
        expect(requests).toBe(before);
        expect((await listFeeds(store)).every((f) => f.itemCount > 0 && f.etag)).toBe(true);
      } finally {
        await store.close();
      }
    });

    test("an item filed by the IMDb id of its link is read under the catalog film's title", async () => {
      const store = await testStore.open();
      try {
        await importCatalog(
          store,
          ["films-written-for-this-test.csv", "film-ids-written-for-this-test.csv"].map((f) =>
            join(import.meta.dirname, "testdata", "browse-catalog", f),
          ),
        );
        await addFeed(store, `${base}/imdb-links`, {}, "2026-03-01T00:00:00.000Z");
        await pollFeeds(store, local, new Date("2026-03-01T00:00:00Z"), () => {}, NO_SPACING);
        const filed = await store.db
          .selectFrom("reviews")
          .innerJoin("films", "films.id", "reviews.film_id")
          .select(["reviews.id", "films.title", "reviews.analysis", "reviews.rating_raw"])
          .where("reviews.url", "=", "https://www.imdb.com/title/tt7942742/")
          .executeTakeFirstOrThrow();
        expect(filed).toMatchObject({ title: "Her Smell", rating_raw: "4/5" });
        const named = JSON.parse(filed.analysis) as { mentions?: { films: string[] } };
        expect(named.mentions?.films ?? []).not.toContain("Her Smell");
        // Stored as this version reads it under its film: reading it again changes nothing.
        expect(
          await reanalyzeReviews(store, { reviewIds: [filed.id], dryRun: true }),
        ).toMatchObject({ read: 1, changed: 0 });
      } finally {
        await store.close();
      }
    });

    test("a blog item without a rating takes it from its page's Review JSON-LD, fetched once", async () => {
      const store = await testStore.open();
      try {
        const pagesBefore = pageRequests;
        await addFeed(store, `${base}/blog`, {}, "2026-03-01T00:00:00.000Z");
        const poll = (at: string) => pollFeeds(store, local, new Date(at), () => {}, NO_SPACING);
        await poll("2026-03-01T00:00:00Z");
        const review = await store.db
          .selectFrom("reviews")
          .select(["rating_raw", "rating_score", "text"])
          .where("url", "=", `${base}/page/queen-of-earth`)
          .executeTakeFirstOrThrow();
        expect(review).toMatchObject({ rating_raw: "3.5/4", rating_score: 87.5 });
        expect(review.text).toContain("Moss and Waterston");
        await poll("2026-03-01T01:01:00Z"); // the blog sends no ETag: fetched again, page not
        expect(pageRequests - pagesBefore).toBe(1);
      } finally {
        await store.close();
      }
    });

    test("one request at a time per host, spaced; hosts side by side", async () => {
      const store = await testStore.open();
      try {
        const calls: Array<{ host: string; start: number; end: number }> = [];
        const fake = {
          get: async (url: string) => {
            const call = { host: new URL(url).host, start: Date.now(), end: 0 };
            calls.push(call);
            await new Promise((r) => setTimeout(r, 20));
            call.end = Date.now();
            return { status: 304, url, headers: {}, body: Buffer.alloc(0) };
          },
        };
        for (const url of ["a.example/1", "a.example/2", "a.example/3", "b.example/1"])
          await addFeed(store, `https://${url}`, {}, "2026-04-01T00:00:00.000Z");
        await pollFeeds(store, fake, new Date("2026-04-01T00:00:00Z"), () => {}, {
          ...DEFAULT_FEED_POLICY,
          hostSpacingMs: 100,
        });
        const a = calls.filter((c) => c.host === "a.example");
        expect(a).toHaveLength(3);
        for (let i = 1; i < a.length; i++)
          expect((a[i]?.start ?? 0) - (a[i - 1]?.end ?? 0)).toBeGreaterThanOrEqual(95);
        const b = calls.find((c) => c.host === "b.example");
        expect(b?.start).toBeLessThan(a[1]?.start ?? 0); // the other host did not wait its turn
      } finally {
        await store.close();
      }
    });

    test("two pollers side by side (as two processes would be): each feed fetched once, each host asked by one at a time", async () => {
      const store = await testStore.open();
      try {
        const hosts = ["c.example", "d.example"];
        const calls: string[] = [];
        const inFlight = new Map<string, number>();
        let mostAtOnce = 0;
        const fake = {
          get: async (url: string) => {
            const host = new URL(url).host;
            if (hosts.includes(host)) calls.push(url);
            inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
            mostAtOnce = Math.max(mostAtOnce, inFlight.get(host) ?? 0);
            await new Promise((r) => setTimeout(r, 15));
            inFlight.set(host, (inFlight.get(host) ?? 0) - 1);
            return { status: 304, url, headers: {}, body: Buffer.alloc(0) };
          },
        };
        const urls = hosts.flatMap((h) => [1, 2, 3, 4].map((i) => `https://${h}/${i}`));
        for (const url of urls) await addFeed(store, url, {}, "2026-04-10T00:00:00.000Z");
        const at = new Date("2026-04-10T00:00:00Z");
        const policy = { ...DEFAULT_FEED_POLICY, hostSpacingMs: 10 };
        const [one, two] = await Promise.all([
          pollFeeds(store, fake, at, () => {}, policy),
          pollFeeds(store, fake, at, () => {}, policy),
        ]);
        expect(calls.sort()).toEqual([...urls].sort());
        expect(mostAtOnce).toBe(1);
        const mine = new Set(
          (await listFeeds(store)).filter((f) => urls.includes(f.url)).map((f) => f.id),
        );
        const polled = [...(one ?? []), ...(two ?? [])].filter((r) => mine.has(r.feedId));
        expect(polled).toHaveLength(urls.length);
        expect((await listFeeds(store)).every((f) => f.leaseOwner === null)).toBe(true);
      } finally {
        await store.close();
      }
    });

    test("a feed's lease: one holder at a time, taken over once it runs out unrenewed", async () => {
      const store = await testStore.open();
      try {
        const feed = await addFeed(
          store,
          "https://lease.example/feed",
          {},
          "2026-04-12T00:00:00.000Z",
        );
        const at = (s: number) =>
          new Date(Date.parse("2026-04-12T00:00:00.000Z") + s * 1000).toISOString();
        expect(await claimFeed(store, feed.id, "a", at(0), at(60))).not.toBeNull();
        expect(await claimFeed(store, feed.id, "b", at(1), at(61))).toBeNull();
        expect(
          await renewLeases(store, { feedId: feed.id, host: "lease.example", owner: "a" }, at(90)),
        ).toBe(true);
        expect(await claimFeed(store, feed.id, "b", at(70), at(130))).toBeNull();
        expect(await claimFeed(store, feed.id, "b", at(90), at(150))).toMatchObject({
          leaseOwner: "b",
        });
        expect(
          await renewLeases(store, { feedId: feed.id, host: "lease.example", owner: "a" }, at(200)),
        ).toBe(false);
        expect(await claimHost(store, "lease.example", "b", at(90), at(150))).toBeNull();
        expect(await claimHost(store, "lease.example", "c", at(91), at(151))).toEqual({
          fetching: true,
          freeAt: at(91),
        });
        const lease = { feedId: feed.id, host: "lease.example", owner: "b" };
        await releaseLeases(store, lease, new Date(at(100)), 30_000);
        expect(await claimHost(store, "lease.example", "c", at(110), at(170))).toEqual({
          fetching: false,
          freeAt: at(130),
        });
        expect(await claimHost(store, "lease.example", "c", at(130), at(190))).toBeNull();
      } finally {
        await store.close();
      }
    });

    test("a feed that keeps failing is parked with its error after maxFailures tries, until resumed", async () => {
      const store = await testStore.open();
      try {
        let requests = 0;
        const failing = {
          get: async (url: string) => {
            requests++;
            return { status: 503, url, headers: {}, body: Buffer.alloc(0) };
          },
        };
        const feed = await addFeed(
          store,
          "https://down.example/feed",
          {},
          "2026-04-15T00:00:00.000Z",
        );
        const policy = { ...DEFAULT_FEED_POLICY, maxFailures: 3 };
        const poll = (at: string) =>
          pollFeed(store, failing, feed.id, { policy, clock: () => new Date(at) });
        const statuses = [];
        for (const day of ["15", "16", "17", "18"]) {
          const outcome = await poll(`2026-04-${day}T00:00:00Z`);
          statuses.push(outcome.kind === "polled" ? outcome.refresh.status : outcome.kind);
        }
        expect(statuses).toEqual(["error", "error", "parked", "skipped"]);
        expect(requests).toBe(3);
        expect(await findFeed(store, feed.id)).toMatchObject({
          parked: true,
          lastStatus: "parked",
          lastError: "HTTP 503",
          failures: 3,
        });
        expect(await dueFeeds(store, "2026-12-31T00:00:00.000Z", 10_000)).not.toContainEqual(
          expect.objectContaining({ id: feed.id }),
        );
        expect(await resumeFeed(store, feed.id, "2026-04-19T00:00:00.000Z")).toBe(true);
        expect(await findFeed(store, feed.id)).toMatchObject({ parked: false, failures: 0 });
        expect((await poll("2026-04-19T00:00:00Z")).kind).toBe("polled");
        expect(requests).toBe(4);
      } finally {
        await store.close();
      }
    });

    test("failures back off; the SSRF guard refuses loopback unless allowed", async () => {
      const store = await testStore.open();
      try {
        // Only this file's loopback feeds: the made-up hosts of the tests above are not asked.
        for (const f of await listFeeds(store))
          if (!f.url.startsWith(base)) await removeFeed(store, f.id);
        const broken = await addFeed(store, `${base}/broken`, {}, "2026-04-30T00:00:00.000Z");
        const t0 = new Date("2026-05-01T00:00:00Z");
        // The Letterboxd feeds of the test above are due again too: look at this one's result.
        const mine = (results: Awaited<ReturnType<typeof pollFeeds>>) =>
          results.find((r) => r.feedId === broken.id);
        expect(mine(await pollFeeds(store, local, t0, () => {}, NO_SPACING))).toMatchObject({
          status: "error",
          error: "HTTP 500",
        });
        const wait = (feed: FeedSubscription | null) =>
          Date.parse(feed?.nextFetchAt ?? "") - Date.parse(feed?.lastFetchedAt ?? "");
        expect(wait(await findFeed(store, broken.id))).toBe(5 * 60_000);
        await pollFeeds(store, local, new Date("2026-05-01T00:06:00Z"), () => {}, NO_SPACING);
        const twice = await findFeed(store, broken.id);
        expect(twice).toMatchObject({ failures: 2, lastStatus: "error", parked: false });
        expect(wait(twice)).toBe(10 * 60_000);

        const guarded = nodeHttpClient(); // the default: no private addresses
        const refused = await pollFeeds(
          store,
          guarded,
          new Date("2026-05-02T00:00:00Z"),
          () => {},
          NO_SPACING,
        );
        expect(refused.length).toBeGreaterThan(0);
        for (const r of refused) expect(r.error).toMatch(/private address; refused/);
      } finally {
        await store.close();
      }
    });
  },
);
