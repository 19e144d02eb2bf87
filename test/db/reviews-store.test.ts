import { decodeHTML } from "entities";
import { afterAll, describe, expect, test } from "vitest";
import { analyzeReviews } from "../../src/commands/analyze-reviews.js";
import { storeAnalyzedReviews } from "../../src/commands/link-reviews.js";
import { type AggregateSums, emptySums, histogramBin } from "../../src/domain/aggregate.js";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { isoDate } from "../../src/ingest/csv/adapter.js";
import { readRows } from "../../src/ingest/csv/read-rows.js";
import { sumsOf } from "../../src/store/aggregates.repository.js";
import type { Store } from "../../src/store/db.js";
import { mergeFilms } from "../../src/store/film-edits.repository.js";
import { applyOutletThresholds } from "../../src/store/fresh-thresholds.repository.js";
import { deleteReviews } from "../../src/store/reviews.repository.js";
import { refreshSourceStats } from "../../src/store/source-stats.repository.js";
import { sharedData } from "../helpers/shared-data.js";
import { testStores } from "../helpers/stores.js";

const rtPath = sharedData("rt-reviews", "rt.reviews.tsv.gz");

/** The first `count` rt-reviews rows as review inputs, films known by their rt id. */
async function rtInputs(count: number): Promise<ReviewInput[]> {
  const inputs: ReviewInput[] = [];
  for await (const { values } of readRows(rtPath ?? "", { delimiter: "\t", encoding: "latin1" })) {
    inputs.push({
      ...emptyReviewInput(decodeHTML(values.review ?? "")),
      outlet: decodeHTML(values.publisher ?? "") || null,
      critic: values.critic || null,
      rating: values.rating || null,
      film: { title: "", year: null, externalId: `rt:${values.id}` },
      topCritic: values.top_critic === "1",
      date: isoDate(values.date ?? ""),
    });
    if (inputs.length === count) break;
  }
  return inputs;
}

/** The running sums recomputed from the stored reviews, by film. */
async function recomputedFilmSums(store: Store): Promise<Map<string, AggregateSums>> {
  const rows = await store.db
    .selectFrom("reviews")
    .select(["film_id", "score", "verdict"])
    .execute();
  const byFilm = new Map<string, AggregateSums>();
  for (const r of rows) {
    if (!r.film_id) continue;
    const s = byFilm.get(r.film_id) ?? emptySums();
    s.reviewCount++;
    if (r.verdict) s.verdictCount++;
    if (r.verdict === "positive") s.positiveCount++;
    if (r.score !== null) {
      s.scoreCount++;
      s.scoreSum += Number(r.score);
      const bin = histogramBin(Number(r.score));
      s.histogram[bin] = (s.histogram[bin] ?? 0) + 1;
    }
    byFilm.set(r.film_id, s);
  }
  return byFilm;
}

async function storedFilmSums(store: Store): Promise<Map<string, AggregateSums>> {
  const rows = await store.db.selectFrom("film_aggregates").selectAll().execute();
  return new Map(rows.filter((r) => Number(r.review_count) > 0).map((r) => [r.film_id, sumsOf(r)]));
}

/** Top critics' sums and the month-by-month counts, stored and recomputed, side by side. */
async function topAndMonths(store: Store) {
  const reviews = await store.db
    .selectFrom("reviews")
    .select(["film_id", "top_critic", "verdict", "date"])
    .execute();
  const top = new Map<string, number>();
  const months = new Map<string, number>();
  for (const r of reviews) {
    if (!r.film_id) continue;
    if (Number(r.top_critic) === 1) top.set(r.film_id, (top.get(r.film_id) ?? 0) + 1);
    const month = /^(\d{4}-\d{2})/.exec(r.date ?? "")?.[1];
    if (month) months.set(`${r.film_id}|${month}`, (months.get(`${r.film_id}|${month}`) ?? 0) + 1);
  }
  const storedTop = await store.db
    .selectFrom("film_aggregates")
    .select(["film_id", "top_review_count"])
    .execute();
  const storedMonths = await store.db
    .selectFrom("film_months")
    .select(["film_id", "month", "review_count"])
    .execute();
  return {
    recomputed: {
      top: Object.fromEntries([...top].sort()),
      months: Object.fromEntries([...months].sort()),
    },
    stored: {
      top: Object.fromEntries(
        storedTop
          .filter((r) => Number(r.top_review_count) > 0)
          .map((r) => [r.film_id, Number(r.top_review_count)])
          .sort(),
      ),
      months: Object.fromEntries(
        storedMonths
          .filter((r) => Number(r.review_count) > 0)
          .map((r) => [`${r.film_id}|${r.month}`, Number(r.review_count)])
          .sort(),
      ),
    },
  };
}

function expectSameSums(a: Map<string, AggregateSums>, b: Map<string, AggregateSums>) {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [film, sums] of a) {
    const other = b.get(film) as AggregateSums;
    expect({ ...sums, scoreSum: Math.round(sums.scoreSum * 1000) }).toEqual({
      ...other,
      scoreSum: Math.round(other.scoreSum * 1000),
    });
  }
}

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

      // A fresh threshold re-verdicts an outlet's rated reviews, their contributions with them.
      const outlets = (await store.db.selectFrom("outlets").select("id").execute()).map(
        (r) => r.id,
      );
      const strict = await applyOutletThresholds(store, new Map(outlets.map((id) => [id, 70])));
      expect(strict).toBeGreaterThan(20);
      expectSameSums(await storedFilmSums(store), await recomputedFilmSums(store));
      await refreshSourceStats(store, "outlet", outlets); // learned thresholds, else 60, again
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
