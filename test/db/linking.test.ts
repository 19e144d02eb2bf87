import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { sql } from "kysely";
import { describe, expect, test } from "vitest";
import { importCatalog } from "../../src/commands/import-catalog.js";
import { importReviews } from "../../src/commands/import-reviews.js";
import { linkFilms } from "../../src/commands/link-films.js";
import { reanalyzeReviews } from "../../src/commands/reanalyze-reviews.js";
import { catalogFilmId } from "../../src/store/catalog.repository.js";
import type { Store } from "../../src/store/db.js";
import { REPO_ROOT } from "../helpers/run-cli.js";
import { testStores, withFreshStore } from "../helpers/stores.js";

const NAMESAKES = resolve(REPO_ROOT, "src/link/testdata/namesakes");
const RT = resolve(REPO_ROOT, "src/link/testdata/rt");
const catalogFiles = ["title.basics.tsv", "title.principals.tsv", "name.basics.tsv"].map((f) =>
  resolve(NAMESAKES, f),
);
const reviewsFile = resolve(NAMESAKES, "reviews.jsonl");

/** Each fixture review: its words, what linking must decide, and the film it is really about. */
const fixtures = readFileSync(reviewsFile, "utf8")
  .trim()
  .split("\n")
  .map((line) => JSON.parse(line) as { text: string; expect: string; truth?: string | null });

const dialects = (await testStores()).map((s) => ({ dialect: s.dialect }));

/** Where each fixture review went: the IMDb id of its catalog film, or "held" (provisional). */
async function placements(store: Store): Promise<Map<string, string>> {
  const rows = await store.db
    .selectFrom("reviews")
    .innerJoin("films", "films.id", "reviews.film_id")
    .select(["reviews.text", "films.imdb_id", "films.provisional"])
    .execute();
  return new Map(rows.map((r) => [r.text, r.provisional === 0 && r.imdb_id ? r.imdb_id : "held"]));
}

