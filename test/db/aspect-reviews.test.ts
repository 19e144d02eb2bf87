import { describe, expect, test } from "vitest";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { listReviews } from "../../src/store/reviews.repository.js";
import { filmIdByTitle } from "../helpers/film-id.js";
import { storeReviews } from "../helpers/reviews.js";
import { testStores, withFreshStore } from "../helpers/stores.js";

const dialects = (await testStores()).map((s) => ({ dialect: s.dialect }));

// One film's reviews: many fault its pacing (more than are looked up one by one), two its
// editing, the rest neither.
const film = { title: "Paced Film", year: 2011 };
const inputs: ReviewInput[] = [
  ...Array.from({ length: 330 }, (_, i) => ({
    ...emptyReviewInput(`The pacing drags badly through the tedious middle hour, note ${i}.`),
    critic: `Pacing Critic ${i}`,
    film,
  })),
  ...Array.from({ length: 2 }, (_, i) => ({
    ...emptyReviewInput(`The editing is sloppy and confusing, note ${i}.`),
    critic: `Editing Critic ${i}`,
    film,
  })),
  ...Array.from({ length: 40 }, (_, i) => ({
    ...emptyReviewInput(`A warm film about a family, note ${i}.`),
    critic: `Other Critic ${i}`,
    film,
  })),
];

describe.each(dialects)("the reviews behind an aspect bar on the $dialect store", ({ dialect }) => {
  test("a side many reviews take and one few take list exactly their reviews, a page at a time", async () => {
    await withFreshStore(dialect, async (store) => {
      await storeReviews(store, inputs);
      const filmId = await filmIdByTitle(store, film.title);
      for (const aspect of [
        { name: "pacing", polarity: "negative" },
        { name: "editing", polarity: "negative" },
      ] as const) {
        const judging = await store.db
          .selectFrom("review_aspects")
          .select("review_id")
          .where("film_id", "=", filmId)
          .where("aspect", "=", aspect.name)
          .where("polarity", "=", aspect.polarity)
          .execute();
        // (The pacing's side is taken by more reviews than FEW_JUDGING, the editing's by fewer.)
        expect(judging.length).toBeGreaterThan(aspect.name === "pacing" ? 300 : 1);
        const seen: string[] = [];
        let after: string | null = null;
        do {
          const page: Awaited<ReturnType<typeof listReviews>> = await listReviews(
            store,
            { filmId, aspect },
            { after, limit: 50 },
          );
          for (const r of page.reviews) {
            expect(r.aspect).toMatchObject({ name: aspect.name, polarity: aspect.polarity });
            expect(r.aspect?.evidence).toMatch(aspect.name === "pacing" ? /drags/ : /editing/);
            seen.push(r.id);
          }
          after = page.next;
        } while (after);
        expect(seen.sort()).toEqual(judging.map((r) => r.review_id).sort());
      }
    });
  });
});
