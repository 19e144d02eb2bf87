/**
 * The bench databases of bench:serve and bench:pages: the rt-reviews file imported four times
 * over (216,692 reviews, each copy from its own outlets), built once per dialect and kept (a
 * SQLite file in the system's temp folder, the PostgreSQL schema cinemeter_bench_serve).
 */
import { createWriteStream, existsSync, mkdirSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { decodeHTML } from "entities";
import pg from "pg";
import { importReviews } from "../src/commands/import-reviews.js";
import { readRows } from "../src/ingest/csv/read-rows.js";
import { openStore, type Store } from "../src/store/db.js";
import { fmt, median, sharedDataFile } from "./shared-data.js";

const COPIES = 4;
const dir = join(tmpdir(), "cinemeter-bench-serve");
const jsonl = join(dir, "reviews.jsonl");
const pgUrl = process.env.CINEMETER_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
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
    const client = new pg.Client({ connectionString: pgUrl });
    await client.connect();
    await client.query(`create schema if not exists ${PG_SCHEMA}`);
    await client.end();
  }
  const store = await openStore(
    dialect === "sqlite"
      ? { dbPath: join(dir, "serve.db"), databaseUrl: null }
      : {
          dbPath: "",
          databaseUrl: `${pgUrl}?options=${encodeURIComponent(`-c search_path=${PG_SCHEMA}`)}`,
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
  return store;
}

export async function reviewCount(store: Store): Promise<number> {
  const row = await store.db
    .selectFrom("reviews")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** autocannon on one URL, 10 connections, 3 runs of 5 s: the median req/s, p50 and p99. */
export async function load(url: string): Promise<string> {
  const runs: autocannon.Result[] = [];
  for (let i = 0; i < 3; i++) runs.push(await autocannon({ url, connections: 10, duration: 5 }));
  const ok = runs.every((r) => r.non2xx === 0 && r.errors === 0);
  return (
    `${fmt(median(runs.map((r) => r.requests.average)))} req/s, p50 ${median(runs.map((r) => r.latency.p50))} ms, ` +
    `p99 ${median(runs.map((r) => r.latency.p99))} ms (10 connections, median of 3 × 5 s${ok ? "" : "; SOME REQUESTS FAILED"})`
  );
}
