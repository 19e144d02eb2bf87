/**
 * npm run bench:scale — how cost grows with the database. Builds SCALE reviews (216k, 1M —
 * the default — or 10M, by hand) of rt-reviews replicated, each copy from its own outlets,
 * critics and URLs, through the real import in files of 100,000, on each store
 * (BENCH_STORES=sqlite,postgres), keeps the database for later runs (BENCH_REBUILD=1 starts
 * over), and prints, per store:
 * - the import rate of each 100k and the time after its last batch (standing, linking);
 * - bytes stored per review, and bytes written per review while building (SQLite: this
 *   process's /proc/self/io; PostgreSQL: the server's WAL and the buffers it wrote);
 * - the marginal import of 500 new reviews into the full database and into a fresh empty one,
 *   alternately (median of BENCH_MARGINAL_RUNS, default 5), and of 50,000 into each, after
 *   an untimed warm-up import (each run adds them: the database grows by 52,500);
 * - req/s, p50 and p99 of the pages and API served by `cinemeter serve` in a process of its
 *   own (autocannon from a third, 10 connections, median of 3 × 5 s), and of /api/search
 *   asked the reviews' 1,000 most frequent words in turn (more than the server keeps the
 *   answers of);
 * - on PostgreSQL, `import --jobs` of the first 100,000 into an empty database with one
 *   `cinemeter worker` and with two.
 */
import { spawn } from "node:child_process";
import { createWriteStream, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { decodeHTML } from "entities";
import { sql } from "kysely";
import pg from "pg";
import { type ImportSummary, importReviews } from "../src/commands/import-reviews.js";
import { loadConfig } from "../src/config.js";
import { readRows } from "../src/ingest/csv/read-rows.js";
import { importWithJobs } from "../src/jobs/import-jobs.js";
import { openStore, type Store } from "../src/store/db.js";
import { load, loadFrequentSearches, reviewCount } from "./bench-database.js";
import {
  pgUrl,
  SCALE_DIR,
  SCALE_ENDPOINTS,
  scaleSchema,
  scaleSqlitePath,
  serveScaleDatabase,
} from "./scale-databases.js";
import { BENCH_PG_URL, fmt, median, REPO_ROOT, sharedDataFile } from "./shared-data.js";

const SCALES: Record<string, number> = { "216k": 216_000, "1M": 1_000_000, "10M": 10_000_000 };
const scaleName = process.env.SCALE ?? "1M";
const target = SCALES[scaleName] ?? 0;
if (target === 0) {
  console.error(`bench:scale: SCALE must be one of ${Object.keys(SCALES).join(", ")}`);
  process.exit(2);
}
const FILE_REVIEWS = 100_000;
const stores = (process.env.BENCH_STORES ?? "sqlite,postgres").split(",") as Array<
  "sqlite" | "postgres"
>;

/** rt-reviews rows with words or a rating, as JSON lines of copy `copy`. */
async function* rtCopy(copy: string): AsyncGenerator<string> {
  let n = 0;
  for await (const { values } of readRows(sharedDataFile("rt-reviews", "rt.reviews.tsv.gz"), {
    delimiter: "\t",
    encoding: "latin1",
  })) {
    if (!values.review && !values.rating) continue;
    n++;
    yield JSON.stringify({
      text: decodeHTML(values.review ?? ""),
      outlet: `${decodeHTML(values.publisher ?? "")} (${copy})`,
      critic: values.critic ? `${values.critic} (${copy})` : null,
      rating: values.rating,
      verdict: values.fresh || null,
      date: isoDate(values.date),
      url: `https://${copy.replace(/\W+/g, "-")}.reviews.example/${n}`,
      topCritic: values.top_critic === "1",
      film: { title: `rt film ${values.id}`, year: 2000 },
    });
  }
}

/** "November 10, 2018" as 2018-11-10; rt-reviews' placeholder (January 1, 2000) as no date. */
function isoDate(date: string | undefined): string | null {
  const time = date ? Date.parse(`${date} UTC`) : Number.NaN;
  if (Number.isNaN(time)) return null;
  const iso = new Date(time).toISOString().slice(0, 10);
  return iso === "2000-01-01" ? null : iso;
}

/** `count` reviews of copies named by `copyName`, written to files of FILE_REVIEWS lines. */
async function writeFiles(
  prefix: string,
  count: number,
  copyName: (k: number) => string,
): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i * FILE_REVIEWS < count; i++)
    files.push(join(SCALE_DIR, `${prefix}-${i}.jsonl`));
  if (files.every((f) => existsSync(f))) return files;
  let written = 0;
  let out: ReturnType<typeof createWriteStream> | null = null;
  for (let k = 1; written < count; k++) {
    for await (const line of rtCopy(copyName(k))) {
      if (written >= count) break;
      if (written % FILE_REVIEWS === 0) {
        if (out) await new Promise((resolve) => out?.end(resolve));
        out = createWriteStream(files[written / FILE_REVIEWS] as string);
      }
      out?.write(`${line}\n`);
      written++;
    }
  }
  if (out) await new Promise((resolve) => out?.end(resolve));
  return files;
}