describe.each(dialects)("linking on every clue in the $dialect store", ({ dialect }) => {
  test("namesakes each receive their own reviews, from dates and people; not sure is held", async () => {
    await withFreshStore(dialect, async (store) => {
      await importCatalog(store, catalogFiles);
      await importReviews(store, [reviewsFile], { format: "auto" });
      const placed = await placements(store);
      for (const review of fixtures)
        expect({ text: review.text, film: placed.get(review.text) }).toEqual({
          text: review.text,
          film: review.expect,
        });
      // Each linked review keeps why: the candidates weighed, with their evidence.
      const link = await store.db
        .selectFrom("reviews")
        .innerJoin("link_decisions", "link_decisions.id", "reviews.link")
        .select("link_decisions.decision")
        .where("text", "like", "Gus Van Sant%")
        .executeTakeFirstOrThrow();
      const decision = JSON.parse(link.decision);
      expect(decision).toMatchObject({ method: "title", action: "link" });
      expect(decision.candidates.map((c: { year: number }) => c.year)).toEqual([1998, 1960]);
      expect(JSON.stringify(decision.candidates[0].evidence)).toContain("Gus Van Sant");
      // Films held as not sure keep their title and a year guessed from the dates, marked so.
      const glass = await store.db
        .selectFrom("films")
        .select(["title", "year", "year_inferred", "provisional"])
        .where("title_key", "=", "glass lanterns")
        .executeTakeFirstOrThrow();
      expect(glass).toEqual({
        title: "The Glass Lanterns",
        year: 2024,
        year_inferred: 1,
        provisional: 1,
      });
    });
  });

  test("reviews first, catalog later: no review ends on a film it is not about", async () => {
    await withFreshStore(dialect, async (store) => {
      await importReviews(store, [reviewsFile], { format: "auto" });
      const summary = await importCatalog(store, catalogFiles);
      expect(summary.linking.linked).toBeGreaterThan(0);
      const placed = await placements(store);
      let linked = 0;
      for (const review of fixtures) {
        const film = placed.get(review.text);
        const truth = review.truth === undefined ? review.expect : review.truth;
        if (film !== "held") linked++;
        // Held is allowed (not sure); a catalog film must be the right one.
        expect([review.text, film === "held" || film === truth]).toEqual([review.text, true]);
      }
      expect(linked).toBeGreaterThanOrEqual(14);
      // The reviews of the films that took others' were read again with their catalog titles
      // and credits: reading every review again changes nothing.
      expect(summary.linking.reread.read).toBeGreaterThan(0);
      expect(await reanalyzeReviews(store, { dryRun: true })).toMatchObject({ changed: 0 });
      // The planner counted the films the catalog added before linking looked titles up
      // (SQLite: counted when only the reviews' films were there, it read every film for each).
      if (store.dialect === "sqlite") {
        const films = await store.db
          .selectFrom("films")
          .select(sql<number>`count(*)`.as("n"))
          .executeTakeFirstOrThrow();
        const { rows } = await sql<{
          stat: string;
        }>`select stat from sqlite_stat1 where tbl = 'films' and idx = 'films_title_key'`.execute(
          store.db,
        );
        // (Counted before linking merged some away: at least as many as there are now.)
        expect(Number(rows[0]?.stat.split(" ")[0])).toBeGreaterThanOrEqual(Number(films.n));
      }
    });
  });

  test("rt films take their catalog film from the source's year and director, never from a film their reviews mention", async () => {
    await withFreshStore(dialect, async (store) => {
      await importCatalog(store, catalogFiles);
      // rt.movie_info beside the reviews is read as the films' facts.
      await importReviews(store, [resolve(RT, "rt.reviews.tsv")], { format: "auto", preset: "rt" });
      const films = await store.db
        .selectFrom("reviews")
        .innerJoin("films", "films.id", "reviews.film_id")
        .select(["reviews.text", "films.id", "films.title", "films.provisional", "films.facts"])
        .execute();
      const filmOf = (start: string) => films.find((f) => f.text.startsWith(start));
      // Three of its five reviews name Schindler's List (1993); the source says 2005, Spielberg.
      expect(filmOf("Spielberg has not been")?.id).toBe(catalogFilmId("tt9000018"));
      // Every review names Psycho; the source's 2018 film by someone else is none of them.
      const slasher = filmOf("A slasher");
      expect(slasher).toMatchObject({
        provisional: 1,
        title: "A 2018 film by Nobody Known · 90 min",
      });
      expect(JSON.parse(slasher?.facts ?? "{}")).toMatchObject({
        externalId: "rt:102",
        year: 2018,
        writers: ["Someone Else"],
        runtimeMinutes: 90,
        mpaa: "R",
      });
      // No facts: the reviews' dates choose the 2005 King Kong over 1933 and 1976.
      expect(filmOf("King Kong returns")?.id).toBe(catalogFilmId("tt9000007"));
      // The linked film shows the source's facts too.
      expect(JSON.parse(filmOf("War of the Worlds is")?.facts ?? "{}")).toMatchObject({
        directors: ["Steven Spielberg"],
        releaseDate: "2005-06-29",
      });
      // The merge is in the audit log, by "linking", and the old id leads to the film.
      const merges = await store.db
        .selectFrom("audit_log")
        .select(["actor", "action", "target"])
        .where("action", "=", "merge")
        .execute();
      expect(merges).toContainEqual({
        actor: "linking",
        action: "merge",
        target: catalogFilmId("tt9000018"),
      });
    });
  });

  test("a film linked to the catalog has its reviews read again with its title (a quote is not cut at its comma)", async () => {
    // rt-reviews film 1771's review as its Love, Simon page quoted it: the untitled film's
    // review read "…if Love, Simon helps …" as two clauses, and the aspect's evidence ended at
    // "if Love".
    const dir = mkdtempSync(join(tmpdir(), "cinemeter-reread-"));
    try {
      const tsv = (rows: string[][]) => `${rows.map((r) => r.join("\t")).join("\n")}\n`;
      const crafted =
        "As a piece of filmmaking craft, it's competent, if unremarkable...if Love, Simon helps even one gay teen come to terms with their sexuality, it's done its job.";
      writeFileSync(
        join(dir, "rt.reviews.tsv"),
        tsv([
          ["id", "review", "rating", "fresh", "critic", "top_critic", "publisher", "date"],
          ["7", crafted, "3/5", "fresh", "A One", "0", "Fixture Daily", "March 16, 2018"],
          [
            "7",
            "Love, Simon is sweet and funny.",
            "4/5",
            "fresh",
            "B Two",
            "0",
            "Other Daily",
            "March 16, 2018",
          ],
          [
            "7",
            "Love, Simon hits every mark.",
            "4/5",
            "fresh",
            "C Three",
            "0",
            "Third Daily",
            "March 17, 2018",
          ],
        ]),
      );
      writeFileSync(
        join(dir, "rt.movie_info.tsv"),
        tsv([
          [
            "id",
            "synopsis",
            "rating",
            "genre",
            "director",
            "writer",
            "theater_date",
            "dvd_date",
            "currency",
            "box_office",
            "runtime",
            "studio",
          ],
          [
            "7",
            "A teenager keeps a secret.",
            "PG-13",
            "Drama",
            "Greg Berlanti",
            "",
            "Mar 16, 2018",
            "",
            "",
            "",
            "110 minutes",
            "",
          ],
        ]),
      );
      writeFileSync(
        join(dir, "title.basics.tsv"),
        tsv([
          [
            "tconst",
            "titleType",
            "primaryTitle",
            "originalTitle",
            "isAdult",
            "startYear",
            "endYear",
            "runtimeMinutes",
            "genres",
          ],
          ["tt9100001", "movie", "Love, Simon", "Love, Simon", "0", "2018", "\\N", "110", "Drama"],
        ]),
      );
      await withFreshStore(dialect, async (store) => {
        await importReviews(store, [join(dir, "rt.reviews.tsv")], { format: "auto", preset: "rt" });
        // Evidence is stored as where it lies in the review's text.
        const evidence = async () => {
          const row = await store.db
            .selectFrom("review_aspects")
            .innerJoin("reviews", "reviews.id", "review_aspects.review_id")
            .select([
              "review_aspects.evidence_at as at",
              "review_aspects.evidence_length as length",
            ])
            .where("reviews.text", "=", crafted)
            .where("review_aspects.aspect", "=", "direction")
            .executeTakeFirstOrThrow();
          return crafted.slice(Number(row.at), Number(row.at) + Number(row.length));
        };
        expect(await evidence()).toMatch(/if Love$/);
        const summary = await importCatalog(store, [join(dir, "title.basics.tsv")]);
        expect(summary.linking.linked).toBe(1);
        expect(summary.linking.reread).toMatchObject({ read: 3 });
        expect(await evidence()).toBe(crafted);
        expect(await reanalyzeReviews(store, { dryRun: true })).toMatchObject({ changed: 0 });
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("with no catalog, a review without year or date joins the one film of its title", async () => {
    await withFreshStore(dialect, async (store) => {
      const dir = mkdtempSync(join(tmpdir(), "cinemeter-her-smell-"));
      try {
        const file = join(dir, "reviews.jsonl");
        writeFileSync(
          file,
          [
            {
              text: "Moss is ferocious.",
              outlet: "A",
              film: "Her Smell",
              year: 2019,
              date: "2019-04-12",
            },
            { text: "Too long by half.", outlet: "B", film: "Her Smell" },
          ]
            .map((r) => JSON.stringify(r))
            .join("\n"),
        );
        await importReviews(store, [file], { format: "auto" });
        const films = await store.db.selectFrom("films").select(["title", "year"]).execute();
        expect(films).toEqual([{ title: "Her Smell", year: 2019 }]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  test("films nothing can be decided for are linked without reading their reviews, unless their year comes from them", async () => {
    await withFreshStore(dialect, async (store) => {
      const dir = mkdtempSync(join(tmpdir(), "cinemeter-undecided-"));
      try {
        const file = join(dir, "reviews.jsonl");
        const lines = (film: string, year: number | null, n: number) =>
          Array.from({ length: n }, (_, k) => ({
            text: `Review ${k} of ${film}.`,
            outlet: `Outlet ${k}`,
            film: year === null ? { title: film } : { title: film, year },
            date: `2016-05-0${k + 1}`,
          }));
        writeFileSync(
          file,
          [...lines("Quiet Harbour", 2014, 5), ...lines("Undated Orchard", null, 5)]
            .map((r) => JSON.stringify(r))
            .join("\n"),
        );
        await importReviews(store, [file], { format: "auto" });
        // The catalog knows neither title: no review can move, whatever it says.
        await importCatalog(store, catalogFiles);
        const films = await store.db.selectFrom("films").select(["id", "title"]).execute();
        const reads: string[] = [];
        const counting = {
          ...store,
          db: store.db.withPlugin({
            transformQuery: ({ node, queryId }) => {
              const text = store.db.getExecutor().compileQuery(node, queryId).sql;
              if (/from reviews where film_id = /.test(text)) reads.push(text);
              return node;
            },
            transformResult: async ({ result }) => result,
          }),
        };
        const quiet = films.find((f) => f.title === "Quiet Harbour")?.id as string;
        const orchard = films.find((f) => f.title === "Undated Orchard")?.id as string;
        await linkFilms(counting, [quiet]);
        expect(reads).toEqual([]);
        // A film whose year is its reviews' is read for their dates, and only for them.
        await linkFilms(counting, [orchard]);
        expect(reads.length).toBe(1);
        expect(reads[0]).not.toMatch(/"text"|"analysis"/);
        const years = await store.db
          .selectFrom("films")
          .select(["title", "year", "year_inferred"])
          .where("id", "in", [quiet, orchard])
          .orderBy("title")
          .execute();
        expect(years).toEqual([
          { title: "Quiet Harbour", year: 2014, year_inferred: 0 },
          { title: "Undated Orchard", year: 2016, year_inferred: 1 },
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  test("every importer refuses a file meant for another, naming the command", async () => {
    await withFreshStore(dialect, async (store) => {
      await expect(
        importReviews(store, [catalogFiles[0] as string], { format: "auto" }),
      ).rejects.toThrow(/title\.basics, not reviews: read it with cinemeter catalog import/);
      await expect(
        importReviews(store, [resolve(RT, "rt.movie_info.tsv")], { format: "auto", preset: "rt" }),
      ).rejects.toThrow(/rt\.movie_info\), not reviews/);
      await expect(
        importReviews(store, [reviewsFile], { format: "auto", preset: "rt" }),
      ).rejects.toThrow(/not rt-reviews' reviews/);
      await expect(importCatalog(store, [resolve(RT, "rt.reviews.tsv")])).rejects.toThrow(
        /rt-reviews' reviews, not a catalog: read it with cinemeter import FILE --preset rt/,
      );
      await expect(importCatalog(store, [reviewsFile])).rejects.toThrow(/is not a catalog file/);
    });
  });
});
