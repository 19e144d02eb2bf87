import { describe, expect, test } from "vitest";
import { analyzeReviews } from "../../src/commands/analyze-reviews.js";
import { deleteReview, undo } from "../../src/commands/corrections.js";
import { storeAnalyzedReviews } from "../../src/commands/link-reviews.js";
import { reanalyzeReviews } from "../../src/commands/reanalyze-reviews.js";
import { refreshStandingOf } from "../../src/commands/review-context.js";
import type { Analysis } from "../../src/domain/analysis.js";
import type { Rating } from "../../src/domain/rating.js";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { buildApp } from "../../src/server/app.js";
import type { Store } from "../../src/store/db.js";
import { filmIdByTitle } from "../helpers/film-id.js";
import { testStores, withFreshStore } from "../helpers/stores.js";
import { expectSumsMatchReviews } from "../helpers/sums.js";

const dialects = (await testStores()).map((s) => ({ dialect: s.dialect }));

const quiet = { title: "Quiet Stretches", year: 2020 };
const loud = { title: "Loud Mornings", year: 2021 };
const review = (
  text: string,
  outlet: string,
  critic: string,
  film: typeof quiet,
  rating: string | null = null,
): ReviewInput => ({ ...emptyReviewInput(text), outlet, critic, film, rating });

const inputs: ReviewInput[] = [
  review(
    "A tender, funny and beautifully acted film that earns every one of its tears.",
    "Daily Light",
    "Ann Arbor",
    quiet,
  ),
  review(
    "The pacing drags badly through the middle hour, though the ending lands.",
    "Evening Post",
    "Ben Cole",
    quiet,
    "2/4",
  ),
  review("A dull, lifeless slog with nothing to say.", "Weekly Reel", "Cy Dean", quiet, "1/5"),
  review(
    "The cast is superb and the story moves like a thriller.",
    "Daily Light",
    "Ann Arbor",
    quiet,
    "4/4",
  ),
  review(
    "A mess from start to finish: the script is lazy and the jokes fall flat.",
    "Evening Post",
    "Ben Cole",
    loud,
  ),
  review("Gorgeous to look at, and the score soars.", "Weekly Reel", "Cy Dean", loud, "9/10"),
];
/**
 * Bare numbers, each read on its outlet's scale as its other ratings show it: Tenth Post rates
 * out of 10 (its 9), "Four Stars Weekly" out of 4 (its 4).
 */
const bareNumbers: ReviewInput[] = [
  review("A fine, moving film, mostly.", "Tenth Post", "Ted Tenth", quiet, "3"),
  review("Great fun.", "Tenth Post", "Ted Tenth", loud, "9"),
  review("Rather good.", "Tenth Post", "Tia Tenth", loud, "7"),
  review("Not bad at all.", "Four Stars Weekly", "Flo Four", quiet, "3"),
  review("Loved it.", "Four Stars Weekly", "Flo Four", loud, "4"),
];

const storeBareNumbers = (store: Store, analyses: Analysis[]) =>
  storeAnalyzedReviews(
    store,
    bareNumbers.map((input, i) => ({ input, analysis: analyses[i] as Analysis })),
    null,
  );

/** What the review kept from its first reading (its text was cut to the limit then). */
const NOTES = ["text cut to 80 characters"];

/** What an older version understood of the reviews: wrong in the ways issue 13 names. */
function olderReading(fresh: Analysis[]): Analysis[] {
  return fresh.map((a, i) => {
    if (i === 0) {
      // A text-read review shown rotten, with a made-up score and no aspects or quote.
      return {
        ...a,
        verdict: "negative",
        score: 35,
        textScore: 35,
        confidence: 0.7,
        aspects: [],
        quote: null,
      };
    }
    if (i === 1) {
      // A pacing complaint under the wrong heading, with the wrong polarity.
      return {
        ...a,
        aspects: [
          { aspect: "music", polarity: "positive", evidence: "the ending lands", strength: 1 },
        ],
      };
    }
    if (i === 3) return { ...a, notes: NOTES };
    // The other film's review: read rotten with the same score (only its verdict was wrong).
    if (i === 4) return { ...a, verdict: "positive", disagreement: "made up" };
    return a;
  });
}