async function pgAdmin<T extends pg.QueryResultRow>(statement: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: BENCH_PG_URL });
  await client.connect();
  try {
    return (await client.query<T>(statement)).rows;
  } finally {
    await client.end();
  }
}

async function open(dialect: "sqlite" | "postgres", name: string, fresh: boolean): Promise<Store> {
  if (dialect === "sqlite") {
    const path = scaleSqlitePath(name);
    if (fresh) for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
    return openStore({ dbPath: path, databaseUrl: null });
  }
  const schema = scaleSchema(name);
  await pgAdmin(
    `${fresh ? `drop schema if exists ${schema} cascade; ` : ""}create schema if not exists ${schema}`,
  );
  return openStore({ dbPath: "", databaseUrl: pgUrl(schema) });
}

/** Bytes written so far: by this process (SQLite), or by the PostgreSQL server (WAL + buffers). */
async function bytesWritten(dialect: "sqlite" | "postgres"): Promise<number> {
  if (dialect === "sqlite") {
    const io = readFileSync("/proc/self/io", "utf8");
    return Number(/write_bytes: (\d+)/.exec(io)?.[1] ?? 0);
  }
  const [row] = await pgAdmin<{ bytes: string }>(`select
    (select wal_bytes from pg_stat_wal) +
    (select (buffers_checkpoint + buffers_clean + buffers_backend) * 8192 from pg_stat_bgwriter) as bytes`);
  return Number(row?.bytes ?? 0);
}

/** Bytes the database holds: the SQLite file (checkpointed), or the schema's tables with their indexes. */
async function bytesStored(store: Store, name: string): Promise<number> {
  if (store.dialect === "sqlite") {
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(store.db);
    const path = scaleSqlitePath(name);
    return ["", "-wal"].reduce(
      (sum, s) => sum + (existsSync(path + s) ? statSync(path + s).size : 0),
      0,
    );
  }
  const { rows } = await sql<{ bytes: string }>`select sum(pg_total_relation_size(c.oid)) as bytes
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema() and c.relkind in ('r', 'm')`.execute(store.db);
  return Number(rows[0]?.bytes ?? 0);
}

/** One import, timed: the whole, and what follows its last batch (standing, linking). */
async function timedImport(store: Store, files: string[]) {
  const times: number[] = [];
  const start = performance.now();
  const summary: ImportSummary = await importReviews(store, files, { format: "jsonl" }, () =>
    times.push(performance.now()),
  );
  const end = performance.now();
  const lastBatch = times.length >= 2 ? (times[times.length - 2] as number) : start;
  return { summary, seconds: (end - start) / 1000, postSeconds: (end - lastBatch) / 1000 };
}

