/**
 * npm run bench:serve — the JSON API under load on a SQLite database of 217,000+ reviews (the
 * rt-reviews file imported four times over, each copy from its own outlets): requests per
 * second and p50/p99 latency for /api/films/:id and /api/search, with autocannon on loopback,
 * median of 3 runs of 5 s each. The database is built once into the system's temp folder.
 */
import { createWriteStream, existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { decodeHTML } from "entities";
import { importReviews } from "../src/commands/import-reviews.js";
import { readRows } from "../src/ingest/csv/read-rows.js";
import { buildApp } from "../src/server/app.js";
import { openStore } from "../src/store/db.js";
import { listFilms } from "../src/store/films.repository.js";
import { fmt, median, sharedDataFile } from "./shared-data.js";

const COPIES = 4;
const dir = join(tmpdir(), "cinemeter-bench-serve");
const db = join(dir, "serve.db");
mkdirSync(dir, { recursive: true });

if (!existsSync(db)) {
  const jsonl = join(dir, "reviews.jsonl");
  const out = createWriteStream(jsonl);
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
  const store = await openStore({ dbPath: db, databaseUrl: null });
  const started = Date.now();
  const summary = await importReviews(store, [jsonl], { format: "jsonl" });
  console.log(
    `built the database: ${fmt(summary.imported)} reviews in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  await store.close();
}

const store = await openStore({ dbPath: db, databaseUrl: null });
const reviews = Number(
  (
    await store.db
      .selectFrom("reviews")
      .select((eb) => eb.fn.countAll().as("n"))
      .executeTakeFirstOrThrow()
  ).n,
);
const [film] = await listFilms(store.db, { sort: "reviews", limit: 1 });
const app = buildApp(store, { apiToken: null });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
console.log(`${fmt(reviews)} reviews; the busiest film has ${film?.reviewCount} reviews`);

for (const [name, path] of [
  ["/api/films/:id", `/api/films/${film?.id}`],
  ["/api/search?q=", "/api/search?q=film%2012"],
] as const) {
  const runs: autocannon.Result[] = [];
  for (let i = 0; i < 3; i++)
    runs.push(await autocannon({ url: base + path, connections: 10, duration: 5 }));
  const ok = runs.every((r) => r.non2xx === 0 && r.errors === 0);
  console.log(
    `${name}: ${fmt(median(runs.map((r) => r.requests.average)))} req/s, p50 ${median(runs.map((r) => r.latency.p50))} ms, ` +
      `p99 ${median(runs.map((r) => r.latency.p99))} ms (10 connections, median of 3 × 5 s${ok ? "" : "; SOME REQUESTS FAILED"})`,
  );
}
await app.close();
await store.close();
console.log(
  `peak RSS of this bench process (server and load generator): ${fmt(process.resourceUsage().maxRSS / 1024)} MiB`,
);
