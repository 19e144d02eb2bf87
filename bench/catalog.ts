/**
 * npm run bench:catalog — what a large catalog costs the pages. Stores CATALOG_FILMS films
 * (700,000 by default, about the films in IMDb's title.basics) no review is about, on each
 * store (BENCH_STORES=sqlite,postgres), then times, one at a time (median of 30 after 5
 * untimed), the site's fingerprint that every memoized page and search reads, against
 * counting the films as the fingerprint did before migration 0028 kept the count.
 */
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import pg from "pg";
import { openStore, type Store } from "../src/store/db.js";
import { siteFingerprint } from "../src/store/films.repository.js";
import { BENCH_PG_URL, fmt, median } from "./shared-data.js";

const films = Number(process.env.CATALOG_FILMS ?? 700_000);
const stores = (process.env.BENCH_STORES ?? "sqlite,postgres").split(",");
const schema = "cinemeter_bench_catalog";

async function open(dialect: string): Promise<Store> {
  if (dialect === "sqlite") {
    const path = join(tmpdir(), "cinemeter-bench-catalog.db");
    for (const suffix of ["", "-wal", "-shm"]) rmSync(path + suffix, { force: true });
    return openStore({ dbPath: path, databaseUrl: "" });
  }
  const admin = new pg.Client({ connectionString: BENCH_PG_URL });
  await admin.connect();
  await admin.query(`drop schema if exists ${schema} cascade; create schema ${schema}`);
  await admin.end();
  return openStore({
    dbPath: "",
    databaseUrl: `${BENCH_PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
  });
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 5; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < 30; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return median(times);
}

for (const dialect of stores) {
  let store: Store;
  try {
    store = await open(dialect);
  } catch (error) {
    console.log(`${dialect}: not measured (${(error as Error).message})`);
    continue;
  }
  const started = performance.now();
  const series =
    dialect === "sqlite"
      ? sql`with recursive g(n) as (select 1 union all select n + 1 from g where n < ${films}) select n from g`
      : sql`select generate_series(1, ${films}) as n`;
  await sql`insert into films (id, title, title_key, year, provisional, created_at)
    select 'tt' || n, 'Film ' || n, 'film ' || n, 2000, 0, '2026-12-01T00:00:00.000Z' from (${series}) s`.execute(
    store.db,
  );
  const seconds = (performance.now() - started) / 1000;
  await sql`${sql.raw(dialect === "sqlite" ? "analyze" : "vacuum analyze films")}`.execute(
    store.db,
  );
  const count = await timed(() => sql`select count(*) from films`.execute(store.db));
  const fingerprint = await timed(() => siteFingerprint(store.db));
  console.log(
    `${dialect}: ${fmt(films)} catalog films stored in ${seconds.toFixed(1)} s (one statement); ` +
      `counting them ${count.toFixed(2)} ms; the site's fingerprint ${fingerprint.toFixed(2)} ms ` +
      `(median of 30, one at a time)`,
  );
  await store.close();
}
