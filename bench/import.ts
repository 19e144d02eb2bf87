/**
 * npm run bench:import — the whole rt-reviews file imported end to end (read, analyze,
 * link, store, aggregate) into a fresh SQLite file and a fresh PostgreSQL schema: reviews
 * read per second (median of 3 runs each) and the peak memory of this process.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { importReviews } from "../src/commands/import-reviews.js";
import { openStore } from "../src/store/db.js";
import { BENCH_PG_URL, fmt, median, sharedDataFile } from "./shared-data.js";

const RUNS = 3;
const rt = sharedDataFile("rt-reviews", "rt.reviews.tsv.gz");

async function run(dialect: "sqlite" | "postgres"): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "cinemeter-bench-"));
  const schema = `cm_bench_${process.pid}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: BENCH_PG_URL });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  if (dialect === "postgres")
    await admin(`drop schema if exists ${schema} cascade; create schema ${schema}`);
  const store = await openStore(
    dialect === "sqlite"
      ? { dbPath: join(dir, "bench.db"), databaseUrl: null }
      : {
          dbPath: "",
          databaseUrl: `${BENCH_PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
        },
  );
  try {
    const start = process.hrtime.bigint();
    const summary = await importReviews(store, [rt], { format: "csv", preset: "rt" });
    return summary.read / (Number(process.hrtime.bigint() - start) / 1e9);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    if (dialect === "postgres") await admin(`drop schema if exists ${schema} cascade`);
  }
}

for (const dialect of ["sqlite", "postgres"] as const) {
  const rates: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) rates.push(await run(dialect));
  } catch (error) {
    console.log(`${dialect}: not measured (${(error as Error).message})`);
    continue;
  }
  console.log(
    `${dialect}: ${fmt(median(rates))} reviews/s end to end (54,432 rows of rt-reviews, median of ${RUNS}: ${rates.map(fmt).join(", ")})`,
  );
}
console.log(`peak RSS of this bench process: ${fmt(process.resourceUsage().maxRSS / 1024)} MiB`);
