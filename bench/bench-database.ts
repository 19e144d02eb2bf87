/**
 * The bench databases of bench:serve and bench:pages: the rt-reviews file imported four times
 * over (216,692 reviews, each copy from its own outlets), built once per dialect and kept (a
 * SQLite file in the system's temp folder, the PostgreSQL schema cinemeter_bench_serve).
 */
import { execFile } from "node:child_process";
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { decodeHTML } from "entities";
import pg from "pg";
import { importCatalog } from "../src/commands/import-catalog.js";
import { importReviews } from "../src/commands/import-reviews.js";
import { readRows } from "../src/ingest/csv/read-rows.js";
import { buildApp } from "../src/server/app.js";
import { openStore, type Store } from "../src/store/db.js";
import { listFilms } from "../src/store/films.repository.js";
import { BENCH_PG_URL, fmt, median, sharedDataFile } from "./shared-data.js";

const COPIES = 4;
const dir = join(tmpdir(), "cinemeter-bench-serve");
const jsonl = join(dir, "reviews.jsonl");
const PG_SCHEMA = "cinemeter_bench_serve";
mkdirSync(dir, { recursive: true });

/** The rt-reviews file four times over as JSON lines, each copy from its own outlets. */
async function writeReviews(): Promise<void> {
  if (existsSync(jsonl)) return;
  const out = createWriteStream(`${jsonl}.part`);
  for (let copy = 0; copy < COPIES; copy++) {
    for await (const { values } of readRows(sharedDataFile("rt-reviews", "rt.reviews.tsv.gz"), {
      delimiter: "\t",
      encoding: "latin1",
    })) {
      if (!values.review && !values.rating) continue;
      const line = {
        text: decodeHTML(values.review ?? ""),
        outlet: `${decodeHTML(values.publisher ?? "")} (copy ${copy + 1})`,
        critic: values.critic,
        rating: values.rating,
        film: { title: `rt film ${values.id}`, year: 2000 },
      };
      out.write(`${JSON.stringify(line)}\n`);
    }
  }
  await new Promise((resolve) => out.end(resolve));
  renameSync(`${jsonl}.part`, jsonl);
}

