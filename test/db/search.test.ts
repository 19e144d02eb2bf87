import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, test } from "vitest";
import { emptyReviewInput } from "../../src/domain/review.js";
import { deleteReviews, searchReviews } from "../../src/store/reviews.repository.js";
import { storeReviews } from "../helpers/reviews.js";
import { testStores } from "../helpers/stores.js";

const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

const review = (text: string, outlet: string) => ({
  ...emptyReviewInput(text),
  outlet,
  film: { title: "Zebra Crossing", year: 2020 },
});

describe.each(stores)("review search on the $dialect store", (testStore) => {
  test("ranks the newest candidates only, best first, with the words marked", async () => {
    const store = await testStore.open();
    // Stored one after another, so each is newer than the one before.
    await storeReviews(store, [review("Zebra, zebra, zebra: the zebra film.", "Oldest Outlet")]);
    await sleep(5);
    await storeReviews(store, [
      review("A long film that has one zebra somewhere in it.", "Middle"),
    ]);
    await sleep(5);
    await storeReviews(store, [review("The zebra shows up twice; a zebra again.", "Newest")]);

    const all = await searchReviews(store, "zebras", 20);
    expect(all.map((m) => m.outlet)).toEqual(["Oldest Outlet", "Newest", "Middle"]);
    expect(all[0]?.excerpt).toContain("«Zebra»");
    expect(all[0]?.filmName).toBe("Zebra Crossing (2020)");

    // Two candidates: the best of the two newest, the oldest (and best) left out.
    const newest = await searchReviews(store, "zebra", 20, 2);
    expect(newest.map((m) => m.outlet)).toEqual(["Newest", "Middle"]);
    expect(await searchReviews(store, "zebra", 1, 2)).toHaveLength(1);
    // A deleted review is no longer found, among the newest or the rest.
    await deleteReviews(store, [newest[1]?.id ?? ""]);
    expect((await searchReviews(store, "zebra", 20)).map((m) => m.outlet)).toEqual([
      "Oldest Outlet",
      "Newest",
    ]);
    expect(await searchReviews(store, "okapi", 20)).toEqual([]);
    expect(await searchReviews(store, "  ?! ", 20)).toEqual([]);
    await store.close();
  });
});
