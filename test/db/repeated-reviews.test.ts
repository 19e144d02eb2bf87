import { describe, expect, test } from "vitest";
import { mergeFilm, moveReviewsTo, undo } from "../../src/commands/corrections.js";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import type { Store } from "../../src/store/db.js";
import { filmIdByTitle } from "../helpers/film-id.js";
import { storeReviews } from "../helpers/reviews.js";
import { testStores, withFreshStore } from "../helpers/stores.js";
import { expectSumsMatchReviews } from "../helpers/sums.js";

const dialects = (await testStores()).map((s) => ({ dialect: s.dialect }));

// One source listing one film under two names (rt-reviews lists "Flight of the Phoenix" under
// two ids, each with the same 109 reviews): each copy of a review is stored apart.
const review = (
  title: string,
  text: string,
  critic: string,
  rating: string,
  outlet = "Baltimore Sun",
): ReviewInput => ({
  ...emptyReviewInput(text),
  outlet,
  critic,
  rating,
  date: "2004-12-27",
  film: { title, year: 2004 },
});
const SHARED = "A remake that never gets off the ground, however handsome the desert looks.";
const inputs = [
  review("Flight of the Phoenix", SHARED, "Pat Critic", "2/5"),
  review("Phoenix Flight", SHARED, "Pat Critic", "2/5"),
  review("Phoenix Flight", "Dennis Quaid holds it together, just.", "Lee Writer", "3/5"),
  // The same words syndicated by another outlet are another review.
  review("Phoenix Flight", SHARED, "Pat Critic", "2/5", "Chicago Tribune"),
];

const reviewCount = async (store: Store, film: string) =>
  (await store.db.selectFrom("reviews").select("id").where("film_id", "=", film).execute()).length;

describe.each(dialects)(
  "the same review filed under two films, on the $dialect store",
  ({ dialect }) => {
    test("a merge sets the copy aside, audited; importing again does not bring it back; undo puts it back", async () => {
      await withFreshStore(dialect, async (store) => {
        await storeReviews(store, inputs);
        const kept = await filmIdByTitle(store, "Flight of the Phoenix");
        const other = await filmIdByTitle(store, "Phoenix Flight");
        expect([await reviewCount(store, kept), await reviewCount(store, other)]).toEqual([1, 3]);

        const merged = await mergeFilm(store, "test", other, kept);
        expect(merged.summary).toMatch(/1 review already there under another id set aside/);
        expect(await reviewCount(store, kept)).toBe(3);
        await expectSumsMatchReviews(store);
        const figures = await store.db
          .selectFrom("film_aggregates")
          .select("review_count")
          .where("film_id", "=", kept)
          .executeTakeFirstOrThrow();
        expect(Number(figures.review_count)).toBe(3);

        await storeReviews(store, inputs.slice(1));
        expect(await reviewCount(store, kept)).toBe(3);

        await undo(store, "test", merged.id);
        const back = await filmIdByTitle(store, "Phoenix Flight");
        expect([await reviewCount(store, kept), await reviewCount(store, back)]).toEqual([1, 3]);
        await expectSumsMatchReviews(store);
      });
    });

    test("moving a review onto a film that has its copy sets it aside too", async () => {
      await withFreshStore(dialect, async (store) => {
        await storeReviews(store, inputs);
        const kept = await filmIdByTitle(store, "Flight of the Phoenix");
        const other = await filmIdByTitle(store, "Phoenix Flight");
        const ids = (
          await store.db.selectFrom("reviews").select("id").where("film_id", "=", other).execute()
        ).map((r) => r.id);
        const moved = await moveReviewsTo(store, "test", ids, kept);
        expect(moved.summary).toMatch(/3 reviews moved to .*; 1 review already there/);
        expect([await reviewCount(store, kept), await reviewCount(store, other)]).toEqual([3, 0]);
        await undo(store, "test", moved.id);
        expect([await reviewCount(store, kept), await reviewCount(store, other)]).toEqual([1, 3]);
        await expectSumsMatchReviews(store);
      });
    });
  },
);
