import { describe, expect, test } from "vitest";
import { analyzeReviews } from "../../src/commands/analyze-reviews.js";
import { deleteReview, moveReviewsTo, undo } from "../../src/commands/corrections.js";
import { linkFilms } from "../../src/commands/link-films.js";
import { storeAnalyzedReviews } from "../../src/commands/link-reviews.js";
import { refreshStandingOf } from "../../src/commands/review-context.js";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import type { Store } from "../../src/store/db.js";
import * as standingSumsMigration from "../../src/store/migrations/0031-standing-sums.js";
import { correctDueStanding } from "../../src/store/standing.repository.js";
import { filmIdByTitle } from "../helpers/film-id.js";
import { changingSchema, testStores, withFreshStore } from "../helpers/stores.js";
import { expectStandingCurrent, expectSumsMatchReviews } from "../helpers/sums.js";

const dialects = (await testStores()).map((s) => ({ dialect: s.dialect }));

const dune = { title: "Dune Sea", year: 2021 };
const harbor = { title: "Harbor Lights", year: 2019 };
const review = (
  critic: string,
  outlet: string,
  film: typeof dune,
  rating: string,
  text = `${critic} on ${film.title}.`,
): ReviewInput => ({ ...emptyReviewInput(text), critic, outlet, film, rating });

/** The reviews analyzed and stored, their films noted as due, no standing refreshed yet. */
async function storing(store: Store, inputs: ReviewInput[]): Promise<string[]> {
  const analyses = analyzeReviews(inputs);
  const { ids } = await storeAnalyzedReviews(
    store,
    inputs.map((input, i) => ({ input, analysis: analyses[i] as (typeof analyses)[number] })),
    null,
  );
  return ids;
}

/** An import: the reviews stored, then the standing of those they are by brought up to date. */
async function importing(store: Store, inputs: ReviewInput[]): Promise<string[]> {
  const ids = await storing(store, inputs);
  await refreshStandingOf(store, inputs);
  return ids;
}

