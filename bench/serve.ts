/**
 * npm run bench:serve — the JSON API under load on a database of 216,000+ reviews (see
 * bench-database.ts), SQLite and then PostgreSQL: requests per second and p50/p99 latency for
 * /api/films/:id, a page of the busiest film's reviews (all of them, and those behind one of its
 * aspect bars), and /api/search (one query again and again, and 1,000 different ones in turn), with autocannon on loopback from a second process, median
 * of 3 runs of 5 s each.
 */
import { benchEachDialect, load, loadFrequentSearches } from "./bench-database.js";

await benchEachDialect(async (dialect, base, filmId) => {
  for (const [name, path] of [
    ["/api/films/:id", `/api/films/${filmId}`],
    ["/api/search?q=", "/api/search?q=film%2012"],
    ["/api/films/:id/reviews (a page of 50, the default)", `/api/films/${filmId}/reviews`],
    // The reviews behind an aspect bar: a common side, and a rare one (read through more).
    [
      "/api/films/:id/reviews?aspect=acting&side=positive",
      `/api/films/${filmId}/reviews?aspect=acting&side=positive`,
    ],
    [
      "/api/films/:id/reviews?aspect=editing&side=negative",
      `/api/films/${filmId}/reviews?aspect=editing&side=negative`,
    ],
  ] as const) {
    console.log(`${dialect} ${name}: ${await load(base + path)}`);
  }
  console.log(
    `${dialect} /api/search, the reviews' 1,000 most frequent words in turn: ${await loadFrequentSearches(base)}`,
  );
});