async function build(dialect: "sqlite" | "postgres", store: Store): Promise<void> {
  const have = await reviewCount(store);
  if (have >= target * 0.99) return;
  const files = await writeFiles(`reviews-${scaleName}`, target, (k) => `copy ${k}`);
  const writtenBefore = await bytesWritten(dialect);
  const started = performance.now();
  for (let i = Math.floor(have / FILE_REVIEWS); i < files.length; i++) {
    const { summary, seconds, postSeconds } = await timedImport(store, [files[i] as string]);
    console.log(
      `${dialect} build ${fmt(i * FILE_REVIEWS)}→${fmt(i * FILE_REVIEWS + summary.read)}: ` +
        `${fmt(summary.read / seconds)} reviews/s (${seconds.toFixed(1)} s; after the last batch ${postSeconds.toFixed(1)} s)`,
    );
  }
  const reviews = await reviewCount(store);
  const written = (await bytesWritten(dialect)) - writtenBefore;
  console.log(
    `${dialect} built ${fmt(reviews - have)} reviews in ${((performance.now() - started) / 1000).toFixed(0)} s; ` +
      `${fmt(written / (reviews - have))} bytes written per review`,
  );
}

/** How many 500-review imports each side gets (BENCH_MARGINAL_RUNS, default 5). */
const MARGINAL_RUNS = Math.max(1, Number(process.env.BENCH_MARGINAL_RUNS ?? 5));

/**
 * 500 new reviews into a fresh empty database and 500 into the full one, alternately
 * (BENCH_MARGINAL_RUNS times each, the medians printed): the machine's speed drifts, and
 * alternating puts both sides under the same drift. Then 50,000 into each, timed. The first
 * import of a process also loads the text model and warms its code: warmUp() comes first,
 * so neither side carries that.
 */
async function marginal(dialect: "sqlite" | "postgres", store: Store, reviews: number) {
  const stamp = Date.now().toString(36);
  const runs = { empty: [] as Timed[], full: [] as Timed[] };
  for (let run = 0; run < MARGINAL_RUNS; run++) {
    for (const side of ["empty", "full"] as const) {
      const files = await writeFiles(
        `marginal-500-${stamp}-${side}-${run}`,
        500,
        (k) => `new ${stamp} ${side} ${run} ${k}`,
      );
      const target = side === "full" ? store : await open(dialect, "scale-empty", true);
      runs[side].push(await timedImport(target, files));
      if (side === "empty") await target.close();
      for (const f of files) rmSync(f, { force: true });
    }
  }
  const seconds = (side: keyof typeof runs) => median(runs[side].map((r) => r.seconds));
  for (const side of ["empty", "full"] as const) {
    console.log(
      `${dialect} marginal import of 500 into ${side === "empty" ? "an empty database" : `the ${fmt(reviews)}-review database`}: ` +
        `${seconds(side).toFixed(2)} s (median of ${MARGINAL_RUNS}, alternating: ` +
        `${runs[side].map((r) => r.seconds.toFixed(2)).join(", ")}), ${fmt(500 / seconds(side))} reviews/s, ` +
        `after the last batch ${median(runs[side].map((r) => r.postSeconds)).toFixed(2)} s`,
    );
  }
  console.log(
    `${dialect} marginal import of 500: the full database takes ${(seconds("full") / seconds("empty")).toFixed(2)}× the empty one's time`,
  );
  for (const side of ["empty", "full"] as const) {
    const target = side === "full" ? store : await open(dialect, "scale-empty", true);
    const large = await writeFiles(
      `marginal-50k-${stamp}-${side}`,
      50_000,
      (k) => `newer ${stamp} ${side} ${k}`,
    );
    const { summary, seconds: largeSeconds, postSeconds } = await timedImport(target, large);
    console.log(
      `${dialect} marginal import of 50k into ${side === "empty" ? "an empty database" : `the ${fmt(reviews)}-review database`}: ` +
        `${largeSeconds.toFixed(2)} s, ${fmt(summary.imported / largeSeconds)} reviews/s, after the last batch ${postSeconds.toFixed(2)} s`,
    );
    if (side === "empty") await target.close();
    for (const f of large) rmSync(f, { force: true });
  }
}

