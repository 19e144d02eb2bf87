import { afterAll, describe, expect, test } from "vitest";
import { analyzeReviews } from "../../src/commands/analyze-reviews.js";
import { setHeldApart } from "../../src/commands/import-reviews.js";
import { storeAnalyzedReviews } from "../../src/commands/link-reviews.js";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { deleteReviews } from "../../src/store/reviews.repository.js";
import { sharedData } from "../helpers/shared-data.js";
import { imdbInputs, rtInputs } from "../helpers/shared-inputs.js";
import { testStores } from "../helpers/stores.js";

const rtPath = sharedData("rt-reviews", "rt.reviews.tsv.gz");
const imdbPath = sharedData("imdb-reviews", "train.jsonl.gz");

/** Reviews whose film only their words name: who they are is known only once they are read. */
const textOnly = [
  "Heat is Michael Mann's masterpiece, a crime epic of rare patience.",
  "Fargo is a small, cold miracle of a comedy.",
].map((text) => ({ ...emptyReviewInput(text), outlet: "The Test Gazette" }));

/** A blog's posts, as a feed gives them: a URL each, the film named only in the words. */
const posts = [
  ["heat", "Heat is Michael Mann's masterpiece, a crime epic of rare patience."],
  ["fargo", "Fargo is a small, cold miracle of a comedy, and Frances McDormand is perfect."],
  ["alien", "Alien still frightens: Ridley Scott's slow dread has not aged a day."],
].map(([slug, text]) => ({
  ...emptyReviewInput(text as string),
  outlet: "A Test Blog",
  critic: "Jo Writer",
  url: `https://blog.example/${slug}/`,
}));

/** Inputs with their analyses, ready to store. */
const analyzedOf = (inputs: readonly ReviewInput[]) =>
  analyzeReviews([...inputs]).map((analysis, i) => ({
    input: inputs[i] as ReviewInput,
    analysis,
  }));

const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

describe.skipIf(rtPath === null || imdbPath === null).each(stores)(
  "reviews known before they are read, $dialect store",
  (testStore) => {
    test("what a re-run finds stored (by id, on a shared page, or deleted) is what storing counts a duplicate; the rest is read", async () => {
      const rt = await rtInputs(300);
      const imdb = await imdbInputs(120);
      const inputs = [...rt, ...imdb, ...textOnly];
      const analyzed = analyzedOf(inputs);
      const store = await testStore.open();
      try {
        // Two thirds of each source stored, as an import killed part way leaves them, and a
        // review of each deleted by an admin (it stays deleted: a duplicate too).
        const before = [
          ...analyzed.slice(0, 200),
          ...analyzed.slice(300, 380),
          ...analyzed.slice(420),
        ];
        const first = await storeAnalyzedReviews(store, before, null);
        await deleteReviews(store, [first.ids[0] as string, first.ids[250] as string]);

        const rows = inputs.map((input, i) => ({ input, i }));
        const { toRead, held } = await setHeldApart(store, rows);
        const read = new Set(toRead.map((r) => r.i));
        const heldRows = rows.filter((r) => !read.has(r.i));
        expect(heldRows.length + toRead.length).toBe(inputs.length);
        // Whose film only the words name is always read; most of what was stored is not.
        for (let i = 420; i < inputs.length; i++) expect(read.has(i)).toBe(true);
        expect(heldRows.filter((r) => r.i < 200).length).toBeGreaterThan(190);
        // Reviews on a shared page: the page's first and the others, found by their own ids.
        expect(heldRows.filter((r) => r.i >= 300 && r.i < 380).length).toBeGreaterThan(70);
        // Nothing not stored is taken for stored.
        for (const r of heldRows) expect(r.i < 200 || (r.i >= 300 && r.i < 380)).toBe(true);

        // Each one held apart is what storing it would have counted a duplicate, of that id.
        const again = await storeAnalyzedReviews(
          store,
          heldRows.map((r) => analyzed[r.i] as (typeof analyzed)[number]),
          null,
        );
        expect(again.imported).toBe(0);
        expect(again.ids).toEqual(held);
        // The rest read and stored: the new ones go in.
        const rest = await storeAnalyzedReviews(
          store,
          toRead.map((r) => analyzed[r.i] as (typeof analyzed)[number]),
          null,
        );
        expect(rest.imported).toBeGreaterThan(100);
      } finally {
        await store.close();
      }
    });

    test("a post stored at its URL is known by its URL and words though only its words name its film; another critic's words there are read", async () => {
      const store = await testStore.open();
      try {
        const first = await storeAnalyzedReviews(store, analyzedOf(posts), null);
        expect(first.imported).toBe(posts.length);
        const arriving = [
          ...posts,
          // The same post again with a word mended, and a guest's review on the same page.
          { ...(posts[0] as ReviewInput), text: `${posts[0]?.text} Unmissable.` },
          {
            ...(posts[1] as ReviewInput),
            critic: "A Guest",
            text: "Fargo left me cold: a snow globe of a film, pretty and airless.",
          },
        ];
        const { toRead, held } = await setHeldApart(
          store,
          arriving.map((input, i) => ({ input, i })),
        );
        expect(toRead.map((r) => r.i)).toEqual([4]);
        expect(held).toEqual([...first.ids, first.ids[0]]);
        // What storing them would have said: the guest's review is new, the rest duplicates.
        const again = await storeAnalyzedReviews(store, analyzedOf(arriving), null);
        expect(again.imported).toBe(1);
        expect(again.ids.slice(0, 4)).toEqual(held);
      } finally {
        await store.close();
      }
    });
  },
);
