import { afterAll, describe, expect, test } from "vitest";
import { analyzeReviews } from "../../src/commands/analyze-reviews.js";
import { storeAnalyzedReviews } from "../../src/commands/link-reviews.js";
import { readAgainWhereLinesMoved } from "../../src/commands/reanalyze-reviews.js";
import type { ReviewInput } from "../../src/domain/review.js";
import { mergeFilms } from "../../src/store/film-edits.repository.js";
import { applyOutletThresholds } from "../../src/store/fresh-thresholds.repository.js";
import { deleteReviews } from "../../src/store/reviews.repository.js";
import { refreshStanding } from "../../src/store/source-stats.repository.js";
import { sharedData } from "../helpers/shared-data.js";
import { rtInputs } from "../helpers/shared-inputs.js";
import { testStores } from "../helpers/stores.js";
import {
  expectSameSums,
  recomputedFilmSums,
  storedFilmSums,
  topAndMonths,
} from "../helpers/sums.js";

const rtPath = sharedData("rt-reviews", "rt.reviews.tsv.gz");

const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

describe.skipIf(rtPath === null).each(stores)("reviews in the $dialect store", (testStore) => {
  test("saved once, duplicates skipped, running sums equal a recomputation after saves, deletions and merges", async () => {
    const store = await testStore.open();
    try {
      const inputs = await rtInputs(1500);
      const analyzed = analyzeReviews(inputs).map((analysis, i) => ({
        input: inputs[i] as ReviewInput,
        analysis,
      }));
      const first = await storeAnalyzedReviews(store, analyzed.slice(0, 1000), null);
      const second = await storeAnalyzedReviews(store, analyzed, null); // overlaps the first 1,000
      const stored = Number(
        (
          await store.db
            .selectFrom("reviews")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
      expect(first.imported + second.imported).toBe(stored);
      expect(second.duplicates).toBeGreaterThanOrEqual(1000);
      expect(stored).toBeGreaterThan(1300);
      expectSameSums(await storedFilmSums(store), await recomputedFilmSums(store));

      // Deleting takes the reviews out of the sums; re-saving puts them back.
      const some = await store.db
        .selectFrom("reviews")
        .select("id")
        .orderBy("id")
        .limit(200)
        .execute();
      expect(
        await deleteReviews(
          store,
          some.map((r) => r.id),
        ),
      ).toBe(200);
      expectSameSums(await storedFilmSums(store), await recomputedFilmSums(store));
      const again = await storeAnalyzedReviews(store, analyzed, null);
      expect(again.imported).toBe(200);
      expectSameSums(await storedFilmSums(store), await recomputedFilmSums(store));
      // Merging one film into another moves reviews and every sum with them.
      const [a, b] = await store.db
        .selectFrom("films")
        .select("id")
        .orderBy("id")
        .limit(2)
        .execute();
      expect((await mergeFilms(store, a?.id ?? "", b?.id ?? "")).reviewIds.length).toBeGreaterThan(
        0,
      );
      expectSameSums(await storedFilmSums(store), await recomputedFilmSums(store));
      const extra = await topAndMonths(store);
      expect(Object.keys(extra.recomputed.top).length).toBeGreaterThan(5);
      expect(Object.keys(extra.recomputed.months).length).toBeGreaterThan(20);
      expect(extra.stored).toEqual(extra.recomputed);

      // Ratings on the fence (a 2½ of 4: critics split on it) were given the text's verdict;
      // bringing the outlets' standing up to date, with no threshold learned, leaves them so.
      const outlets = (await store.db.selectFrom("outlets").select("id").execute()).map(
        (r) => r.id,
      );
      const readOnTheFence = () =>
        store.db
          .selectFrom("reviews")
          .select(["id", "verdict", "rating_score"])
          .where("verdict_source", "=", "fence")
          .orderBy("id")
          .execute();
      const onTheFence = await readOnTheFence();
      expect(onTheFence.length).toBeGreaterThan(5);
      expect(new Set(onTheFence.map((r) => Number(r.rating_score)))).toEqual(new Set([62.5]));
      expect(new Set(onTheFence.map((r) => r.verdict))).toEqual(new Set(["positive", "negative"]));
      await refreshStanding(store, { critics: [], outlets });
      expect(await readOnTheFence()).toEqual(onTheFence);
      expectSameSums(await storedFilmSums(store), await recomputedFilmSums(store));

      // A fresh threshold re-verdicts an outlet's rated reviews, their contributions with them,
      // those on the fence too: the outlet's own line decides them.
      const strict = await applyOutletThresholds(
        store,
        new Map(outlets.map((id) => [id, { threshold: 70, levels: [] }])),
      );
      expect(strict.changed).toBeGreaterThan(20);
      expect(await readOnTheFence()).toEqual([]);
      // A line of 70 overrules 60 wherever it decides, on no fence of its own; the reviews it
      // decides, those with a text, are to be read again: how sure its verdict is weighs it.
      const decidedByTheLine = await store.db
        .selectFrom("reviews")
        .select("id")
        .where("verdict_source", "=", "outlet")
        .where("text_score", "is not", null)
        .orderBy("id")
        .execute();
      expect(decidedByTheLine.length).toBeGreaterThan(20);
      expect([...strict.reread].sort()).toEqual(decidedByTheLine.map((r) => r.id).sort());
      expectSameSums(await storedFilmSums(store), await recomputedFilmSums(store));
      // Learned thresholds, else 60, again: the reviews the line of 70 had decided on the
      // fence, and those it gave the other side, are to be read again; read, those on the
      // fence are the text's once more, as they were.
      const moved = await refreshStanding(store, { critics: [], outlets });
      expect(moved.length).toBeGreaterThan(onTheFence.length);
      expect(moved).toEqual(expect.arrayContaining(onTheFence.map((r) => r.id)));
      await readAgainWhereLinesMoved(store, moved);
      expect(await readOnTheFence()).toEqual(onTheFence);
      expect(await refreshStanding(store, { critics: [], outlets })).toEqual([]);
      expectSameSums(await storedFilmSums(store), await recomputedFilmSums(store));
      const learned = await store.db
        .selectFrom("outlet_stats")
        .select(["id", "fresh_threshold"])
        .execute();
      const thresholdOf = new Map(learned.map((r) => [r.id, r.fresh_threshold ?? 60]));
      const rated = await store.db
        .selectFrom("reviews")
        .select(["outlet_id", "rating_score", "verdict"])
        .where("rating_score", "is not", null)
        .where((eb) =>
          eb.or([eb("verdict_source", "is", null), eb("verdict_source", "!=", "fence")]),
        )
        .execute();
      for (const r of rated) {
        const fresh = Number(r.rating_score) >= (thresholdOf.get(r.outlet_id ?? "") ?? 60);
        expect(r.verdict).toBe(fresh ? "positive" : "negative");
      }
    } finally {
      await store.close();
    }
  });
});