async function stored(store: Store) {
  const rows = await store.db
    .selectFrom("reviews")
    .select([
      "id",
      "score",
      "score_source",
      "text_score",
      "verdict",
      "confidence",
      "quote",
      "disagreement",
      "analysis",
      "rating_score",
    ])
    .orderBy("id")
    .execute();
  const aspects = await store.db
    .selectFrom("review_aspects")
    .select(["review_id", "aspect", "polarity", "evidence", "evidence_at", "evidence_length"])
    .orderBy("review_id")
    .orderBy("aspect")
    .execute();
  const standing = await store.db
    .selectFrom("critic_stats")
    .select(["id", "scored_count", "leniency", "agreement"])
    .orderBy("id")
    .execute();
  const films = await store.db
    .selectFrom("film_aggregates")
    .select(["film_id", "review_count", "verdict_count", "positive_count", "score_count"])
    .select("score_sum")
    .orderBy("film_id")
    .execute();
  const numbers = <T extends object>(row: T) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        typeof v === "string" && /^-?\d/.test(v) && !/[a-z ]/i.test(v) ? Number(v) : v,
      ]),
    );
  return {
    rows: rows.map(numbers),
    aspects: aspects.map(numbers),
    standing: standing.map(numbers),
    films: films.map(numbers),
  };
}

async function storeAll(store: Store, analyses: Analysis[]) {
  await storeAnalyzedReviews(
    store,
    analyses.map((analysis, i) => ({ input: inputs[i] as ReviewInput, analysis })),
    null,
  );
  await refreshStandingOf(store, inputs);
}

/**
 * What this version stores from the start (the notes of the first reading kept) into
 * `expected`, and the older version's reading into `older`.
 */
async function storeBothReadings(expected: Store, older: Store, fresh: Analysis[]) {
  await storeAll(
    expected,
    fresh.map((a, i) => (i === 3 ? { ...a, notes: NOTES } : a)),
  );
  await storeAll(older, olderReading(fresh));
}

