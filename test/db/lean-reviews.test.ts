import { type Kysely, sql } from "kysely";
import { afterAll, describe, expect, test } from "vitest";
import { analyzeReviews } from "../../src/commands/analyze-reviews.js";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { filmAspects } from "../../src/store/aspects.repository.js";
import { stableId } from "../../src/store/keys.js";
import * as leanReviews from "../../src/store/migrations/0020-lean-reviews.js";
import * as aspectEvidenceOffsets from "../../src/store/migrations/0025-aspect-evidence-offsets.js";
import { listReviews, reviewWithLink } from "../../src/store/reviews.repository.js";
import { filmIdByTitle } from "../helpers/film-id.js";
import { storeReviews } from "../helpers/reviews.js";
import { changingSchema, testStores } from "../helpers/stores.js";

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
    await changingSchema(testStore.dialect, async () => {
      await leanReviews.down(store.db as Kysely<unknown>);
      await leanReviews.up(store.db as Kysely<unknown>);
    });

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

describe.each(stores)("aspect evidence on the $dialect store", (testStore) => {
  test("is kept as where it is in the text, counted in characters, and read back verbatim", async () => {
    const store = await testStore.open();
    const film = { title: "Offset Film", year: 2019 };
    // Characters outside the BMP (two UTF-16 units, one character to either database) come first.
    const text =
      "🎬🍿 Seen twice. The performances are superb from the first scene to the very last, in every single role.";
    await storeReviews(store, [{ ...emptyReviewInput(text), outlet: "Emoji Weekly", film }]);
    const filmId = await filmIdByTitle(store, film.title);
    const ofFilm = () =>
      store.db.selectFrom("review_aspects").selectAll().where("film_id", "=", filmId).execute();
    const [row] = await ofFilm();
    const [analysis] = analyzeReviews([
      { ...emptyReviewInput(text), outlet: "Emoji Weekly", film },
    ]);
    const clause = analysis?.aspects[0]?.evidence ?? "";
    expect(clause).toMatch(/^The performances are superb/);
    expect(row?.evidence).toBe("");
    expect(row?.evidence_at).toBe([...text].length - [...text.slice(text.indexOf(clause))].length);
    expect(row?.evidence_at).toBeLessThan(text.indexOf(clause));
    expect(row?.evidence_length).toBe([...clause].length);
    const [acting] = await filmAspects(store.db, filmId);
    expect(acting?.quotes.positive?.text).toBe(clause);

    // Rows stored before 0025 (the words copied) are rewritten by it, and read the same.
    await sql`update review_aspects set evidence = ${clause}, evidence_at = null,
      evidence_length = null where film_id = ${filmId}`.execute(store.db);
    await changingSchema(testStore.dialect, async () => {
      await aspectEvidenceOffsets.down(store.db as unknown as Kysely<unknown>);
      await aspectEvidenceOffsets.up(store.db as unknown as Kysely<unknown>);
    });
    const [again] = await ofFilm();
    expect(again).toMatchObject({
      evidence: "",
      evidence_at: row?.evidence_at,
      evidence_length: clause.length,
    });
    expect((await filmAspects(store.db, filmId))[0]?.quotes.positive?.text).toBe(clause);
    await store.close();
  });
});
