import type { Kysely } from "kysely";
import { afterAll, describe, expect, test } from "vitest";
import { setReviewVerdict } from "../../src/commands/corrections.js";
import { refreshStandingOf } from "../../src/commands/review-context.js";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { buildApp } from "../../src/server/app.js";
import * as verdictSource from "../../src/store/migrations/0035-verdict-source.js";
import * as readVerdicts from "../../src/store/migrations/0037-read-verdicts.js";
import * as readVerdictSums from "../../src/store/migrations/0038-read-verdict-sums.js";
import { storeReviews } from "../helpers/reviews.js";
import { changingSchema, testStores } from "../helpers/stores.js";
import { expectSumsMatchReviews } from "../helpers/sums.js";

const TOKEN = "a-test-token-of-sixteen-chars";
const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

const film = { title: "Tender Film", year: 2001 };
const review = (text: string, more: Partial<ReviewInput> = {}): ReviewInput => ({
  ...emptyReviewInput(text),
  outlet: "Daily Planet",
  film,
  ...more,
});
const inputs: ReviewInput[] = [
  review("A tender, funny, lovely film."),
  review("A tender film, rated.", { rating: "3/5" }),
  review("A film the critic recommends.", { rating: "Recommended" }),
  review("A film the critic marked rotten.", { verdict: "negative" }),
  review("A dull, lifeless slog that never finds its footing.", { rating: "2.5/4" }),
  review("A film an admin read again.", { rating: "4/5" }),
  review(""),
];

