/**
 * npm run bench:pages — the site's pages under load on a database of 216,000+ reviews (see
 * bench-database.ts), SQLite and then PostgreSQL: requests per second and p50/p99 latency for
 * the busiest film's page (1,352 reviews) as most visitors ask for it (kept rendered while the
 * film stands still) and sorted by score (rendered every time), the home page, a search
 * page, the browsing pages (films filtered and sorted, critics, outlets) and /about, with autocannon on loopback from a second process, median of 3 runs of 5 s each.
 */
import { benchEachDialect, load } from "./bench-database.js";
import { fmt } from "./shared-data.js";

await benchEachDialect(async (dialect, base, filmId, store) => {
  // The most credited person of the IMDb sample the bench database holds.
  const [busiest] = await store.db
    .selectFrom("film_people")
    .innerJoin("people", "people.id", "film_people.person_id")
    .select(["people.name", (eb) => eb.fn.countAll().as("n")])
    .groupBy("people.name")
    .orderBy("n", "desc")
    .limit(1)
    .execute();
  const person = busiest?.name ?? "";
  console.log(`${dialect}: the most credited person is ${person} (${busiest?.n} films)`);
  const html = await (await fetch(`${base}/films/${filmId}`)).text();
  console.log(`${dialect}: the busiest film's page is ${fmt(html.length / 1024)} KiB of HTML`);
  for (const [name, path] of [
    ["film page /films/:id", `/films/${filmId}`],
    ["film page sorted by score (rendered every time)", `/films/${filmId}?sort=score`],
    ["home page /", "/"],
    ["search page /search?q=", "/search?q=film%2012"],
    ["films /films (best reviewed, first page)", "/films"],
    [
      "films filtered /films?sort=positive&min=20&decade=1990",
      "/films?sort=positive&min=20&decade=1990",
    ],
    ["films by genre /films?genre=Drama&sort=mean", "/films?genre=Drama&sort=mean"],
    ["critics /critics", "/critics"],
    ["outlets /outlets?sort=lenient", "/outlets?sort=lenient"],
    ["about /about", "/about"],
    ["a person /people/:name, the most credited", `/people/${encodeURIComponent(person)}`],
  ] as const) {
    console.log(`${dialect} ${name}: ${await load(base + path)}`);
  }
});
