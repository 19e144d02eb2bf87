import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { NODE_FLAGS } from "../../src/cli/node-flags.js";
import { pollFeeds } from "../../src/commands/poll-feeds.js";
import { signUp } from "../../src/commands/reader-accounts.js";
import { DEFAULT_FEED_POLICY } from "../../src/domain/feed-policy.js";
import { parseFeed } from "../../src/ingest/feed/parse.js";
import { ratingsFromLetterboxdFeed } from "../../src/ingest/ratings/letterboxd-feed.js";
import { openStore } from "../../src/store/db.js";
import { addFeed, listFeeds } from "../../src/store/feeds.repository.js";
import { updateReader } from "../../src/store/reader-accounts.repository.js";
import { REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { sharedData } from "../helpers/shared-data.js";
import {
  dropSchemas,
  postgresAdmin,
  postgresAvailable,
  postgresSchemaUrl,
} from "../helpers/stores.js";

const letterboxd = sharedData("letterboxd-rss");
const havePostgres = await postgresAvailable();
const CLI = resolve(REPO_ROOT, "dist/src/cli/main.js");

const HOSTS = 3;
const FEEDS_PER_HOST = 4;
const DELAY_MS = 400; // each feed answers slowly, so that a worker can be killed mid-poll

const schema = `cm_worker_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const jobsSchema = `${schema}_jobs`;
const databaseUrl = postgresSchemaUrl(schema);
const admin = postgresAdmin;

const servers: Server[] = [];
const workers: ChildProcess[] = [];
afterAll(async () => {
  for (const worker of workers) if (worker.exitCode === null) worker.kill("SIGKILL");
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  if (havePostgres) {
    await dropSchemas(schema, jobsSchema);
  }
});

/** Feed `i`: one of the Letterboxd feeds with its links and title made its own. */
function feedBody(bodies: string[], i: number): string {
  return (bodies[i % bodies.length] as string)
    .replaceAll("https://letterboxd.com/", `https://letterboxd.com/feed${i}/`)
    .replace(/<title>Letterboxd - ([^<]+)<\/title>/, `<title>Letterboxd - $1 ${i}</title>`);
}

/** Reviews per feed when one in-process poller reads every feed once into a fresh SQLite. */
async function referenceCounts(bodies: string[]): Promise<Map<number, number>> {
  const dir = mkdtempSync(join(tmpdir(), "cinemeter-worker-reference-"));
  const store = await openStore({ dbPath: join(dir, "reference.db"), databaseUrl: null });
  try {
    const local = {
      get: async (url: string) => ({
        status: 200,
        url,
        headers: { "content-type": "application/rss+xml; charset=utf-8" },
        body: Buffer.from(feedBody(bodies, Number(url.replace(/\D/g, "")))),
      }),
    };
    for (let i = 0; i < HOSTS * FEEDS_PER_HOST; i++) await addFeed(store, `https://h/feed/${i}`);
    await pollFeeds(store, local, new Date(), () => {}, {
      ...DEFAULT_FEED_POLICY,
      hostSpacingMs: 0,
    });
    const counts = new Map<number, number>();
    for (let i = 0; i < HOSTS * FEEDS_PER_HOST; i++) {
      const rows = await store.db
        .selectFrom("reviews")
        .select("id")
        .where("url", "like", `https://letterboxd.com/feed${i}/%`)
        .execute();
      counts.set(i, rows.length);
    }
    return counts;
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A child's exit code once it has exited (at once if it already has); an error after 30 s. */
function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolveExit, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`worker ${child.pid} did not exit within 30 s`)),
      30_000,
    );
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolveExit(code);
    });
  });
}

function waitFor<T>(
  what: string,
  probe: () => Promise<T | null>,
  timeoutMs = 45_000,
  diagnose: () => Promise<string> = async () => "",
) {
  const started = Date.now();
  return new Promise<T>((resolveWait, reject) => {
    const tick = async () => {
      const value = await probe().catch(() => null);
      if (value !== null) return resolveWait(value);
      if (Date.now() - started > timeoutMs)
        return reject(new Error(`timed out waiting for ${what}\n${await diagnose()}`));
      setTimeout(tick, 50);
    };
    void tick();
  });
}

test("on the embedded SQLite store the worker refuses to start and says what to run instead", () => {
  const result = runCli(["worker"]);
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/needs PostgreSQL \(set DATABASE_URL\).*cinemeter serve/);
  expect(result.stderr).not.toMatch(/at .*\.js:\d+/); // no stack trace
});

