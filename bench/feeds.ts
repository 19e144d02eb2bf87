/**
 * npm run bench:feeds — the feed reader's speed:
 * 1. items parsed per second: the three Letterboxd feeds of ../shared/data/letterboxd-rss and
 *    the test fixtures, parsed and turned into ReviewInputs, median of 5 runs;
 * 2. feeds polled per minute: 1,000 distinct feeds (the Letterboxd feeds with each feed's
 *    links made its own) served by four local HTTP servers (four hosts, as the poller fetches
 *    one feed per host at a time), polled into a fresh SQLite database — the first round
 *    fetches, parses, analyzes and stores every item; the second finds every feed unchanged
 *    (304 to its ETag); the third gets every feed whole under a new ETag, each of its items
 *    stored before (found unread, by its URL and words).
 * 3. `cinemeter worker` on PostgreSQL: the same 1,000 feeds on sixteen hosts polled by 1, 2 and
 *    3 worker processes (concurrency 4 each), from the moment they start until every feed is
 *    stored — the scale-out figure. Skipped, saying so, when PostgreSQL does not answer.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { NODE_FLAGS } from "../src/cli/node-flags.js";
import { pollFeeds } from "../src/commands/poll-feeds.js";
import { DEFAULT_FEED_POLICY } from "../src/domain/feed-policy.js";
import { reviewFromFeedItem } from "../src/ingest/feed/adapter.js";
import { parseFeed } from "../src/ingest/feed/parse.js";
import { DEFAULT_LIMITS, nodeHttpClient } from "../src/ingest/fetch/http-client.js";
import { openStore } from "../src/store/db.js";
import { addFeed } from "../src/store/feeds.repository.js";
import { BENCH_PG_URL, fmt, median, REPO_ROOT, sharedDataFile } from "./shared-data.js";

const FEEDS = 1000;
const HOSTS = 4;
const WORKER_HOSTS = 16;
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
/** The feeds' version: a new one changes every ETag (a feed rewritten, its items the same). */
let version = 1;
for (let h = 0; h < WORKER_HOSTS; h++) {
  const server = createServer((req, res) => {
    const i = Number((req.url ?? "").replace(/\D/g, ""));
    const etag = `"feed-${i}-v${version}"`;
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
  for (const [name, at, feedsVersion] of [
    ["first round (fetch, parse, analyze, store)", "2026-01-01T00:00:00Z", 1],
    ["second round (304 Not Modified)", "2026-01-01T02:00:00Z", 1],
    ["third round (new ETags, every item stored before)", "2026-01-01T04:00:00Z", 2],
  ] as const) {
    version = feedsVersion;
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
  rmSync(dir, { recursive: true, force: true });
}

// 3. Workers on PostgreSQL.
const pgAdmin = new pg.Client({ connectionString: BENCH_PG_URL, connectionTimeoutMillis: 3000 });
const havePostgres = await pgAdmin.connect().then(
  () => true,
  (error: Error) => {
    console.log(
      `workers on PostgreSQL: skipped, ${BENCH_PG_URL} does not answer (${error.message})`,
    );
    return false;
  },
);
if (havePostgres) {
  try {
    for (const workers of [1, 2, 3]) console.log(await timeWorkers(workers));
  } finally {
    await pgAdmin.end();
  }
}
for (const server of servers) server.close();
console.log(`peak RSS of this bench process: ${fmt(process.resourceUsage().maxRSS / 1024)} MiB`);

/** 1,000 feeds on WORKER_HOSTS hosts polled by `count` worker processes until all are stored. */
async function timeWorkers(count: number): Promise<string> {
  const schema = `cm_bench_workers_${process.pid}`;
  await pgAdmin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
  await pgAdmin.query(`drop schema if exists ${schema}_jobs cascade`);
  const databaseUrl = `${BENCH_PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  const pgStore = await openStore({ dbPath: "", databaseUrl });
  const children: ChildProcess[] = [];
  try {
    for (let i = 0; i < FEEDS; i++)
      await addFeed(pgStore, `http://127.0.0.1:${ports[i % WORKER_HOSTS]}/feed/${i}`);
    const started = Date.now();
    const cpuBefore = cpuTimes();
    for (let w = 0; w < count; w++)
      children.push(
        spawn(
          process.execPath,
          [
            ...NODE_FLAGS,
            join(REPO_ROOT, "dist/src/cli/main.js"),
            "worker",
            "--schedule-every",
            "0.5",
          ],
          {
            stdio: "ignore",
            env: {
              ...process.env,
              DATABASE_URL: databaseUrl,
              CINEMETER_WORKER_SCHEMA: `${schema}_jobs`,
              CINEMETER_ALLOW_PRIVATE_FEEDS: "true",
              CINEMETER_HOST_SPACING_MS: "0",
            },
          },
        ),
      );
    for (;;) {
      const left = await pgStore.db
        .selectFrom("feeds")
        .select((eb) => eb.fn.countAll().as("n"))
        .where((eb) => eb.or([eb("last_status", "is", null), eb("last_status", "!=", "ok")]))
        .executeTakeFirstOrThrow();
      if (Number(left.n) === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const seconds = (Date.now() - started) / 1000;
    const cpuAfter = cpuTimes();
    const busy =
      cpuBefore && cpuAfter
        ? (cpuAfter.busy - cpuBefore.busy) / (cpuAfter.total - cpuBefore.total)
        : null;
    const stored = await pgStore.db
      .selectFrom("reviews")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow();
    return `${count} worker${count > 1 ? "s" : ""} on PostgreSQL (${WORKER_HOSTS} hosts): ${FEEDS} feeds in ${seconds.toFixed(1)} s = ${fmt((60 * FEEDS) / seconds)} feeds/min (from start-up); ${fmt(Number(stored.n))} reviews stored; the machine's ${availableParallelism()} cores ${busy === null ? "" : `${Math.round(100 * busy)}% busy`}`;
  } finally {
    for (const child of children) child.kill("SIGTERM");
    await Promise.all(children.map((c) => new Promise((r) => c.once("exit", r))));
    await pgStore.close();
    await pgAdmin.query(`drop schema if exists ${schema} cascade`);
    await pgAdmin.query(`drop schema if exists ${schema}_jobs cascade`);
  }
}

/** All CPUs' busy and total jiffies from /proc/stat (Linux), or null elsewhere. */
function cpuTimes(): { busy: number; total: number } | null {
  try {
    const fields = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "")
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    const total = fields.reduce((a, b) => a + b, 0);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    return { busy: total - idle, total };
  } catch {
    return null;
  }
}
