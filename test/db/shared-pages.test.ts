import { afterAll, describe, expect, test } from "vitest";
import { analyzeReviews } from "../../src/commands/analyze-reviews.js";
import { storeAnalyzedReviews } from "../../src/commands/link-reviews.js";
import type { ReviewInput } from "../../src/domain/review.js";
import { normalizeReviewText } from "../../src/store/keys.js";
import { sharedData } from "../helpers/shared-data.js";
import { imdbInputs } from "../helpers/shared-inputs.js";
import { testStores } from "../helpers/stores.js";

const imdbPath = sharedData("imdb-reviews", "train.jsonl.gz");

const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

// imdb-reviews gives every review of a film its film's page of user reviews as `url`: one URL,
// many reviews. They were stored as one review a page (21,548 of 25,000 skipped as duplicates).
describe.skipIf(imdbPath === null).each(stores)(
  "reviews on one page, $dialect store",
  (testStore) => {
    test("each review at a shared URL is stored once; the same words or an edited copy are duplicates", async () => {
      const inputs = await imdbInputs(120);
      const pages = new Set(inputs.map((i) => i.url));
      expect(pages.size).toBeGreaterThan(3);
      expect(pages.size).toBeLessThan(60); // several reviews a page
      const distinct = new Set(inputs.map((i) => normalizeReviewText(i.text))).size;
      const analyzed = analyzeReviews(inputs).map((analysis, i) => ({
        input: inputs[i] as ReviewInput,
        analysis,
      }));
      const store = await testStore.open();
      try {
        // In two batches, a page's reviews on both sides, and again whole.
        const first = await storeAnalyzedReviews(store, analyzed.slice(0, 50), null);
        const second = await storeAnalyzedReviews(store, analyzed.slice(50), null);
        expect(first.imported + second.imported).toBe(distinct);
        const stored = await store.db.selectFrom("reviews").select(["id", "url"]).execute();
        expect(stored).toHaveLength(distinct);
        expect(new Set(stored.map((r) => r.url)).size).toBe(pages.size);
        const again = await storeAnalyzedReviews(store, analyzed, null);
        expect(again).toMatchObject({ imported: 0, duplicates: inputs.length });
        expect([...first.ids, ...second.ids]).toEqual(again.ids);

        // The same review with a typo fixed and a sentence added is the one stored.
        const [original] = analyzed;
        const edited = {
          ...original?.input,
          text: `${original?.input.text.replace(/\bthe\b/, "teh")} Worth a look.`,
        } as ReviewInput;
        const storeOne = (input: ReviewInput) =>
          storeAnalyzedReviews(
            store,
            analyzeReviews([input]).map((analysis) => ({ input, analysis })),
            null,
          );
        expect(await storeOne(edited)).toMatchObject({
          imported: 0,
          duplicates: 1,
          ids: [first.ids[0]],
        });

        // Its author named now that was not before: the same review still.
        expect(await storeOne({ ...edited, critic: "Someone Else" })).toMatchObject({
          imported: 0,
          duplicates: 1,
          ids: [first.ids[0]],
        });

        // A page's later review edited is that review too, not another beside it.
        const later = inputs.findIndex(
          (input, i) => i > 0 && inputs.slice(0, i).some((before) => before.url === input.url),
        );
        expect(later).toBeGreaterThan(0);
        const laterId = [...first.ids, ...second.ids][later];
        const laterEdited = {
          ...inputs[later],
          text: `${inputs[later]?.text.replace(/\bthe\b/, "teh")} Worth a look.`,
        } as ReviewInput;
        expect(await storeOne(laterEdited)).toMatchObject({
          imported: 0,
          duplicates: 1,
          ids: [laterId],
        });
        expect(await store.db.selectFrom("reviews").select("id").execute()).toHaveLength(distinct);
      } finally {
        await store.close();
      }
    });
  },
);
