import type { Kysely } from "kysely";
import { afterAll, describe, expect, test } from "vitest";
import { setReviewVerdict } from "../../src/commands/corrections.js";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { buildApp } from "../../src/server/app.js";
import * as verdictSource from "../../src/store/migrations/0035-verdict-source.js";
import { storeReviews } from "../helpers/reviews.js";
import { changingSchema, testStores } from "../helpers/stores.js";

const TOKEN = "a-test-token-of-sixteen-chars";
const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

const film = { title: "Tender Film", year: 2001 };
const review = (text: string, more: Partial<ReviewInput> = {}): ReviewInput => ({
  ...emptyReviewInput(text),
  outlet: "Daily Planet",
  film,
  ...more,
});
const inputs: ReviewInput[] = [
  review("A tender, funny, lovely film."),
  review("A tender film, rated.", { rating: "3/5" }),
  review("A film the critic recommends.", { rating: "Recommended" }),
  review("A film the critic marked rotten.", { verdict: "negative" }),
  review("A dull, lifeless slog that never finds its footing.", { rating: "2.5/4" }),
  review("A film an admin read again.", { rating: "4/5" }),
  review(""),
];

describe.each(stores)("how each verdict was reached, on the $dialect store", (testStore) => {
  test("stored with the review; reviews stored before migration 0035 are given theirs from their row", async () => {
    const store = await testStore.open();
    try {
      await storeReviews(store, inputs);
      const admin = await store.db
        .selectFrom("reviews")
        .select("id")
        .where("text", "=", "A film an admin read again.")
        .executeTakeFirstOrThrow();
      await setReviewVerdict(store, "test", admin.id, "negative");
      const sources = async () =>
        Object.fromEntries(
          (await store.db.selectFrom("reviews").select(["text", "verdict_source"]).execute()).map(
            (r) => [r.text, r.verdict_source],
          ),
        );
      const read = await sources();
      expect(read).toEqual({
        "A tender, funny, lovely film.": "text",
        "A tender film, rated.": "rating",
        "A film the critic recommends.": "stated",
        "A film the critic marked rotten.": "stated",
        "A dull, lifeless slog that never finds its footing.": "fence",
        "A film an admin read again.": "admin",
        "": null,
      });
      // The card says which verdict the text decided, and the review's admin page how.
      const app = buildApp(store, { apiToken: TOKEN });
      try {
        const fence = await store.db
          .selectFrom("reviews")
          .select(["id", "film_id"])
          .where("verdict_source", "=", "fence")
          .executeTakeFirstOrThrow();
        const page = (await app.inject({ url: `/films/${fence.film_id}` })).body;
        expect(page.match(/rating on the fence: verdict read from the text/g)).toHaveLength(1);
        expect((await app.inject({ url: `/api/reviews/${fence.id}` })).json()).toMatchObject({
          verdict: "negative",
          verdictSource: "fence",
        });
      } finally {
        await app.close();
      }
      // As a store before 0035 held them: the migration gives each the source its row says,
      // the same as the analysis's for all but the fence's (none was read so before it).
      await changingSchema(testStore.dialect, async () => {
        await verdictSource.down(store.db as Kysely<unknown>);
        await verdictSource.up(store.db as Kysely<unknown>);
      });
      expect(await sources()).toEqual({
        ...read,
        "A dull, lifeless slog that never finds its footing.": "rating",
      });
    } finally {
      await store.close();
    }
  });
});