describe.each(dialects)("standing as running sums on the $dialect store", ({ dialect }) => {
  test("a critic no later import touches still stands as every film's present consensus says", async () => {
    await withFreshStore(dialect, async (store) => {
      await importing(store, [
        review("Ada Lowe", "Morning Sun", dune, "4/5"),
        review("Ben Park", "Evening Post", dune, "2/5"),
        review("Ada Lowe", "Morning Sun", harbor, "3/5"),
      ]);
      await expectStandingCurrent(store);
      // Later imports by others move both films' consensus (and make Harbor Lights' first).
      await importing(store, [
        review("Cy Dean", "Weekly Reel", dune, "1/5"),
        review("Dee Moss", "Weekly Reel", dune, "5/5"),
        review("Cy Dean", "Weekly Reel", harbor, "5/5"),
      ]);
      await expectSumsMatchReviews(store);
      await expectStandingCurrent(store);
      const ada = await store.db
        .selectFrom("critic_stats")
        .select(["scored_count", "leniency"])
        .where("id", "in", [
          (
            await store.db
              .selectFrom("critics")
              .select("id")
              .where("name", "=", "Ada Lowe")
              .executeTakeFirstOrThrow()
          ).id,
        ])
        .executeTakeFirstOrThrow();
      // Dune Sea: 80 against (40 + 20 + 100) / 3; Harbor Lights: 60 against 100; over 2 + 10.
      expect(Number(ada.scored_count)).toBe(2);
      expect(Number(ada.leniency)).toBeCloseTo((80 - 160 / 3 + (60 - 100)) / 12, 1);
    });
  });

  test("a big film a review barely moves waits until its reviews add up past the tolerance", async () => {
    await withFreshStore(dialect, async (store) => {
      const critics = (from: number, n: number, rating: string) =>
        Array.from({ length: n }, (_, i) =>
          review(`Critic ${from + i}`, `Outlet ${from + i}`, dune, rating),
        );
      await importing(store, critics(0, 60, "3/5"));
      await expectStandingCurrent(store);
      const due = async () =>
        (await store.db.selectFrom("standing_due").select("film_id").execute()).length;
      // One more 3/5 moves no review's offset by a tenth of a point: nothing is due.
      await storing(store, critics(60, 1, "3/5"));
      expect(await due()).toBe(0);
      await expectSumsMatchReviews(store);
      await expectStandingCurrent(store);
      // Twenty 5/5 reviews move it for every review: the film is due, then corrected.
      const raves = critics(61, 20, "5/5");
      await storing(store, raves);
      expect(await due()).toBe(1);
      await refreshStandingOf(store, raves);
      await expectStandingCurrent(store);
    });
  });

  test("deletes, undos and moves keep every source's standing current", async () => {
    await withFreshStore(dialect, async (store) => {
      const ids = await importing(store, [
        review("Ada Lowe", "Morning Sun", dune, "4/5", "A triumph, moving and wise."),
        review("Ben Park", "Evening Post", dune, "2/5", "A dull, muddled slog."),
        review("Cy Dean", "Weekly Reel", dune, "5/5", "Glorious."),
        review("Ada Lowe", "Morning Sun", harbor, "3/5", "Fine."),
        review("Dee Moss", "Evening Post", harbor, "1/5", "Awful."),
      ]);
      const deleted = await deleteReview(store, "admin", ids[2] as string);
      await expectSumsMatchReviews(store);
      await expectStandingCurrent(store);
      await undo(store, "admin", deleted.id);
      await expectStandingCurrent(store);
      const moved = await moveReviewsTo(
        store,
        "admin",
        [ids[1] as string],
        await filmIdByTitle(store, "Harbor Lights"),
      );
      await expectSumsMatchReviews(store);
      await expectStandingCurrent(store);
      await undo(store, "admin", moved.id);
      await expectSumsMatchReviews(store);
      await expectStandingCurrent(store);
    });
  });

  test("within a budget the films waiting longest are corrected first, the rest at the next refresh", async () => {
    await withFreshStore(dialect, async (store) => {
      const inputs = [
        review("Ada Lowe", "Morning Sun", dune, "4/5"),
        review("Ben Park", "Evening Post", dune, "2/5"),
        review("Ada Lowe", "Morning Sun", harbor, "3/5"),
        review("Cy Dean", "Weekly Reel", harbor, "5/5"),
      ];
      await storing(store, inputs.slice(0, 2));
      await new Promise((resolve) => setTimeout(resolve, 5));
      await storing(store, inputs.slice(2));
      // A budget of one review: one film (the first noted) each call.
      expect(await correctDueStanding(store, 1)).toBe(1);
      const waiting = await store.db.selectFrom("standing_due").select("film_id").execute();
      expect(waiting.map((d) => d.film_id)).toEqual([await filmIdByTitle(store, "Harbor Lights")]);
      await expectSumsMatchReviews(store);
      expect(await correctDueStanding(store, 1)).toBe(1);
      await refreshStandingOf(store, inputs);
      await expectStandingCurrent(store);
    });
  });

  test("a link run that moves no review leaves due films to the next refresh", async () => {
    await withFreshStore(dialect, async (store) => {
      const inputs = [
        review("Ada Lowe", "Morning Sun", dune, "4/5"),
        review("Ben Park", "Evening Post", dune, "2/5"),
      ];
      await storing(store, inputs);
      const due = async () =>
        (await store.db.selectFrom("standing_due").select("film_id").execute()).length;
      expect(await due()).toBe(1);
      // Linking decided nothing (no catalog): it pays for no other film's correction.
      expect(await linkFilms(store, null)).toMatchObject({ examined: 1, linked: 0 });
      expect(await due()).toBe(1);
      await refreshStandingOf(store, inputs);
      expect(await due()).toBe(0);
      await expectStandingCurrent(store);
    });
  });

  test("migration 0031 brings a store's standing sums and shown standing up from its reviews", async () => {
    await withFreshStore(dialect, async (store) => {
      await importing(store, [
        review("Ada Lowe", "Morning Sun", dune, "4/5"),
        review("Ben Park", "Evening Post", dune, "2/5"),
        review("Cy Dean", "Weekly Reel", dune, "1/5"),
        review("Ada Lowe", "Morning Sun", harbor, "3/5"),
        review("Cy Dean", "Weekly Reel", harbor, "5/5"),
      ]);
      // A store before 0031, its standing gone stale.
      await changingSchema(dialect, async () => {
        await standingSumsMigration.down(store.db as never);
        await store.db
          .updateTable("critic_stats")
          .set({ leniency: 42, agreement: 0.1, scored_count: 9 })
          .execute();
        await standingSumsMigration.up(store.db as never);
      });
      await expectSumsMatchReviews(store);
      await expectStandingCurrent(store);
    });
  });
});
