import { afterAll, describe, expect, test } from "vitest";
import { analyzeReview } from "../../src/analyze/analyze-review.js";
import { defaultTextModel } from "../../src/analyze/model/default-model.js";
import { ratedConfidence } from "../../src/analyze/rating-with-text.js";
import { addReview } from "../../src/commands/add-review.js";
import { analyzeReviews } from "../../src/commands/analyze-reviews.js";
import { refreshStandingOf } from "../../src/commands/review-context.js";
import type { Verdict } from "../../src/domain/analysis.js";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { LENIENCY_PRIOR_REVIEWS } from "../../src/domain/standing.js";
import { buildApp } from "../../src/server/app.js";
import { outletThresholds } from "../../src/store/fresh-thresholds.repository.js";
import { listReviews } from "../../src/store/reviews.repository.js";
import { refreshStanding, sourceStats } from "../../src/store/source-stats.repository.js";
import { filmIdByTitle } from "../helpers/film-id.js";
import { storeReviews } from "../helpers/reviews.js";
import { testStores } from "../helpers/stores.js";
import { expectSumsMatchReviews } from "../helpers/sums.js";

const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

// Six films; critic "Gen Erous" rates every one 9/10; the two others agree with each other.
const others = [6, 6, 6, 6, 6, 4];
const inputs: ReviewInput[] = others.flatMap((other, film) => [
  {
    ...emptyReviewInput(`Review of film ${film} by Gen.`),
    outlet: "Sunny Gazette",
    critic: "Gen Erous",
    rating: "9/10",
    film: { title: `Film ${film}`, year: 2020 },
  },
  {
    ...emptyReviewInput(`Review of film ${film} by Bea.`),
    outlet: "Plain Post",
    critic: "Bea Even",
    rating: `${other}/10`,
    film: { title: `Film ${film}`, year: 2020 },
  },
  {
    ...emptyReviewInput(`Review of film ${film} by Cy.`),
    outlet: "Plain Post",
    critic: "Cy Even",
    rating: `${other} stars`,
    film: { title: `Film ${film}`, year: 2020 },
  },
]);

