import { type Kysely, sql } from "kysely";
import { afterAll, describe, expect, test } from "vitest";
import { analyzeReviews } from "../../src/commands/analyze-reviews.js";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { stableId } from "../../src/store/keys.js";
import * as leanReviews from "../../src/store/migrations/0020-lean-reviews.js";
import { listReviews, reviewWithLink } from "../../src/store/reviews.repository.js";
import { storeReviews } from "../helpers/reviews.js";
import { testStores } from "../helpers/stores.js";

const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

const inputs: ReviewInput[] = [
  {
    ...emptyReviewInput("A tender, funny film directed by Gus Van Sant. Lovely from start to end."),
    outlet: "Daily Planet",
    critic: "Lois Lane",
    rating: "4/5",
    url: "https://planet.example/tender",
    film: { title: "Tender Film", year: 2001 },
  },
  {
    ...emptyReviewInput("Dull."),
    outlet: "The Ledger",
    film: { title: "Tender Film", year: 2001 },
  },
];

describe.each(stores)("lean reviews on the $dialect store", (testStore) => {
  test("a review is stored once, its whole-text quote as '', its decision shared; rows stored before are made lean", async () => {
    const store = await testStore.open();
    await storeReviews(store, inputs);
    const rows = await store.db.selectFrom("reviews").selectAll().orderBy("text").execute();
    const [tender, dull] = [rows[0], rows[1]];
    expect(dull?.quote).toBe("");
    expect(tender?.url_key).toBeNull();
    expect(tender?.analysis).not.toContain("Daily Planet");
    expect(JSON.parse(tender?.analysis ?? "")).toEqual({
      people: [{ name: "Gus Van Sant", role: "director" }],
    });
    expect(dull?.analysis).toBe("{}");
    const listed = await listReviews(store, {}, { limit: 10 });
    expect(listed.reviews.map((r) => r.quote).sort()).toEqual([
      "A tender, funny film directed by Gus Van Sant.",
      "Dull.",
    ]);
    const why = await reviewWithLink(store.db, tender?.id ?? "");
    expect(why?.link).toMatchObject({ method: "title" });

    // The same row as a store before migration 0020 held it, and one in the trash.
    const [analysis] = analyzeReviews([inputs[0] as ReviewInput]);
    const decision = JSON.stringify(why?.link);
    const rawTextKey = `daily planet|${tender?.text_key}`;
    await sql`update reviews set analysis = ${JSON.stringify(analysis)}, link = ${decision},
      text_key = ${rawTextKey}, url_key = 'daily planet|planet.example/tender'
      where id = ${tender?.id}`.execute(store.db);
    await sql`update reviews set quote = text where id = ${dull?.id}`.execute(store.db);
    await sql`insert into review_trash (audit_id, review_id, review, aspects)
      values ('a1', 'r1', ${JSON.stringify({ ...tender, analysis: JSON.stringify(analysis), link: decision, url_key: "x|y" })}, '[]')`.execute(
      store.db,
    );
    await leanReviews.down(store.db as Kysely<unknown>);
    await leanReviews.up(store.db as Kysely<unknown>);

    const after = await store.db.selectFrom("reviews").selectAll().orderBy("text").execute();
    expect(after[0]).toEqual({ ...tender, text_key: stableId("t", rawTextKey) });
    expect(after[1]?.quote).toBe("");
    expect((await reviewWithLink(store.db, tender?.id ?? ""))?.link).toEqual(why?.link);
    const trashed = await store.db.selectFrom("review_trash").select("review").executeTakeFirst();
    expect(JSON.parse(trashed?.review ?? "")).toMatchObject({
      url_key: null,
      link: tender?.link,
      analysis: tender?.analysis,
    });
    await store.close();
  });
});