describe.each(dialects)("reading stored reviews again on the $dialect store", ({ dialect }) => {
  test("a bare rating its critic's verdict contradicts stops being the score; its flag is said anew", async () => {
    const input: ReviewInput = {
      ...review("The performances are extraordinary.", "Odd Outlet", "Dee Eff", quiet, "1"),
      verdict: "positive",
    };
    const [fresh] = analyzeReviews([input]) as [Analysis];
    // As the version before read it: the guessed scale's 25 was the score.
    const older: Analysis = {
      ...fresh,
      score: 25,
      scoreSource: "rating",
      disagreement: "marked fresh but rated “1” (score 25): the rating's scale may be misread",
    };
    await withFreshStore(dialect, async (store) => {
      await storeAnalyzedReviews(store, [{ input, analysis: older }], null);
      const summary = await reanalyzeReviews(store);
      expect(summary).toMatchObject({
        changed: 1,
        scores: { changed: 1 },
        disagreements: { flagged: 0, cleared: 0, reworded: 1 },
      });
      const row = await store.db
        .selectFrom("reviews")
        .select(["score", "score_source", "rating_score", "verdict"])
        .executeTakeFirstOrThrow();
      expect({ ...row, score: Number(row.score), rating_score: Number(row.rating_score) }).toEqual({
        score: fresh.textScore,
        score_source: "text",
        rating_score: 25,
        verdict: "positive",
      });
      await expectSumsMatchReviews(store);
    });
  });

  test("a few reviews read again learn their outlets' scales from those outlets' stored ratings", async () => {
    const fresh = analyzeReviews(bareNumbers);
    expect(fresh.map((a) => a.rating?.score)).toEqual([30, 90, 70, 75, 100]);
    // As a version that read every bare "3" on 4 (the usual guess alone) had stored Tenth Post's.
    const [first] = fresh as [Analysis];
    const older = [
      { ...first, score: 75, rating: { ...(first.rating as Rating), score: 75, max: 4 } },
      ...fresh.slice(1),
    ];
    await withFreshStore(dialect, async (store) => {
      const id = (await storeBareNumbers(store, older)).ids[0] as string;
      const summary = await reanalyzeReviews(store, { reviewIds: [id], examples: 0 });
      expect(summary).toMatchObject({ read: 1, changed: 1, scores: { changed: 1 } });
      const row = await store.db
        .selectFrom("reviews")
        .select(["score", "rating_score"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      expect([Number(row.score), Number(row.rating_score)]).toEqual([30, 30]);
      // What a run over every review would write: nothing more.
      expect(await reanalyzeReviews(store, { examples: 0 })).toMatchObject({ changed: 0 });
      await expectSumsMatchReviews(store);
    });
  });

  test("one film's reviews read again (an admin's renaming) learn their outlets', and its trash's, from those outlets alone", async () => {
    await withFreshStore(dialect, async (store) => {
      const saved = await storeBareNumbers(store, analyzeReviews(bareNumbers));
      // Tenth Post's review of the quiet film goes to the trash: its outlet has no review of
      // the film left, and its "3" is 3 of 10 only by Tenth Post's other ratings.
      await deleteReview(store, "admin", saved.ids[0] as string);
      const film = await filmIdByTitle(store, quiet.title);
      const summary = await reanalyzeReviews(store, { filmId: film, examples: 0 });
      expect(summary).toMatchObject({ read: 1, changed: 0, trash: { read: 1, changed: 0 } });
    });
  });

  test("an older version's reading becomes this version's, sums and standing with it; a second run changes nothing", async () => {
    const fresh = analyzeReviews(inputs);
    await withFreshStore(dialect, (expected) =>
      withFreshStore(dialect, async (older) => {
        await storeBothReadings(expected, older, fresh);
        const want = await stored(expected);
        const before = await stored(older);
        expect(before.rows).not.toEqual(want.rows);

        // A dry run counts and writes nothing.
        const dry = await reanalyzeReviews(older, { dryRun: true });
        expect(dry).toMatchObject({ read: 6, changed: 3, written: false });
        expect(await stored(older)).toEqual(before);

        // One film's reviews only.
        const oneFilm = await reanalyzeReviews(older, {
          filmId: await filmIdByTitle(older, "Quiet Stretches"),
        });
        expect(oneFilm).toMatchObject({ read: 4, changed: 2, written: true });

        const summary = await reanalyzeReviews(older);
        expect(summary).toMatchObject({
          read: 6,
          changed: 1,
          verdicts: { toPositive: 0, toNegative: 1, gained: 0, lost: 0 },
          disagreements: { flagged: 0, cleared: 1, reworded: 0 },
        });
        const after = await stored(older);
        expect(after.rows).toEqual(want.rows);
        expect(after.aspects).toEqual(want.aspects);
        expect(after.films).toEqual(want.films);
        expect(after.standing).toEqual(want.standing);
        await expectSumsMatchReviews(older);

        const again = await reanalyzeReviews(older);
        expect(again).toMatchObject({ read: 6, changed: 0 });
      }),
    );
  });

  test("a deleted review is read again in the trash, so an undo restores this version's reading", async () => {
    const fresh = analyzeReviews(inputs);
    await withFreshStore(dialect, (expected) =>
      withFreshStore(dialect, async (older) => {
        await storeBothReadings(expected, older, fresh);
        // The review read wrong (rotten, no quote, no aspects) is deleted before the upgrade.
        const wrong = (await stored(older)).rows.find(
          (r) => r.verdict === "negative" && r.quote === null,
        );
        if (!wrong) throw new Error("the older reading's review was not stored");
        const deleted = await deleteReview(older, "admin", wrong.id as string);

        const dry = await reanalyzeReviews(older, { dryRun: true });
        expect(dry.trash).toEqual({ read: 1, changed: 1 });
        const other = await reanalyzeReviews(older, {
          filmId: await filmIdByTitle(older, "Loud Mornings"),
        });
        expect(other.trash).toEqual({ read: 0, changed: 0 });
        const run = await reanalyzeReviews(older);
        expect(run.trash).toEqual({ read: 1, changed: 1 });
        expect((await reanalyzeReviews(older)).trash).toEqual({ read: 1, changed: 0 });

        await undo(older, "admin", deleted.id);
        const after = await stored(older);
        const want = await stored(expected);
        expect(after.rows).toEqual(want.rows);
        expect(after.aspects).toEqual(want.aspects);
        expect(after.films).toEqual(want.films);
        await expectSumsMatchReviews(older);
      }),
    );
  });

  test("a run interrupted after any page, then run again, ends with the standing an uninterrupted one gives", async () => {
    const fresh = analyzeReviews(inputs);
    await withFreshStore(dialect, (expected) =>
      withFreshStore(dialect, async (older) => {
        await storeAll(expected, fresh);
        await storeAll(older, olderReading(fresh));
        // One review a transaction; each run stops after the k-th.
        for (let k = 1; k <= inputs.length; k++) {
          const stop = new Error(`stopped after ${k}`);
          await expect(
            reanalyzeReviews(older, { pageSize: 1 }, (done) => {
              if (done === k) throw stop;
            }),
          ).rejects.toBe(stop);
        }
        expect(await reanalyzeReviews(older)).toMatchObject({ changed: 0 });
        const [after, want] = [await stored(older), await stored(expected)];
        expect(after.standing).toEqual(want.standing);
        expect(after.films).toEqual(want.films);
        expect(await older.db.selectFrom("standing_due").selectAll().execute()).toEqual([]);
      }),
    );
  });

  test("a running site shows what reading again changed, though the film's figures stood still", async () => {
    const fresh = analyzeReviews(inputs);
    // Only the aspects were read wrong: no figure moves when they are read again.
    const older = fresh.map((a, i) =>
      i === 1
        ? {
            ...a,
            aspects: [
              {
                aspect: "music" as const,
                polarity: "positive" as const,
                evidence: "the ending lands",
                strength: 2,
              },
            ],
          }
        : a,
    );
    await withFreshStore(dialect, async (store) => {
      await storeAll(store, older);
      const app = buildApp(store, { apiToken: null });
      try {
        const filmId = await filmIdByTitle(store, "Quiet Stretches");
        const aspectsShown = async () => {
          const page = await app.inject({ url: `/films/${filmId}` });
          expect(page.statusCode).toBe(200);
          return page.body.slice(
            page.body.indexOf('id="aspects"'),
            page.body.indexOf("</section>", page.body.indexOf('id="aspects"')),
          );
        };
        const before = await aspectsShown();
        expect(before).toContain("Music and sound");
        const revision = (await app.inject({ url: `/api/films/${filmId}` })).json()
          .analysisRevision;
        expect(revision).toBe(0);

        const summary = await reanalyzeReviews(store);
        expect(summary).toMatchObject({
          changed: 1,
          scores: { changed: 0 },
          verdicts: { toPositive: 0, toNegative: 0 },
        });
        const after = await aspectsShown();
        expect(after).not.toContain("Music and sound");
        expect((await app.inject({ url: `/api/films/${filmId}` })).json().analysisRevision).toBe(1);
      } finally {
        await app.close();
      }
    });
  });

  test("what changed is told: verdicts, scores, quotes and aspects, with the words", async () => {
    const fresh = analyzeReviews(inputs);
    // The last review's aspects as they were, but judged less clearly.
    const fainter = olderReading(fresh).map((a, i) =>
      i === 5 ? { ...a, aspects: a.aspects.map((m) => ({ ...m, strength: 0.5 })) } : a,
    );
    await withFreshStore(dialect, async (older) => {
      await storeAll(older, fainter);
      const summary = await reanalyzeReviews(older, { dryRun: true, examples: 10 });
      expect(summary.verdicts).toEqual({ toPositive: 1, toNegative: 1, gained: 0, lost: 0 });
      expect(summary.scores.changed).toBe(1);
      expect(summary.scores.meanAbsoluteChange).toBe(
        Math.round(Math.abs((fresh[0]?.score as number) - 35) * 10) / 10,
      );
      expect(summary.quotes).toBe(1);
      expect(summary.aspects.reviews).toBe(3);
      const described = summary.examples.flatMap((e) => e.changes).join("\n");
      expect(described).toMatch(/music positive, strength 0\.50 → \d\.\d\d/);
      expect(described).toContain("verdict negative → positive");
      expect(described).toContain(`score 35 → ${fresh[0]?.score}`);
      expect(described).toMatch(/music positive “the ending lands” → none/);
      expect(described).toMatch(/pacing none → negative “The pacing drags/);
      expect(
        summary.examples.every(
          (e) => e.film === "Quiet Stretches (2020)" || e.film === "Loud Mornings (2021)",
        ),
      ).toBe(true);
    });
  });
});

describe.each(dialects)("a review of an untitled source film, $dialect store", ({ dialect }) => {
  test("reads again as it was first read: the title its text quotes once is its film's, not another film named", async () => {
    await withFreshStore(dialect, async (store) => {
      const input: ReviewInput = {
        ...emptyReviewInput(
          'Woody Allen\'s "Midnight in Paris" is a charming trifle, lighter than "Annie Hall".',
        ),
        outlet: "Daily Light",
        film: { title: "", year: null, externalId: "rt:7" },
      };
      const [analysis] = analyzeReviews([input]);
      expect(analysis?.film?.title).toBe("Midnight in Paris");
      expect(analysis?.mentions.films).toEqual(["Annie Hall"]);
      await storeAnalyzedReviews(store, [{ input, analysis: analysis as Analysis }], null);
      expect(await reanalyzeReviews(store, { dryRun: true })).toMatchObject({
        read: 1,
        changed: 0,
      });
    });
  });
});