describe.each(stores)("critics' and outlets' standing in the $dialect store", (testStore) => {
  test("leniency against leave-one-out consensus, shrunk; agreement with the majority; the scale in use", async () => {
    const store = await testStore.open();
    try {
      await storeReviews(store, inputs);
      await refreshStanding(store, {
        critics: ["gen-erous", "bea-even"],
        outlets: ["sunny gazette"],
      });

      // Gen's offsets from the other two's mean: +30 on five films, +50 on the last.
      const raw = (5 * 30 + 50) / 6;
      const shrunk = Math.round((raw * 6 * 10) / (6 + LENIENCY_PRIOR_REVIEWS)) / 10;
      expect(await sourceStats(store, "critic", "gen-erous")).toEqual({
        scoredCount: 6,
        leniency: shrunk,
        agreement: Math.round((1000 * 5) / 6) / 1000, // the last film's majority is negative
        scale: "x/10",
        freshThreshold: null, // its ratings are all 90: nothing to learn a threshold from
        freshLevels: [],
      });
      const bea = await sourceStats(store, "critic", "bea-even");
      expect(bea?.leniency).toBeLessThan(0);
      expect(bea?.scale).toBe("x/10");
      expect(await sourceStats(store, "outlet", "sunny gazette")).toMatchObject({
        scoredCount: 6,
        leniency: shrunk,
      });
    } finally {
      await store.close();
    }
  });

  test("an outlet whose critics call most 3-of-5 reviews rotten learns that 3 of 5 is rotten there", async () => {
    const store = await testStore.open();
    try {
      const grumpy = (film: number, stars: number, verdict?: Verdict): ReviewInput => ({
        ...emptyReviewInput(`Grumpy film ${film}: a film.`),
        outlet: "Grumpy Weekly",
        critic: "Grum Py",
        rating: `${stars}/5`,
        film: { title: `Grumpy film ${film}`, year: 2021 },
        ...(verdict ? { verdict } : {}),
      });
      const stated = [0, 1, 2, 3, 4, 5].map((film) => grumpy(film, 3, "negative"));
      stated.push(grumpy(6, 4, "positive"), grumpy(7, 4, "positive"));
      const unstated = [grumpy(8, 3), grumpy(9, 3)]; // 60: fresh by default
      const inputs = [...stated, ...unstated];
      await storeReviews(store, inputs);
      const positives = async () =>
        (await listReviews(store, { outletId: "grumpy weekly" }, { limit: 50 })).reviews.filter(
          (r) => r.verdict === "positive",
        ).length;
      expect(await positives()).toBe(4);

      await refreshStandingOf(store, inputs);
      expect((await sourceStats(store, "outlet", "grumpy weekly"))?.freshThreshold).toBe(80);
      expect(await positives()).toBe(2); // the unstated 3-of-5s follow the outlet's threshold
      // … and say how sure by its own critics: six of its six stated 3-of-5s were rotten
      // ((6 + 2) / (6 + 4)), not by critics at large, who call a 3 of 5 fresh — weighed with
      // each review's text, as a rating's verdict is, and as a review read afresh with the
      // outlet's line is.
      const model = defaultTextModel();
      const weighed = (share: number, review: ReviewInput) =>
        Math.round(
          1000 * ratedConfidence(share, false, model.read(review.text).prediction.logit, model),
        ) / 1000;
      const readWithLines = async (reviews: ReviewInput[]) => {
        const freshThresholds = await outletThresholds(store, reviews);
        return reviews.map((review) => analyzeReview(review, { freshThresholds }));
      };
      // How its reviews without a stated verdict were decided.
      const unstatedVerdicts = () =>
        store.db
          .selectFrom("reviews")
          .select(["verdict", "verdict_source", "confidence"])
          .where("outlet_id", "=", "grumpy weekly")
          .where("stated_verdict", "is", null)
          .execute();
      const unstatedRows = await unstatedVerdicts();
      expect(unstatedRows).toEqual(
        unstated.map((review) => ({
          verdict: "negative",
          verdict_source: "outlet",
          confidence: weighed(0.8, review),
        })),
      );
      expect(unstatedRows.map((r) => r.confidence)).toEqual(
        (await readWithLines(unstated)).map((a) => a.confidence),
      );
      expect(unstatedRows.map((r) => r.confidence)).not.toContain(0.8);
      // Refreshed again with nothing new, the line has not moved: they keep what they were read
      // as, and none is read again.
      expect(await refreshStanding(store, { critics: [], outlets: ["grumpy weekly"] })).toEqual([]);
      expect(await unstatedVerdicts()).toEqual(unstatedRows);
      // Their cards say why a 3 of 5 is rotten here; a stated one's does not.
      const app = buildApp(store, { apiToken: null });
      try {
        const outletPage = (await app.inject({ url: "/outlets/grumpy%20weekly" })).body;
        expect(outletPage.match(/\(by its outlet's own line\)/g)).toHaveLength(2);
      } finally {
        await app.close();
      }
      const sums = await store.db
        .selectFrom("outlet_aggregates")
        .select(["positive_count", "verdict_count"])
        .where("outlet_id", "=", "grumpy weekly")
        .executeTakeFirstOrThrow();
      expect([Number(sums.positive_count), Number(sums.verdict_count)]).toEqual([2, 10]);

      // A new review is read with the outlet's threshold from the start.
      const added = await addReview(store, grumpy(10, 3));
      expect(added.analysis).toMatchObject({
        verdict: "negative",
        verdictSource: "outlet",
        confidence: weighed(0.8, grumpy(10, 3)),
      });
      expect(await positives()).toBe(2);

      // An import reads the thresholds of its batch's outlets only, by their ids.
      await store.db
        .updateTable("outlet_stats")
        .set({ fresh_threshold: 70 })
        .where("id", "=", "sunny gazette")
        .execute();
      const thresholdsOf = async (inputs: Array<Pick<ReviewInput, "outlet">>) =>
        new Map(
          [...(await outletThresholds(store, inputs))].map(([id, line]) => [id, line.threshold]),
        );
      expect(await thresholdsOf([grumpy(11, 3)])).toEqual(new Map([["grumpy weekly", 80]]));
      expect(await thresholdsOf([grumpy(11, 3), { outlet: "Sunny Gazette" }])).toEqual(
        new Map([
          ["grumpy weekly", 80],
          ["sunny gazette", 70],
        ]),
      );
      // The stated verdicts each line was learned from go with it (none for a line set by hand).
      const lines = await outletThresholds(store);
      expect(lines.get("grumpy weekly")?.levels).toEqual([
        { score: 60, count: 6, positive: 0 },
        { score: 80, count: 2, positive: 2 },
      ]);
      expect(lines.get("sunny gazette")?.levels).toEqual([]);
      // A line learned before its verdicts were kept (migration 0036) reads them again.
      await store.db
        .updateTable("outlet_stats")
        .set({ fresh_levels: null })
        .where("id", "=", "grumpy weekly")
        .execute();
      expect((await outletThresholds(store)).get("grumpy weekly")).toEqual(
        lines.get("grumpy weekly"),
      );
      expect((await outletThresholds(store)).size).toBe(2);

      // As its critics state more verdicts, the reviews its line overruled say how sure it is
      // now: two more 3-of-5s stated rotten and one fresh, 8 of 9 ((8 + 2) / (9 + 4)); the
      // page a reader was shown before is not kept.
      const site = buildApp(store, { apiToken: null });
      const filmOf8 = await filmIdByTitle(store, "Grumpy film 8");
      const filmPage = async () => (await site.inject({ url: `/films/${filmOf8}` })).body;
      const percent = (p: number) => `${Math.round(100 * p)}% sure`;
      const before = weighed(0.8, unstated[0] as ReviewInput);
      expect(await filmPage()).toContain(percent(before));
      const more = [
        grumpy(12, 3, "negative"),
        grumpy(13, 3, "negative"),
        grumpy(14, 3, "positive"),
      ];
      await storeReviews(store, more);
      await refreshStandingOf(store, more);
      const overruled = await unstatedVerdicts();
      expect(overruled).toEqual(
        [...unstated, grumpy(10, 3)].map((review) => ({
          verdict: "negative",
          verdict_source: "outlet",
          confidence: weighed((8 + 2) / (9 + 4), review),
        })),
      );
      expect(await positives()).toBe(3); // the one stated fresh joins the two 4-of-5s
      const after = weighed((8 + 2) / (9 + 4), unstated[0] as ReviewInput);
      expect(after).toBeLessThan(before);
      expect(await filmPage()).toContain(percent(after));

      // Its critics then call eight more 3-of-5s fresh: 9 of 17, no line of its own any more.
      // The reviews the line overruled take 60's verdict, and how sure a 3 of 5 is by
      // critics at large (weighed with each one's text), as a review read afresh is: not
      // 1 − how sure the line's verdict was.
      const fresher = [15, 16, 17, 18, 19, 20, 21, 22].map((film) => grumpy(film, 3, "positive"));
      await storeReviews(store, fresher);
      await refreshStandingOf(store, fresher);
      expect((await sourceStats(store, "outlet", "grumpy weekly"))?.freshThreshold).toBeNull();
      const readAfresh = analyzeReviews([...unstated, grumpy(10, 3)]);
      const afresh = readAfresh[0];
      expect(afresh).toMatchObject({ verdict: "positive", verdictSource: "rating" });
      const byConfidence = (a: { confidence: unknown }, b: { confidence: unknown }) =>
        Number(a.confidence) - Number(b.confidence);
      const unruled = await unstatedVerdicts();
      expect(unruled.sort(byConfidence)).toEqual(
        readAfresh
          .map((a) => ({
            verdict: "positive",
            verdict_source: "rating",
            confidence: a.confidence,
          }))
          .sort(byConfidence),
      );
      expect(afresh?.confidence).toBeGreaterThan(0.5);
      expect(await filmPage()).toMatch(
        new RegExp(`${Math.round(100 * (afresh?.confidence ?? 0))}% sure`),
      );
      expect(await filmPage()).not.toContain(percent(1 - after));
      await site.close();
      await expectSumsMatchReviews(store);
    } finally {
      await store.close();
    }
  });

  test("a rating on its outlet's own fence is read again once the line is learned, and its text decides it", async () => {
    const store = await testStore.open();
    try {
      let film = 0;
      const split = (text: string, rating: string, verdict?: Verdict): ReviewInput => ({
        ...emptyReviewInput(text),
        outlet: "Split Times",
        critic: "Di Vided",
        rating,
        film: { title: `Split film ${film++}`, year: 2022 },
        ...(verdict ? { verdict } : {}),
      });
      // Its 2½-of-4s rotten, its 3-of-4s fresh (a line of 75), its critics split on its
      // 3-of-5s: one of three fresh.
      const stated = [
        ...[0, 1, 2, 3, 4, 5].map(() => split("A film.", "2.5/4", "negative")),
        ...[0, 1, 2, 3, 4].map(() => split("A film.", "3/4", "positive")),
        split("A film.", "3/5", "positive"),
        split("A film.", "3/5", "negative"),
        split("A film.", "3/5", "negative"),
      ];
      const unstated = [
        // (Texts that lean, but not surely enough to be read 99% sure either way.)
        split("It drags in places.", "3/5"),
        split("Quite charming.", "3/5"),
        split("", "3/5"),
      ];
      const inputs = [...stated, ...unstated];
      // Read before the line is learned: 60 makes every 3 of 5 fresh.
      await storeReviews(store, inputs);
      const unstatedRows = () =>
        store.db
          .selectFrom("reviews")
          .select(["text", "verdict", "verdict_source"])
          .where("outlet_id", "=", "split times")
          .where("stated_verdict", "is", null)
          .orderBy("text")
          .execute();
      expect((await unstatedRows()).map((r) => r.verdict)).toEqual([
        "positive",
        "positive",
        "positive",
      ]);
      await refreshStandingOf(store, inputs);
      expect((await sourceStats(store, "outlet", "split times"))?.freshThreshold).toBe(75);
      // Its page says how its line decides each score between 60 and 75 its critics called.
      const site = buildApp(store, { apiToken: null });
      try {
        // (Its critic's page gives the same line, learned from the same verdicts, but does not
        // say it decides: a critic's line is published, not applied.)
        const criticPage = (await site.inject({ url: "/critics/di-vided" })).body;
        expect(criticPage).toContain("75 of 100, learned from its stated verdicts<");
        expect(criticPage).not.toContain("Between 60 and 75");
        const page = (await site.inject({ url: "/outlets/split%20times" })).body;
        expect(page).toContain(
          "75 of 100, learned from its stated verdicts. Between 60 and 75: 60 split (1 of 3 fresh); 62.5 rotten (6 of 6 said so); where they split, or at a score none of them called, the review's text decides (the line, where it has none)",
        );
      } finally {
        await site.close();
      }
      // Its line makes a 3 of 5 rotten, though its critics split on them: those with text are
      // their text's to decide; the one without keeps the line's side.
      expect(await unstatedRows()).toEqual([
        { text: "", verdict: "negative", verdict_source: "outlet" },
        { text: "It drags in places.", verdict: "negative", verdict_source: "fence" },
        { text: "Quite charming.", verdict: "positive", verdict_source: "fence" },
      ]);
      // Brought up to date again, nothing is left to read again, nothing moves.
      expect(await refreshStanding(store, { critics: [], outlets: ["split times"] })).toEqual([]);
      expect((await unstatedRows()).map((r) => r.verdict_source)).toEqual([
        "outlet",
        "fence",
        "fence",
      ]);
      // One more 3 of 5 stated rotten: still on its fence, but weighed with 1 fresh of 4 now,
      // so those read there are read again, as sure as a review read afresh is (82.7% and
      // 85.3% sure before, 85.7% and 82.3% now).
      const another = split("A film.", "3/5", "negative");
      await storeReviews(store, [another]);
      await refreshStandingOf(store, [another]);
      const lines = await outletThresholds(store);
      expect(lines.get("split times")?.levels).toContainEqual({ score: 60, count: 4, positive: 1 });
      const stored = await store.db
        .selectFrom("reviews")
        .select(["text", "verdict", "verdict_source", "confidence"])
        .where("outlet_id", "=", "split times")
        .where("stated_verdict", "is", null)
        .where("verdict_source", "=", "fence")
        .orderBy("text")
        .execute();
      const afresh = unstated
        .slice(0, 2)
        .map((input) => analyzeReview(input, { freshThresholds: lines }));
      expect(stored).toEqual(
        afresh.map((a, i) => ({
          text: unstated[i]?.text,
          verdict: a.verdict,
          verdict_source: "fence",
          confidence: a.confidence,
        })),
      );
      expect(await refreshStanding(store, { critics: [], outlets: ["split times"] })).toEqual([]);

      // Its critics then call three more 3-of-5s and six 2½-of-4s fresh: no line of its own.
      // Those read on its fence are read again as any review of theirs would be now: a 3 of 5
      // by 60, as sure as critics at large are of it.
      const unlearning = [
        ...[0, 1, 2].map(() => split("A film.", "3/5", "positive")),
        ...[0, 1, 2, 3, 4, 5].map(() => split("A film.", "2.5/4", "positive")),
      ];
      await storeReviews(store, unlearning);
      await refreshStandingOf(store, unlearning);
      expect((await sourceStats(store, "outlet", "split times"))?.freshThreshold).toBeNull();
      const unlearned = await store.db
        .selectFrom("reviews")
        .select(["text", "verdict", "verdict_source", "confidence"])
        .where("outlet_id", "=", "split times")
        .where("stated_verdict", "is", null)
        .orderBy("text")
        .execute();
      expect(unlearned).toEqual(
        unstated
          .map((input) => ({ input, analysis: analyzeReview(input) }))
          .sort((a, b) => a.input.text.localeCompare(b.input.text))
          .map(({ input, analysis }) => ({
            text: input.text,
            verdict: analysis.verdict,
            verdict_source: analysis.verdictSource,
            confidence: analysis.confidence,
          })),
      );
      expect(new Set(unlearned.map((r) => r.verdict_source))).toEqual(new Set(["rating"]));
      expect(await refreshStanding(store, { critics: [], outlets: ["split times"] })).toEqual([]);
      await expectSumsMatchReviews(store);
    } finally {
      await store.close();
    }
  });
});