type Timed = Awaited<ReturnType<typeof timedImport>>;

/** An untimed import of 200 reviews into a scratch database: the text model loaded, the code warm. */
async function warmUp(dialect: "sqlite" | "postgres"): Promise<void> {
  const scratch = await open(dialect, "scale-warm-up", true);
  const files = await writeFiles(`warm-up-${Date.now().toString(36)}`, 200, (k) => `warm ${k}`);
  await timedImport(scratch, files);
  for (const f of files) rmSync(f, { force: true });
  await scratch.close();
}

async function serve(dialect: "sqlite" | "postgres", store: Store): Promise<void> {
  // The build's writes flushed first: the pages are measured, not the build's write-back.
  await sql`${sql.raw(dialect === "postgres" ? "checkpoint" : "pragma wal_checkpoint(truncate)")}`.execute(
    store.db,
  );
  const served = await serveScaleDatabase(dialect, `scale-${scaleName}`);
  try {
    console.log(
      `${dialect}: cinemeter serve started and answered its first search (its directories of names read) in ${served.firstSearchSeconds.toFixed(2)} s`,
    );
    console.log(`${dialect}: the busiest film has ${fmt(served.film.reviewCount)} reviews`);
    for (const [name, path] of SCALE_ENDPOINTS) {
      console.log(`${dialect} ${name}: ${await load(served.base + path(served.film.id))}`);
    }
    console.log(
      `${dialect} /api/search, the reviews' 1,000 most frequent words in turn: ${await loadFrequentSearches(served.base)}`,
    );
  } finally {
    served.process.kill("SIGTERM");
  }
}

/** `import --jobs` of one file of 100,000 into an empty schema, with `workers` workers running. */
async function jobs(workers: number): Promise<void> {
  const [file] = await writeFiles(`reviews-${scaleName}`, target, (k) => `copy ${k}`);
  const schema = "cinemeter_bench_jobs";
  await pgAdmin(
    `drop schema if exists ${schema} cascade; drop schema if exists ${schema}_worker cascade; create schema ${schema}`,
  );
  const env = {
    ...process.env,
    DATABASE_URL: pgUrl(schema),
    CINEMETER_WORKER_SCHEMA: `${schema}_worker`,
  };
  const store = await openStore({ dbPath: "", databaseUrl: env.DATABASE_URL });
  const running = Array.from({ length: workers }, () =>
    spawn(
      process.execPath,
      [join(REPO_ROOT, "dist/src/cli/main.js"), "worker", "--concurrency", "1"],
      {
        env,
        stdio: "ignore",
      },
    ),
  );
  try {
    const started = performance.now();
    const summary = await importWithJobs(store, loadConfig(env), [file as string], {
      format: "jsonl",
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `postgres import --jobs of ${fmt(summary.read)} reviews with ${workers} worker${workers > 1 ? "s" : ""}: ` +
        `${seconds.toFixed(1)} s, ${fmt(summary.read / seconds)} reviews/s`,
    );
  } finally {
    for (const w of running) w.kill("SIGTERM");
    await store.close();
  }
}

for (const dialect of stores) {
  let store: Store;
  try {
    store = await open(dialect, `scale-${scaleName}`, process.env.BENCH_REBUILD === "1");
  } catch (error) {
    console.log(`${dialect}: not measured (${(error as Error).message})`);
    continue;
  }
  await build(dialect, store);
  const reviews = await reviewCount(store);
  const stored = await bytesStored(store, `scale-${scaleName}`);
  console.log(
    `${dialect}: ${fmt(reviews)} reviews, ${fmt(stored / 2 ** 20)} MiB stored, ${fmt(stored / reviews)} bytes per review`,
  );
  await serve(dialect, store);
  await warmUp(dialect);
  await marginal(dialect, store, reviews);
  await store.close();
  if (dialect === "postgres") for (const workers of [1, 2]) await jobs(workers);
}
console.log(
  `peak RSS of this bench process: ${fmt(process.resourceUsage().maxRSS / 1024)} MiB (the load generator runs in its own)`,
);
