/**
 * npm run bench:feeds — the feed reader's speed:
 * 1. items parsed per second: the three Letterboxd feeds of ../shared/data/letterboxd-rss and
 *    the test fixtures, parsed and turned into ReviewInputs, median of 5 runs;
 * 2. feeds polled per minute: 1,000 distinct feeds (the Letterboxd feeds with each feed's
 *    links made its own) served by four local HTTP servers (four hosts, as the poller fetches
 *    one feed per host at a time), polled into a fresh SQLite database — the first round
 *    fetches, parses, analyzes and stores every item; the second finds every feed unchanged
 *    (304 to its ETag).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pollFeeds } from "../src/commands/poll-feeds.js";
import { DEFAULT_FEED_POLICY } from "../src/domain/feed-policy.js";
import { reviewFromFeedItem } from "../src/ingest/feed/adapter.js";
import { parseFeed } from "../src/ingest/feed/parse.js";
import { DEFAULT_LIMITS, nodeHttpClient } from "../src/ingest/fetch/http-client.js";
import { openStore } from "../src/store/db.js";
import { addFeed } from "../src/store/feeds.repository.js";
import { fmt, median, REPO_ROOT, sharedDataFile } from "./shared-data.js";

const FEEDS = 1000;
const HOSTS = 4;
const letterboxd = sharedDataFile("letterboxd-rss");
const sources = [
  ...readdirSync(letterboxd).map((n) => readFileSync(join(letterboxd, n), "utf8")),
  ...["critic-blog.rss", "critic.atom", "critic.json"].map((n) =>
    readFileSync(join(REPO_ROOT, "src/ingest/feed/testdata", n), "utf8"),
  ),
];

// 1. Parsing.
const rates: number[] = [];
for (let run = 0; run < 5; run++) {
  let items = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < 40; i++) {
    for (const source of sources) {
      const parsed = parseFeed(source);
      if ("error" in parsed) throw new Error(parsed.error);
      for (const item of parsed.feed.items) if (reviewFromFeedItem(item, parsed.feed)) items++;
    }
  }
  rates.push(items / (Number(process.hrtime.bigint() - started) / 1e9));
}
console.log(
  `parsed into reviews: ${fmt(median(rates))} items/s (median of 5; ${sources.length} feeds ×40 a run)`,
);

// 2. Polling 1,000 local feeds.
const bodies = readdirSync(letterboxd).map((n) => readFileSync(join(letterboxd, n), "utf8"));
const feedBody = (i: number) =>
  (bodies[i % bodies.length] as string)
    .replaceAll("https://letterboxd.com/", `https://letterboxd.com/feed${i}/`)
    .replace(/<title>Letterboxd - ([^<]+)<\/title>/, `<title>Letterboxd - $1 ${i}</title>`);
const servers: Server[] = [];
const ports: number[] = [];
for (let h = 0; h < HOSTS; h++) {
  const server = createServer((req, res) => {
    const i = Number((req.url ?? "").replace(/\D/g, ""));
    const etag = `"feed-${i}"`;
    if (req.headers["if-none-match"] === etag) {
      res.writeHead(304, { etag });
      return res.end();
    }
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag });
    res.end(feedBody(i));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  ports.push((server.address() as AddressInfo).port);
}
const dir = mkdtempSync(join(tmpdir(), "cinemeter-bench-feeds-"));
const store = await openStore({ dbPath: join(dir, "feeds.db"), databaseUrl: null });
try {
  for (let i = 0; i < FEEDS; i++)
    await addFeed(
      store,
      `http://127.0.0.1:${ports[i % HOSTS]}/feed/${i}`,
      {},
      "2026-01-01T00:00:00.000Z",
    );
  const client = nodeHttpClient({ ...DEFAULT_LIMITS, allowPrivate: true });
  for (const [name, at] of [
    ["first round (fetch, parse, analyze, store)", "2026-01-01T00:00:00Z"],
    ["second round (304 Not Modified)", "2026-01-01T01:00:01Z"],
  ] as const) {
    const started = Date.now();
    // No spacing between one host's feeds: this measures the poller, not its politeness.
    const results = await pollFeeds(store, client, new Date(at), () => {}, {
      ...DEFAULT_FEED_POLICY,
      hostSpacingMs: 0,
    });
    const seconds = (Date.now() - started) / 1000;
    const imported = results.reduce((n, r) => n + r.imported, 0);
    const statuses = [...new Set(results.map((r) => r.status))].join(", ");
    console.log(
      `${name}: ${results.length} feeds in ${seconds.toFixed(1)} s = ${fmt((60 * results.length) / seconds)} feeds/min; ${fmt(imported)} reviews stored; status ${statuses}`,
    );
  }
} finally {
  await store.close();
  for (const server of servers) server.close();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`peak RSS of this bench process: ${fmt(process.resourceUsage().maxRSS / 1024)} MiB`);