describe.skipIf(letterboxd === null || !havePostgres)("cinemeter worker on PostgreSQL", () => {
  test("three workers, one killed mid-poll: every item stored exactly once, each feed and host polled by one worker at a time, a failing feed parked with its error", {
    timeout: 240_000,
  }, async () => {
    const bodies = readdirSync(letterboxd as string).map((n) =>
      readFileSync(join(letterboxd as string, n), "utf8"),
    );
    // What the feeds give when one poller reads each once, uninterrupted (the reference: feeds
    // repeat a diary entry's words for one film, which Cinemeter keeps once).
    const expected = await referenceCounts(bodies);

    // Three hosts on loopback, each feed slow; who asks what at once is recorded.
    const requests = new Map<string, number>();
    const inFlight = new Map<string, number>();
    let mostPerFeed = 0;
    let mostPerHost = 0;
    const bases: string[] = [];
    for (let h = 0; h < HOSTS; h++) {
      const server = createServer((req, res) => {
        const path = req.url ?? "";
        const feedKey = `${bases[h]}${path}`; // the feed's URL
        requests.set(feedKey, (requests.get(feedKey) ?? 0) + 1);
        for (const key of [feedKey, `host ${h}`]) inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
        mostPerFeed = Math.max(mostPerFeed, inFlight.get(feedKey) ?? 0);
        mostPerHost = Math.max(mostPerHost, inFlight.get(`host ${h}`) ?? 0);
        const done = () => {
          for (const key of [feedKey, `host ${h}`]) inFlight.set(key, (inFlight.get(key) ?? 1) - 1);
        };
        res.on("close", done);
        setTimeout(() => {
          if (path === "/broken") {
            res.writeHead(500);
            return res.end();
          }
          const i = Number(path.replace(/\D/g, ""));
          res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
          res.end(feedBody(bodies, i));
        }, DELAY_MS);
      });
      await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
      servers.push(server);
      bases.push(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }

    await admin(`create schema ${schema}`);
    const store = await openStore({ dbPath: "", databaseUrl });
    try {
      const feedUrl = (i: number) => `${bases[i % HOSTS]}/feed/${i}`;
      for (let i = 0; i < HOSTS * FEEDS_PER_HOST; i++) await addFeed(store, feedUrl(i));
      const broken = await addFeed(store, `${bases[0]}/broken`);
      // A reader who follows their Letterboxd feed (on a host of its own: it is not a review
      // feed, and takes no host lease): the workers read it too.
      let readerFeedReads = 0;
      const readerServer = createServer((_req, res) => {
        readerFeedReads++;
        res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
        res.end(feedBody(bodies, 0));
      });
      await new Promise<void>((r) => readerServer.listen(0, "127.0.0.1", r));
      servers.push(readerServer);
      const readerId = await signUp(store, "Worker Reader", "a-long-enough-password");
      await updateReader(store.db, readerId, {
        letterboxd_feed: `http://127.0.0.1:${(readerServer.address() as AddressInfo).port}/member/rss/`,
      });

      const output = new Map<number, string>();
      const startWorker = () => {
        const worker = spawn(
          process.execPath,
          [...NODE_FLAGS, CLI, "worker", "--concurrency", "2", "--schedule-every", "0.3", "--json"],
          {
            cwd: REPO_ROOT,
            env: {
              ...process.env,
              DATABASE_URL: databaseUrl,
              CINEMETER_WORKER_SCHEMA: jobsSchema,
              CINEMETER_ALLOW_PRIVATE_FEEDS: "true",
              CINEMETER_FEED_LEASE_MS: "2000",
              CINEMETER_HOST_SPACING_MS: "100",
              CINEMETER_FEED_BACKOFF_MS: "200",
              CINEMETER_FEED_MAX_FAILURES: "3",
            },
          },
        );
        const pid = worker.pid as number;
        output.set(pid, "");
        worker.stdout?.on("data", (chunk) => output.set(pid, `${output.get(pid)}${chunk}`));
        worker.stderr?.on("data", (chunk) => output.set(pid, `${output.get(pid)}${chunk}`));
        workers.push(worker);
        return worker;
      };
      const started = [startWorker(), startWorker(), startWorker()];

      // A second in, kill with SIGKILL a worker that holds a feed whose request is in flight.
      await new Promise((r) => setTimeout(r, 1000));
      const diagnose = async () =>
        `${JSON.stringify(await listFeeds(store), null, 1)}\n${[...output.values()].join("\n---\n")}`;
      const held = await waitFor(
        "a worker holding a feed mid-request",
        async () => {
          // Not the broken feed: it ends parked whoever polls it.
          const feed = (await listFeeds(store)).find(
            (f) => f.id !== broken.id && f.leaseOwner !== null && (inFlight.get(f.url) ?? 0) > 0,
          );
          return feed ?? null;
        },
        60_000,
        diagnose,
      );
      const victimPid = Number(held.leaseOwner?.split(":")[1]);
      const victim = started.find((w) => w.pid === victimPid) as ChildProcess;
      const survivors = started.filter((w) => w !== victim);
      victim.kill("SIGKILL");
      await exited(victim);
      // What it held when it died (a dead worker's leases stay until they run out).
      const cutShort = new Set(
        (await listFeeds(store))
          .filter((f) => f.leaseOwner?.includes(`:${victimPid}:`))
          .map((f) => f.url),
      );
      expect(cutShort.has(held.url)).toBe(true);

      // The others take over once its lease runs out, and finish every feed.
      const feeds = await waitFor(
        "every feed polled, the broken one parked",
        async () => {
          const all = await listFeeds(store);
          const settled = all.every((f) =>
            f.id === broken.id ? f.parked : f.lastStatus === "ok" && f.leaseOwner === null,
          );
          return settled ? all : null;
        },
        90_000,
        diagnose,
      );
      const heldAfter = feeds.find((f) => f.id === held.id);
      expect(heldAfter?.lastStatus).toBe("ok");
      expect(feeds.find((f) => f.id === broken.id)).toMatchObject({
        parked: true,
        lastError: "HTTP 500",
        failures: 3,
      });

      // Every item stored exactly once.
      for (let i = 0; i < HOSTS * FEEDS_PER_HOST; i++) {
        const rows = await store.db
          .selectFrom("reviews")
          .select(["url"])
          .where("url", "like", `https://letterboxd.com/feed${i}/%`)
          .execute();
        expect(rows.length, `feed ${i}`).toBe(expected.get(i));
        // Every feed stores its entries with words or a rating (the smallest, 8 of 51: the
        // rest are diary lines with neither, or a list).
        expect(rows.length).toBeGreaterThanOrEqual(8);
        expect(new Set(rows.map((r) => r.url)).size).toBe(rows.length);
      }
      // One worker at a time per feed and per host; no feed fetched again but those whose poll
      // was cut short (and the broken one, tried three times: four when the killed worker was
      // fetching it, a try it never recorded).
      expect(mostPerFeed).toBe(1);
      expect(mostPerHost).toBe(1);
      for (const [key, n] of requests) {
        if (key.endsWith("/broken")) expect([3, cutShort.has(key) ? 4 : 3]).toContain(n);
        else if (cutShort.has(key)) expect(n).toBeLessThanOrEqual(2);
        else expect(n, key).toBe(1);
      }
      expect(requests.size).toBe(HOSTS * FEEDS_PER_HOST + 1);

      // The reader's feed was read by a worker: every rated entry stored once, as ratings.
      const parsed = parseFeed(feedBody(bodies, 0));
      if ("error" in parsed) throw new Error(parsed.error);
      const films = new Set(
        ratingsFromLetterboxdFeed(parsed.feed).flatMap((r) =>
          "rating" in r ? [r.rating.letterboxdUri] : [],
        ),
      );
      const ratings = await waitFor(
        "the reader's Letterboxd feed read",
        async () => {
          const rows = await store.db
            .selectFrom("reader_ratings")
            .select("key")
            .where("reader_id", "=", readerId)
            .execute();
          return rows.length > 0 ? rows : null;
        },
        30_000,
        diagnose,
      );
      expect(ratings.length).toBe(films.size);
      expect(readerFeedReads).toBeGreaterThanOrEqual(1);

      // The survivors stop cleanly on SIGTERM.
      for (const worker of survivors) worker.kill("SIGTERM");
      const codes = await Promise.all(survivors.map((w) => exited(w)));
      for (const worker of survivors)
        expect(output.get(worker.pid as number)).not.toMatch(
          /^cinemeter:|^worker: |error handlers/m,
        );
      expect(codes, [...output.values()].join("\n---\n")).toEqual([0, 0]);
      const polledBySurvivors = survivors
        .flatMap((w) => (output.get(w.pid as number) ?? "").split("\n"))
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as { feedId: string });
      expect(polledBySurvivors.some((r) => r.feedId === held.id)).toBe(true);
    } finally {
      await store.close();
    }
  });
});
