import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { importCatalog } from "../../src/commands/import-catalog.js";
import { importReviews } from "../../src/commands/import-reviews.js";
import { reanalyzeReviews } from "../../src/commands/reanalyze-reviews.js";
import { buildApp } from "../../src/server/app.js";
import { testStores } from "../helpers/stores.js";

const CATALOG = join(import.meta.dirname, "testdata", "browse-catalog");
const dir = mkdtempSync(join(tmpdir(), "cinemeter-catalog-title-"));
const stores = await testStores();
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const s of stores) await s.cleanup();
});

// Her Smell (2018) is tt7942742 in the catalog written for these tests.
const review = {
  url: "https://www.imdb.com/title/tt7942742/reviews",
  rating: 8,
  text: 'As "Becky Something", Elisabeth Moss is ferocious. Her Smell is loud, long and worth it.',
};
const catalogFiles = ["films-written-for-this-test.csv", "film-ids-written-for-this-test.csv"].map(
  (f) => join(CATALOG, f),
);
const TOKEN = "a-catalog-title-test-token";

describe.each(stores)("a review filed by its IMDb id, $dialect store", (testStore) => {
  test("added through the API is read under the catalog film's title, and answered so", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: TOKEN });
    try {
      await importCatalog(store, catalogFiles);
      const answer = await app.inject({
        method: "POST",
        url: "/api/reviews",
        headers: { authorization: `Bearer ${TOKEN}` },
        // Another user's review on the film's page (the import's test stores the first).
        payload: {
          url: "https://www.imdb.com/title/tt7942742/usercomments",
          rating: "8/10",
          text: 'Moss tears into "Becky Something" as if her life hung on it. Her Smell is a wild ride.',
        },
      });
      expect(answer.statusCode).toBe(201);
      const { analysis } = answer.json() as { analysis: { mentions: { films: string[] } } };
      expect(analysis.mentions.films).not.toContain("Her Smell");
      const { id } = answer.json() as { id: string };
      const filed = await store.db
        .selectFrom("reviews")
        .innerJoin("films", "films.id", "reviews.film_id")
        .select(["films.title", "reviews.analysis"])
        .where("reviews.id", "=", id)
        .executeTakeFirstOrThrow();
      expect(filed.title).toBe("Her Smell");
      expect(await reanalyzeReviews(store, { reviewIds: [id], dryRun: true })).toMatchObject({
        read: 1,
        changed: 0,
      });
    } finally {
      await app.close();
      await store.close();
    }
  });

  test("is read under the catalog film's title, not the title its text quotes once", async () => {
    const file = join(dir, `${testStore.dialect}.jsonl`);
    writeFileSync(file, `${JSON.stringify(review)}\n`);
    const store = await testStore.open();
    try {
      await importCatalog(store, catalogFiles);
      const summary = await importReviews(store, [file], { format: "auto" });
      expect(summary).toMatchObject({ imported: 1, rejected: 0 });
      const filed = await store.db
        .selectFrom("reviews")
        .innerJoin("films", "films.id", "reviews.film_id")
        .select(["films.title", "reviews.analysis"])
        .executeTakeFirstOrThrow();
      expect(filed.title).toBe("Her Smell");
      // Read with its title: "Her Smell" is the film, not another film named; what the text
      // quoted as if a title is.
      const named = JSON.parse(filed.analysis) as { mentions?: { films: string[] } };
      expect(named.mentions?.films ?? []).not.toContain("Her Smell");
      // Every review of the film (the API's test stored another): none reads otherwise now.
      expect(await reanalyzeReviews(store, { dryRun: true })).toMatchObject({ changed: 0 });
    } finally {
      await store.close();
    }
  });
});
