/**
 * npm run bench:pages — the site's pages under load on a database of 216,000+ reviews (see
 * bench-database.ts), SQLite and then PostgreSQL: requests per second and p50/p99 latency for
 * the busiest film's page (1,352 reviews) as most visitors ask for it (kept rendered while the
 * film stands still) and sorted by score (rendered every time), the home page and a search
 * page, with autocannon on loopback from a second process, median of 3 runs of 5 s each.
 */
import { buildApp } from "../src/server/app.js";
import type { Store } from "../src/store/db.js";
import { listFilms } from "../src/store/films.repository.js";
import { benchStore, load, reviewCount } from "./bench-database.js";
import { fmt } from "./shared-data.js";

for (const dialect of ["sqlite", "postgres"] as const) {
  let store: Store;
  try {
    store = await benchStore(dialect);
  } catch (error) {
    console.log(`${dialect}: not measured (${(error as Error).message})`);
    continue;
  }
  const reviews = await reviewCount(store);
  const [film] = await listFilms(store.db, { sort: "reviews", limit: 1 });
  const app = buildApp(store, { apiToken: null });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const page = await fetch(`${base}/films/${film?.id}`);
  console.log(
    `${dialect}: ${fmt(reviews)} reviews; the busiest film has ${film?.reviewCount} reviews; its page is ${fmt((await page.text()).length / 1024)} KiB of HTML`,
  );
  for (const [name, path] of [
    ["film page /films/:id", `/films/${film?.id}`],
    ["film page sorted by score (rendered every time)", `/films/${film?.id}?sort=score`],
    ["home page /", "/"],
    ["search page /search?q=", "/search?q=film%2012"],
  ] as const) {
    console.log(`${dialect} ${name}: ${await load(base + path)}`);
  }
  await app.close();
  await store.close();
}
console.log(
  `peak RSS of this bench process (server and load generator): ${fmt(process.resourceUsage().maxRSS / 1024)} MiB`,
);