/** The bench database of one dialect, imported once and kept for later runs. */
export async function benchStore(dialect: "sqlite" | "postgres"): Promise<Store> {
  if (dialect === "postgres") {
    const client = new pg.Client({ connectionString: BENCH_PG_URL });
    await client.connect();
    await client.query(`create schema if not exists ${PG_SCHEMA}`);
    await client.end();
  }
  const store = await openStore(
    dialect === "sqlite"
      ? { dbPath: join(dir, "serve.db"), databaseUrl: null }
      : {
          dbPath: "",
          databaseUrl: `${BENCH_PG_URL}?options=${encodeURIComponent(`-c search_path=${PG_SCHEMA}`)}`,
        },
  );
  if ((await reviewCount(store)) === 0) {
    await writeReviews();
    const started = Date.now();
    const summary = await importReviews(store, [jsonl], { format: "jsonl" });
    console.log(
      `${dialect}: built the database: ${fmt(summary.imported)} reviews in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  }
  // People to look up (/people/:name): the IMDb sample's credits, once.
  const people = await store.db
    .selectFrom("people")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  if (Number(people.n) === 0)
    await importCatalog(
      store,
      ["title.basics.tsv", "title.principals.tsv", "name.basics.tsv"].map((f) =>
        sharedDataFile("imdb-sample", f),
      ),
    );
  return store;
}

export async function reviewCount(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom("reviews")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * autocannon on one URL from a second process (the load generator on the other core, not
 * competing with the server for its one), 10 connections, 3 runs of 5 s: the median req/s,
 * p50 and p99.
 */
export async function load(url: string): Promise<string> {
  return measured("", () => loadRun(url));
}

/** One 5 s run of a load (see load). */
export interface LoadRun {
  rps: number;
  p50: number;
  p99: number;
  /** Requests answered with an error status, or not at all. */
  failed: number;
}

/** One run of `load`: 10 connections on `url` for 5 s, from a second process. */
export async function loadRun(url: string): Promise<LoadRun> {
  return parseRun(await run(process.execPath, [AUTOCANNON, "--json", "-c", "10", "-d", "5", url]));
}

/**
 * The same, each request for the next of `paths` (under `base`), round and round: a load of
 * many different requests, where `load` repeats one.
 */
async function loadPaths(base: string, paths: readonly string[]): Promise<string> {
  return measured(`, ${fmt(paths.length)} different requests in turn`, () =>
    loadPathsRun(base, paths),
  );
}

/** One run of `loadPaths`. */
async function loadPathsRun(base: string, paths: readonly string[]): Promise<LoadRun> {
  const file = join(tmpdir(), `cinemeter-bench-paths-${process.pid}.txt`);
  writeFileSync(file, paths.join("\n"));
  try {
    return parseRun(await run(process.execPath, [LOAD_PATHS, base, file]));
  } finally {
    rmSync(file, { force: true });
  }
}

/** One run of `loadFrequentSearches`. */
export async function frequentSearchesRun(base: string): Promise<LoadRun> {
  return loadPathsRun(base, await frequentSearchPaths());
}

function parseRun({ stdout }: { stdout: string }): LoadRun {
  const r = JSON.parse(stdout) as {
    requests: { average: number };
    latency: { p50: number; p99: number };
    non2xx: number;
    errors: number;
  };
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    failed: r.non2xx + r.errors,
  };
}

/** Three runs of a load: their medians, as one line. */
async function measured(what: string, generate: () => Promise<LoadRun>): Promise<string> {
  const runs: LoadRun[] = [];
  for (let i = 0; i < 3; i++) runs.push(await generate());
  const ok = runs.every((r) => r.failed === 0);
  return (
    `${fmt(median(runs.map((r) => r.rps)))} req/s, p50 ${median(runs.map((r) => r.p50))} ms, ` +
    `p99 ${median(runs.map((r) => r.p99))} ms (10 connections from a second process${what}, median of 3 × 5 s${ok ? "" : "; SOME REQUESTS FAILED"})`
  );
}

/** Words of four letters or more that PostgreSQL's English search leaves out (its stop list). */
// biome-ignore format: a word list reads best filled
const STOP_WORDS = new Set([
  "about", "above", "after", "again", "against", "because", "been", "before", "being", "below",
  "between", "both", "didn", "does", "doing", "down", "during", "each", "from", "further",
  "have", "having", "here", "hers", "herself", "himself", "into", "itself", "just", "more",
  "most", "myself", "once", "only", "other", "ours", "over", "same", "should", "some", "such",
  "than", "that", "their", "theirs", "them", "then", "there", "these", "they", "this", "those",
  "through", "under", "until", "very", "were", "what", "when", "where", "which", "while",
  "whom", "will", "with", "your", "yours",
]);

/**
 * `/api/search` under `base` loaded with the 1,000 most frequent words of four letters or more
 * in the first 20,000 rt-reviews texts (stop words aside), one after another: queries a search
 * is often asked, more different ones than a server keeps the answers of (see `load`, which
 * asks one again and again). The words are read once per bench process.
 */
export async function loadFrequentSearches(base: string): Promise<string> {
  return loadPaths(base, await frequentSearchPaths());
}

/** The paths of loadFrequentSearches, read once per bench process. */
function frequentSearchPaths(): Promise<string[]> {
  frequentSearches ??= frequentWords(1_000).then((words) =>
    words.map((w) => `/api/search?q=${encodeURIComponent(w)}`),
  );
  return frequentSearches;
}

let frequentSearches: Promise<string[]> | undefined;

async function frequentWords(count: number): Promise<string[]> {
  const counts = new Map<string, number>();
  let read = 0;
  for await (const { values } of readRows(sharedDataFile("rt-reviews", "rt.reviews.tsv.gz"), {
    delimiter: "\t",
    encoding: "latin1",
  })) {
    for (const word of decodeHTML(values.review ?? "")
      .toLowerCase()
      .match(/\p{L}{4,}/gu) ?? [])
      if (!STOP_WORDS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    if (++read === 20_000) break;
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, count)
    .map(([word]) => word);
}

const AUTOCANNON = createRequire(import.meta.url).resolve("autocannon/autocannon.js");
const LOAD_PATHS = fileURLToPath(new URL("./load-paths.js", import.meta.url));
const run = promisify(execFile);

/**
 * For each dialect: the bench database served on an ephemeral port, and `measure` called
 * with its URL and its busiest film's id; a dialect whose database cannot be had is reported
 * as not measured. Ends with the bench process's peak memory.
 */
export async function benchEachDialect(
  measure: (dialect: string, base: string, filmId: string, store: Store) => Promise<void>,
): Promise<void> {
  for (const dialect of ["sqlite", "postgres"] as const) {
    let store: Store;
    try {
      store = await benchStore(dialect);
    } catch (error) {
      console.log(`${dialect}: not measured (${(error as Error).message})`);
      continue;
    }
    const [film] = await listFilms(store.db, { sort: "reviews", limit: 1 });
    const app = buildApp(store, { apiToken: null }, { warm: true });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    // Started as `cinemeter serve` starts, its search directories read before the first
    // measurement (what the first search after a start waits for is start-up, timed apart).
    await fetch(`${base}/api/search?q=warm`);
    console.log(
      `${dialect}: ${fmt(await reviewCount(store))} reviews; the busiest film has ${film?.reviewCount} reviews`,
    );
    await measure(dialect, base, film?.id ?? "", store);
    await app.close();
    await store.close();
  }
  console.log(
    `peak RSS of this bench process: ${fmt(process.resourceUsage().maxRSS / 1024)} MiB (the load generator runs in its own)`,
  );
}
