/**
 * npm run bench:import — the whole rt-reviews file imported end to end (read, analyze,
 * link, store, aggregate) into a fresh SQLite file and a fresh PostgreSQL schema: reviews
 * read per second (median of 3 runs each) and the peak memory of this process; the same file
 * imported again (every row stored already: what a re-run after a crash meets). Then
 * `reviews reanalyze` over the imported reviews: once with nothing to change (the cost of
 * reading everything again), once after every quote and aspect was taken away (as an older
 * version that found none would have stored them: nearly every review rewritten).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { importReviews } from "../src/commands/import-reviews.js";
import { reanalyzeReviews } from "../src/commands/reanalyze-reviews.js";
import { openStore } from "../src/store/db.js";
import { BENCH_PG_URL, fmt, median, sharedDataFile } from "./shared-data.js";

const RUNS = 3;
const rt = sharedDataFile("rt-reviews", "rt.reviews.tsv.gz");

interface Rates {
  import: number;
  again: number;
  reanalyze: number;
  rewrite: number;
  rewritten: number;
}

async function run(dialect: "sqlite" | "postgres"): Promise<Rates> {
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
    const seconds = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
      const start = process.hrtime.bigint();
      const result = await work();
      return [result, Number(process.hrtime.bigint() - start) / 1e9];
    };
    const [summary, importing] = await seconds(() =>
      importReviews(store, [rt], { format: "csv", preset: "rt" }),
    );
    const [repeated, repeating] = await seconds(() =>
      importReviews(store, [rt], { format: "csv", preset: "rt" }),
    );
    if (repeated.imported !== 0) throw new Error("the same file imported again added reviews");
    const [same, reading] = await seconds(() => reanalyzeReviews(store));
    await sql`delete from review_aspects`.execute(store.db);
    await sql`update reviews set quote = null`.execute(store.db);
    const [changed, rewriting] = await seconds(() => reanalyzeReviews(store));
    return {
      import: summary.read / importing,
      again: repeated.read / repeating,
      reanalyze: same.read / reading,
      rewrite: changed.read / rewriting,
      rewritten: changed.changed,
    };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
    if (dialect === "postgres") await admin(`drop schema if exists ${schema} cascade`);
  }
}

for (const dialect of ["sqlite", "postgres"] as const) {
  const runs: Rates[] = [];
  try {
    for (let i = 0; i < RUNS; i++) runs.push(await run(dialect));
  } catch (error) {
    console.log(`${dialect}: not measured (${(error as Error).message})`);
    continue;
  }
  const line = (key: keyof Rates) => {
    const rates = runs.map((r) => r[key]);
    return `${fmt(median(rates))} reviews/s (median of ${RUNS}: ${rates.map(fmt).join(", ")})`;
  };
  console.log(`${dialect}: import ${line("import")} end to end (54,432 rows of rt-reviews)`);
  console.log(`${dialect}: the same file imported again: ${line("again")}`);
  console.log(`${dialect}: reviews reanalyze, nothing to change: ${line("reanalyze")}`);
  console.log(
    `${dialect}: reviews reanalyze, ${fmt(runs[0]?.rewritten ?? 0)} reviews rewritten: ${line("rewrite")}`,
  );
}
console.log(`peak RSS of this bench process: ${fmt(process.resourceUsage().maxRSS / 1024)} MiB`);
