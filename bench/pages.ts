/**
 * npm run bench:pages — the site's pages under load on a database of 216,000+ reviews (see
 * bench-database.ts), SQLite and then PostgreSQL: requests per second and p50/p99 latency for
 * the busiest film's page (1,352 reviews) as most visitors ask for it (kept rendered while the
 * film stands still) and sorted by score (rendered every time), the home page and a search
 * page, with autocannon on loopback from a second process, median of 3 runs of 5 s each.
 */
import { benchEachDialect, load } from "./bench-database.js";
import { fmt } from "./shared-data.js";

await benchEachDialect(async (dialect, base, filmId) => {
  const html = await (await fetch(`${base}/films/${filmId}`)).text();
  console.log(`${dialect}: the busiest film's page is ${fmt(html.length / 1024)} KiB of HTML`);
  for (const [name, path] of [
    ["film page /films/:id", `/films/${filmId}`],
    ["film page sorted by score (rendered every time)", `/films/${filmId}?sort=score`],
    ["home page /", "/"],
    ["search page /search?q=", "/search?q=film%2012"],
  ] as const) {
    console.log(`${dialect} ${name}: ${await load(base + path)}`);
  }
});
