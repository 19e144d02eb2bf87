import { sql } from "kysely";
import { afterAll, describe, expect, test } from "vitest";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { listReviews, type ReviewSort } from "../../src/store/reviews.repository.js";
import { storeReviews } from "../helpers/reviews.js";
import { testStores } from "../helpers/stores.js";

const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

/** Seven reviews of one film: some rated, some dated, two with no score (made so below). */
const inputs: ReviewInput[] = [
  ["5/5", "2020-01-03", "Splendid."],
  ["2/5", "2020-01-01", "Weak."],
  ["3.5/5", null, "Good."],
  [null, "2020-01-02", "Words only, dated."],
  ["3/5", "2020-01-05", "Fine."],
  [null, null, "Words only."],
  ["4/5", "2020-01-04", "Good again."],
].map(([rating, date, text], i) => ({
  ...emptyReviewInput(text as string),
  outlet: `Outlet ${i}`,
  critic: "Pat Critic",
  rating: rating ?? null,
  date: date ?? null,
  film: { title: "Ordered Film", year: 2020 },
}));

/** Every page of a list, two at a time, as texts. */
async function allPages(
  store: Awaited<ReturnType<(typeof stores)[number]["open"]>>,
  filter: Parameters<typeof listReviews>[1],
  sort: ReviewSort,
): Promise<string[]> {
  const texts: string[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 10; pages++) {
    const page: Awaited<ReturnType<typeof listReviews>> = await listReviews(store, filter, {
      after,
      limit: 2,
      sort,
    });
    for (const r of page.reviews) {
      const input = inputs.find((i) => i.outlet === r.outlet);
      texts.push(input?.text ?? "?");
    }
    if (!page.next) break;
    after = page.next;
  }
  return texts;
}

describe.each(stores)("review lists in order on the $dialect store", (testStore) => {
  test("every order pages through every review once: those with the value first, then the rest newest added", async () => {
    const store = await testStore.open();
    // One at a time, so each is added after the one before.
    for (const input of inputs) {
      await storeReviews(store, [input]);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    // Reviews with no score: words the text model could not read, say.
    await sql`update reviews set score = null where text like 'Words only%'`.execute(store.db);
    const rest = ["Words only.", "Words only, dated."];
    for (const filter of [{ filmId: undefined }, { criticId: "pat-critic" }]) {
      expect(await allPages(store, filter, "score")).toEqual([
        "Splendid.",
        "Good again.",
        "Good.",
        "Fine.",
        "Weak.",
        ...rest,
      ]);
      expect(await allPages(store, filter, "lowest")).toEqual([
        "Weak.",
        "Fine.",
        "Good.",
        "Good again.",
        "Splendid.",
        ...rest,
      ]);
      expect(await allPages(store, filter, "date")).toEqual([
        "Fine.",
        "Good again.",
        "Splendid.",
        "Words only, dated.",
        "Weak.",
        "Words only.",
        "Good.",
      ]);
      expect(await allPages(store, filter, "added")).toEqual(
        [...inputs].reverse().map((i) => i.text),
      );
    }
    await store.close();
  });
});
