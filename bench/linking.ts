/**
 * npm run bench:linking — rt-reviews (with rt.movie_info beside it), then the MovieLens and
 * IMDb-sample catalogs, into a fresh SQLite file, as a new user would; then:
 *   - the share of reviews on films without a known title, and the titled films;
 *   - for every titled film with a year, whether its reviews' dates fit that year (a film
 *     with more than a tenth of its dated reviews written over a year before it came out is
 *     listed as a misfit);
 *   - a held-out check of linking by title only: each review of an rt film the source's
 *     facts linked to the catalog (a title its reviews name + the source's theatrical year) is
 *     imported again into fresh stores naming its film by title alone — with its date, critic
 *     and words — against the same catalogs (namesakes included), the catalog first and the
 *     reviews first; right, wrong and held (not sure) are counted, overall and on titles the
 *     catalog has more than one film of.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importCatalog } from "../src/commands/import-catalog.js";
import { importReviews } from "../src/commands/import-reviews.js";
import { titleKey } from "../src/domain/film.js";
import { openStore } from "../src/store/db.js";
import { titleCandidates } from "../src/store/film-linking.repository.js";
import { fmt, sharedDataFile } from "./shared-data.js";

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9;
const pct = (n: number, of: number) => (of === 0 ? "–" : `${((100 * n) / of).toFixed(1)}%`);

const dir = mkdtempSync(join(tmpdir(), "cinemeter-bench-linking-"));
const store = await openStore({ dbPath: join(dir, "bench.db"), databaseUrl: null });
try {
  let start = process.hrtime.bigint();
  const imported = await importReviews(store, [sharedDataFile("rt-reviews", "rt.reviews.tsv.gz")], {
    format: "csv",
    preset: "rt",
  });
  console.log(
    `rt-reviews + rt.movie_info: ${fmt(imported.imported)} reviews in ${seconds(start).toFixed(1)} s`,
  );
  start = process.hrtime.bigint();
  const ml = await importCatalog(
    store,
    ["movies.csv", "links.csv"].map((f) => sharedDataFile("movielens", f)),
  );
  console.log(
    `MovieLens: ${fmt(ml.movielens ?? 0)} films; ${ml.linking.linked} of ${ml.linking.examined} provisional films linked, ` +
      `${fmt(ml.linking.reread.read)} of their reviews read again (${fmt(ml.linking.reread.changed)} changed) (${seconds(start).toFixed(1)} s)`,
  );
  start = process.hrtime.bigint();
  const imdb = await importCatalog(
    store,
    ["title.basics.tsv", "title.principals.tsv", "name.basics.tsv"].map((f) =>
      sharedDataFile("imdb-sample", f),
    ),
  );
  console.log(
    `IMDb sample: ${fmt(imdb.imdb?.films ?? 0)} films; ${imdb.linking.linked} of ${imdb.linking.examined} provisional films linked, ` +
      `${fmt(imdb.linking.reread.read)} of their reviews read again (${fmt(imdb.linking.reread.changed)} changed) (${seconds(start).toFixed(1)} s)`,
  );

  const films = await store.db
    .selectFrom("films")
    .innerJoin("film_aggregates as a", "a.film_id", "films.id")
    .select([
      "films.id",
      "films.title",
      "films.year",
      "films.title_source",
      "films.provisional",
      "a.review_count",
    ])
    .where("a.review_count", ">", 0)
    .execute();
  const reviews = films.reduce((n, f) => n + Number(f.review_count), 0);
  const untitled = films.filter((f) => f.title_source === null && f.provisional === 1);
  const untitledReviews = untitled.reduce((n, f) => n + Number(f.review_count), 0);
  const titled = films.filter((f) => !(f.title_source === null && f.provisional === 1));
  console.log(
    `\nreviews on films without a known title: ${fmt(untitledReviews)} of ${fmt(reviews)} (${pct(untitledReviews, reviews)}); ${untitled.length} of ${films.length} films`,
  );
  const bySource = new Map<string, number>();
  for (const f of titled)
    bySource.set(f.title_source ?? "catalog", (bySource.get(f.title_source ?? "catalog") ?? 0) + 1);
  console.log(
    `titled films: ${titled.length} (${[...bySource].map(([s, n]) => `${n} by ${s}`).join(", ")}), ${titled.filter((f) => f.year !== null).length} with a year`,
  );

  // Do the reviews' dates fit the titled film's year?
  const misfits: string[] = [];
  let checked = 0;
  for (const film of titled) {
    if (film.year === null) continue;
    const dates = await store.db
      .selectFrom("reviews")
      .select("date")
      .where("film_id", "=", film.id)
      .where("date", "is not", null)
      .execute();
    if (dates.length === 0) continue;
    checked++;
    const early = dates.filter(
      (d) => Number((d.date ?? "").slice(0, 4)) < (film.year as number) - 1,
    ).length;
    if (early / dates.length > 0.1)
      misfits.push(
        `  ${film.title} (${film.year}): ${early} of ${dates.length} reviews dated before ${(film.year as number) - 1}`,
      );
  }
  console.log(
    `titled films whose reviews' dates do not fit their year: ${misfits.length} of ${checked}`,
  );
  for (const line of misfits.slice(0, 20)) console.log(line);

  // Held-out: each review of a source-linked film, imported again into fresh stores as a
  // review that names its film by its title alone (with its date, critic and words), against
  // the same catalogs, namesakes included — the catalog first, and the reviews first.
  const linkedFilms = await store.db
    .selectFrom("films")
    .select(["id", "title", "year", "imdb_id"])
    .where("provisional", "=", 0)
    .where("link", "like", '%"method":"source-film"%')
    .execute();
  const namesakes = new Set<string>();
  const keys = [...new Set(linkedFilms.map((f) => titleKey(f.title)))];
  for (const [key, films] of await titleCandidates(store.db, keys, { catalogOnly: true }))
    if (films.length > 1) namesakes.add(key);
  const expected = new Map<string, { imdbId: string; namesake: boolean; film: string }>();
  const lines: string[] = [];
  for (const film of linkedFilms) {
    const rows = await store.db
      .selectFrom("reviews")
      .leftJoin("critics", "critics.id", "reviews.critic_id")
      .leftJoin("outlets", "outlets.id", "reviews.outlet_id")
      .select([
        "reviews.text",
        "reviews.date",
        "reviews.rating_raw",
        "critics.name as critic",
        "outlets.name as outlet",
      ])
      .where("reviews.film_id", "=", film.id)
      .orderBy("reviews.id")
      .limit(30)
      .execute();
    for (const row of rows) {
      const id = `held-out ${lines.length}`;
      expected.set(id, {
        imdbId: film.imdb_id as string,
        namesake: namesakes.has(titleKey(film.title)),
        film: `${film.title} (${film.year})`,
      });
      lines.push(
        JSON.stringify({
          text: row.text,
          critic: row.critic,
          outlet: row.outlet,
          rating: row.rating_raw,
          date: row.date,
          film: film.title,
          url: `https://held-out.example/${lines.length}`,
          title: id,
        }),
      );
    }
  }
  const heldOut = join(dir, "held-out.jsonl");
  writeFileSync(heldOut, `${lines.join("\n")}\n`);
  const catalogs = [
    ["movies.csv", "links.csv"].map((f) => sharedDataFile("movielens", f)),
    ["title.basics.tsv", "title.principals.tsv", "name.basics.tsv"].map((f) =>
      sharedDataFile("imdb-sample", f),
    ),
  ];
  console.log(
    `\nheld-out: ${fmt(lines.length)} reviews of ${linkedFilms.length} source-linked films, by title alone:`,
  );
  for (const order of ["catalog first", "reviews first"] as const) {
    const folder = mkdtempSync(join(tmpdir(), "cinemeter-bench-held-out-"));
    const fresh = await openStore({ dbPath: join(folder, "held-out.db"), databaseUrl: null });
    try {
      if (order === "reviews first") await importReviews(fresh, [heldOut], { format: "jsonl" });
      for (const files of catalogs) await importCatalog(fresh, files);
      if (order === "catalog first") await importReviews(fresh, [heldOut], { format: "jsonl" });
      const placed = await fresh.db
        .selectFrom("reviews")
        .innerJoin("films", "films.id", "reviews.film_id")
        .select([
          "reviews.title",
          "films.imdb_id",
          "films.provisional",
          "films.title as film",
          "films.year",
        ])
        .execute();
      const tally = {
        all: { right: 0, wrong: 0, held: 0 },
        namesakes: { right: 0, wrong: 0, held: 0 },
      };
      const wrongExamples: string[] = [];
      for (const row of placed) {
        const want = expected.get(row.title ?? "");
        if (!want) continue;
        const outcome =
          row.provisional === 1 ? "held" : row.imdb_id === want.imdbId ? "right" : "wrong";
        tally.all[outcome]++;
        if (want.namesake) tally.namesakes[outcome]++;
        if (outcome === "wrong" && wrongExamples.length < 8)
          wrongExamples.push(`    ${want.film} → ${row.film} (${row.year})`);
      }
      const line = (name: string, t: { right: number; wrong: number; held: number }) => {
        const total = t.right + t.wrong + t.held;
        console.log(
          `    ${name}: ${fmt(total)} — right ${fmt(t.right)} (${pct(t.right, total)}), wrong ${fmt(t.wrong)} (${pct(t.wrong, total)}), held ${fmt(t.held)} (${pct(t.held, total)}); precision ${pct(t.right, t.right + t.wrong)}, recall ${pct(t.right, total)}`,
        );
      };
      console.log(`  ${order}:`);
      line("all", tally.all);
      line("titles with namesakes in the catalog", tally.namesakes);
      for (const example of wrongExamples) console.log(example);
    } finally {
      await fresh.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }
  console.log(`\npeak RSS ${fmt(process.memoryUsage().rss / 2 ** 20)} MiB`);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