describe.each(stores)("how each verdict was reached, on the $dialect store", (testStore) => {
  test("stored with the review; reviews stored before migration 0035 are given theirs from their row", async () => {
    const store = await testStore.open();
    try {
      await storeReviews(store, inputs);
      const admin = await store.db
        .selectFrom("reviews")
        .select("id")
        .where("text", "=", "A film an admin read again.")
        .executeTakeFirstOrThrow();
      await setReviewVerdict(store, "test", admin.id, "negative");
      const sources = async () =>
        Object.fromEntries(
          (await store.db.selectFrom("reviews").select(["text", "verdict_source"]).execute()).map(
            (r) => [r.text, r.verdict_source],
          ),
        );
      const read = await sources();
      expect(read).toEqual({
        "A tender, funny, lovely film.": "text",
        "A tender film, rated.": "rating",
        "A film the critic recommends.": "stated",
        "A film the critic marked rotten.": "stated",
        "A dull, lifeless slog that never finds its footing.": "fence",
        "A film an admin read again.": "admin",
        "": null,
      });
      // The card says which verdict the text decided, and the review's admin page how.
      const app = buildApp(store, { apiToken: TOKEN });
      try {
        const fence = await store.db
          .selectFrom("reviews")
          .select(["id", "film_id"])
          .where("verdict_source", "=", "fence")
          .executeTakeFirstOrThrow();
        const page = (await app.inject({ url: `/films/${fence.film_id}` })).body;
        expect(page.match(/rating on the fence: verdict read from the text/g)).toHaveLength(1);
        expect((await app.inject({ url: `/api/reviews/${fence.id}` })).json()).toMatchObject({
          verdict: "negative",
          verdictSource: "fence",
        });
      } finally {
        await app.close();
      }
      // As a store before 0035 held them: the migration gives each the source its row says,
      // the same as the analysis's for all but the fence's (none was read so before it).
      await changingSchema(testStore.dialect, async () => {
        // (0037 and 0038, on the verdicts read, came after it.)
        const db = store.db as Kysely<unknown>;
        await readVerdictSums.down(db);
        await readVerdicts.down(db);
        await verdictSource.down(db);
        await verdictSource.up(db);
        await readVerdicts.up(db);
        await readVerdictSums.up(db);
      });
      expect(await sources()).toEqual({
        ...read,
        "A dull, lifeless slog that never finds its footing.": "rating",
      });
    } finally {
      await store.close();
    }
  });

  test("a film says how many of its ratings' verdicts their text makes less likely right than not, until an admin sets them", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: TOKEN });
    try {
      const doubtedFilm = { title: "Tender Film Rated", year: 2003 };
      const pan = "A tedious, incoherent mess: wooden acting, a lazy script, two hours of boredom.";
      await storeReviews(store, [
        review(pan, { rating: "9/10", film: doubtedFilm }),
        review("A tender, funny, lovely film.", { rating: "9/10", film: doubtedFilm }),
        review("A dull, lifeless slog.", { rating: "2/10", film: doubtedFilm }),
      ]);
      const rows = await store.db
        .selectFrom("reviews")
        .innerJoin("films", "films.id", "reviews.film_id")
        .select(["reviews.id", "film_id", "text", "verdict", "verdict_source", "confidence"])
        .where("films.title", "=", doubtedFilm.title)
        .execute();
      const doubted = rows.find((r) => r.text === pan);
      expect(doubted).toMatchObject({ verdict: "positive", verdict_source: "rating" });
      expect(Number(doubted?.confidence)).toBeLessThan(0.5);
      const filmId = doubted?.film_id as string;
      const figures = async () => (await app.inject({ url: `/api/films/${filmId}` })).json();
      expect((await figures()).doubtedRatings).toBe(1);
      expect((await figures()).positiveCount).toBe(2); // counted as the rating gave it
      const page = async () => (await app.inject({ url: `/films/${filmId}` })).body;
      expect(await page()).toContain(
        "One verdict given by a rating is less likely right than not, read with its text",
      );
      // A verdict an outlet's learned line gives a rating, weighed with its text, counts among
      // the verdicts read rather than given, with how likely it is wrong, not here: its critics
      // call six 3-of-5s of six rotten, so its 3 of 5 is rotten, and this one's text is a rave.
      const grumpy = (title: string, text: string, more: Partial<ReviewInput>) =>
        review(text, { outlet: "Grumpy Weekly", film: { title, year: 2004 }, ...more });
      const stated = [0, 1, 2, 3, 4, 5].map((n) =>
        grumpy(`Grumpy film ${n}`, "A film.", { rating: "3/5", verdict: "negative" }),
      );
      stated.push(grumpy("Grumpy film 6", "A film.", { rating: "4/5", verdict: "positive" }));
      stated.push(grumpy("Grumpy film 7", "A film.", { rating: "4/5", verdict: "positive" }));
      const rave = "A warm, funny, beautifully acted gem: the best film of the year.";
      const byTheLine = {
        ...grumpy(doubtedFilm.title, rave, { rating: "3/5" }),
        film: doubtedFilm,
      };
      const readBefore = (await figures()).readVerdicts;
      await storeReviews(store, [...stated, byTheLine]);
      await refreshStandingOf(store, [...stated, byTheLine]);
      const lineRow = await store.db
        .selectFrom("reviews")
        .select(["verdict", "verdict_source", "confidence", "disagreement"])
        .where("text", "=", rave)
        .executeTakeFirstOrThrow();
      expect(lineRow).toMatchObject({ verdict: "negative", verdict_source: "outlet" });
      expect(Number(lineRow.confidence)).toBeLessThan(0.5);
      expect(lineRow.disagreement).toMatch(/a rotten verdict is \d+% likely/);
      expect((await figures()).doubtedRatings).toBe(1);
      const readAfter = (await figures()).readVerdicts;
      expect(readAfter.count).toBe(readBefore.count + 1);
      // (Likelier wrong than not: its doubt, over ½, joins the sum, shown to a tenth.)
      expect(readAfter.likelyWrong).toBeGreaterThan(readBefore.likelyWrong + 0.4);
      // An admin reads it and sets it: the admin's now.
      await setReviewVerdict(store, "test", doubted?.id as string, "negative");
      expect((await figures()).doubtedRatings).toBe(0);
      expect(await page()).not.toContain("given by a rating is less likely right");
      await expectSumsMatchReviews(store);
    } finally {
      await app.close();
      await store.close();
    }
  });

  test("a film counts its verdicts read rather than given, and how many of them are likely wrong: on its page, as an admin sets one, and from migration 0038", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: TOKEN });
    try {
      // (A film of its own: the store holds the test before's.)
      const again = { title: "Tender Film Again", year: 2002 };
      await storeReviews(
        store,
        inputs.map((i) => ({ ...i, text: i.text && `${i.text} Seen again.`, film: again })),
      );
      const rows = await store.db
        .selectFrom("reviews")
        .innerJoin("films", "films.id", "reviews.film_id")
        .select(["reviews.id", "film_id", "text", "verdict_source", "confidence"])
        .where("films.title", "=", again.title)
        .execute();
      const read = rows.filter((r) => r.verdict_source === "text" || r.verdict_source === "fence");
      expect(read).toHaveLength(2);
      const filmId = read[0]?.film_id as string;
      const sums = async () => {
        const row = await store.db
          .selectFrom("film_aggregates")
          .select(["read_verdict_count", "read_verdict_doubt"])
          .where("film_id", "=", filmId)
          .executeTakeFirstOrThrow();
        return { count: Number(row.read_verdict_count), doubt: Number(row.read_verdict_doubt) };
      };
      const doubt = read.reduce((sum, r) => sum + 1 - Number(r.confidence), 0);
      expect((await sums()).count).toBe(2);
      expect((await sums()).doubt).toBeCloseTo(doubt, 6);
      const figures = (await app.inject({ url: `/api/films/${filmId}` })).json();
      expect(figures.readVerdicts).toEqual({
        count: 2,
        likelyWrong: Math.round(doubt * 10) / 10,
      });
      const page = (await app.inject({ url: `/films/${filmId}` })).body;
      expect(page).toContain("The verdicts of 2 reviews were read from their words");
      expect(page).toMatch(
        Math.round(doubt) === 0
          ? /by how sure each reading is, most likely none of them is wrong\./
          : new RegExp(`by how sure each reading is, about ${Math.round(doubt)} of them`),
      );
      // An admin reads the one the text decided alone and sets it: it is given now.
      const text = read.find((r) => r.verdict_source === "text");
      await setReviewVerdict(store, "test", text?.id as string, "positive");
      const fence = read.find((r) => r.verdict_source === "fence");
      expect((await sums()).count).toBe(1);
      expect((await sums()).doubt).toBeCloseTo(1 - Number(fence?.confidence), 6);
      await expectSumsMatchReviews(store);
      expect((await app.inject({ url: `/films/${filmId}` })).body).toContain(
        "The verdict of 1 review was read from its words",
      );
      // A store from before 0038: its films are given theirs from their reviews.
      const before = await sums();
      await changingSchema(testStore.dialect, async () => {
        await readVerdictSums.down(store.db as Kysely<unknown>);
        await readVerdictSums.up(store.db as Kysely<unknown>);
      });
      expect((await sums()).count).toBe(before.count);
      expect((await sums()).doubt).toBeCloseTo(before.doubt, 6);
      await expectSumsMatchReviews(store);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
