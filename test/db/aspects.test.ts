import { afterAll, describe, expect, test } from "vitest";
import { analyzeReviews } from "../../src/commands/analyze-reviews.js";
import { storeAnalyzedReviews } from "../../src/commands/link-reviews.js";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { filmAspects } from "../../src/store/aspects.repository.js";
import { filmIdByTitle } from "../helpers/film-id.js";
import { testStores } from "../helpers/stores.js";

const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

const film = { title: "Quiet Stretches", year: 2020 };
const review = (text: string, outlet: string): ReviewInput => ({
  ...emptyReviewInput(text),
  outlet,
  film,
});

describe.each(stores)("a film's aspects on the $dialect store", (testStore) => {
  test("each side is quoted by its clearest judgement, not its shortest; a faint or inferred one is not quoted", async () => {
    const store = await testStore.open();
    try {
      const inputs = [
        // Read as praise by the text model alone: the shorter of the two.
        // ("carries the film" would be praise in words now: what carries a film is praised.)
        review("The cast brings warmth to its quiet stretches.", "Short Read"),
        // Judged in words ("superb"): longer, and clearer.
        review(
          "The performances are superb from the first scene to the very last, in every single role.",
          "Plain Words",
        ),
        review(
          "It drags on and on for what feels like forever, a good half hour too long.",
          "Clock Watcher",
        ),
        // The final act's clause barely leans either way: counted, never quoted.
        review(
          "Alex Ross Perry stages each meltdown like a siege, and the final act is quietly earned.",
          "Faint Lean",
        ),
      ];
      // A film whose only judgement of its acting is the text model's reading: counted, not quoted.
      const inferred = {
        ...review("The performances carry real weight in every scene.", "Inferred"),
        film: { title: "Only Inferred", year: 2020 },
      };
      inputs.push(inferred);
      const analyses = analyzeReviews(inputs);
      const strengths = analyses.map((a) => a.aspects[0]?.strength ?? 0);
      expect(strengths[1]).toBeGreaterThan(strengths[0] as number);
      const inferredActing = analyses[4]?.aspects.find((a) => a.aspect === "acting");
      expect(inferredActing?.polarity).toBe("positive");
      expect(inferredActing?.strength).toBeGreaterThanOrEqual(1);
      await storeAnalyzedReviews(
        store,
        analyses.map((analysis, i) => ({ input: inputs[i] as ReviewInput, analysis })),
        null,
      );
      const filmId = await filmIdByTitle(store, film.title);
      const aspects = new Map((await filmAspects(store.db, filmId)).map((a) => [a.aspect, a]));
      const onlyInferred = await filmIdByTitle(store, "Only Inferred");
      expect(
        (await filmAspects(store.db, onlyInferred)).find((a) => a.aspect === "acting"),
      ).toMatchObject({ positive: 1, quotes: { positive: null, negative: null } });
      expect(aspects.get("acting")).toMatchObject({
        positive: 2,
        negative: 0,
        quotes: {
          positive: {
            // The whole clause: a quote runs on past a bare comma.
            text: "The performances are superb from the first scene to the very last, in every single role.",
            outlet: "Plain Words",
          },
        },
      });
      expect(aspects.get("pacing")?.quotes.negative).toMatchObject({
        outlet: "Clock Watcher",
        critic: null,
      });
      const faint = analyses[3]?.aspects.find((a) => a.aspect === "writing");
      expect(faint?.strength).toBeLessThan(1);
      const writing = aspects.get("writing");
      expect((writing?.positive ?? 0) + (writing?.negative ?? 0)).toBe(1);
      expect(writing?.quotes).toEqual({ positive: null, negative: null });
    } finally {
      await store.close();
    }
  });

  test("a quote from a review that names a critic and no outlet says who wrote it", async () => {
    const store = await testStore.open();
    try {
      const input: ReviewInput = {
        ...emptyReviewInput(
          "Imagine watching half of a miniseries in one sitting, but with the story moving at a much slower pace.",
        ),
        critic: "Harry Guerin",
        film: { title: "Slow Sitting", year: 2003 },
      };
      const analyses = analyzeReviews([input]);
      expect(analyses[0]?.aspects.find((a) => a.aspect === "pacing")?.polarity).toBe("negative");
      await storeAnalyzedReviews(store, [{ input, analysis: analyses[0] as never }], null);
      const filmId = await filmIdByTitle(store, "Slow Sitting");
      const pacing = (await filmAspects(store.db, filmId)).find((a) => a.aspect === "pacing");
      expect(pacing?.quotes.negative).toMatchObject({ outlet: null, critic: "Harry Guerin" });
    } finally {
      await store.close();
    }
  });

  test("a quote comes from a review on its side: praise from one that likes the film, a complaint from one that does not", async () => {
    const store = await testStore.open();
    try {
      const rated = (text: string, outlet: string, rating: string, title: string) => ({
        ...review(text, outlet),
        rating,
        film: { title, year: 2021 },
      });
      const inputs = [
        // As clear, and shorter, but from a review rated 1 of 5: counted, not the example.
        rated("The performances are superb in every role.", "Against Its Verdict", "1/5", "Sides"),
        rated(
          "The performances are superb in every single role, the leads above all.",
          "On Its Side",
          "4/5",
          "Sides",
        ),
        // A film whose only praise of its acting comes from a review that dislikes it.
        rated("The performances are superb in every role.", "Only Praise", "1/5", "Alone"),
      ];
      const analyses = analyzeReviews(inputs);
      expect(analyses.map((a) => a.verdict)).toEqual(["negative", "positive", "negative"]);
      const [first, second] = analyses.map((a) => a.aspects.find((x) => x.aspect === "acting"));
      expect(first?.polarity).toBe("positive");
      expect(first?.strength).toBeGreaterThanOrEqual(second?.strength ?? 0);
      await storeAnalyzedReviews(
        store,
        analyses.map((analysis, i) => ({ input: inputs[i] as ReviewInput, analysis })),
        null,
      );
      const films = await store.db.selectFrom("films").select(["id", "title"]).execute();
      const acting = async (title: string) =>
        (await filmAspects(store.db, films.find((f) => f.title === title)?.id ?? "")).find(
          (a) => a.aspect === "acting",
        );
      expect(await acting("Sides")).toMatchObject({
        positive: 2,
        quotes: { positive: { outlet: "On Its Side" } },
      });
      expect(await acting("Alone")).toMatchObject({
        positive: 1,
        quotes: { positive: null, negative: null },
      });
    } finally {
      await store.close();
    }
  });
});
