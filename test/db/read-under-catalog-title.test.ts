import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { importCatalog } from "../../src/commands/import-catalog.js";
import { importReviews } from "../../src/commands/import-reviews.js";
import { reanalyzeReviews } from "../../src/commands/reanalyze-reviews.js";
import { testStores } from "../helpers/stores.js";

const CATALOG = join(import.meta.dirname, "testdata", "browse-catalog");
const dir = mkdtempSync(join(tmpdir(), "cinemeter-catalog-title-"));
const stores = await testStores();
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  for (const s of stores) await s.cleanup();
});

describe.each(stores)("a review filed by its IMDb id, $dialect store", (testStore) => {
  test("is read under the catalog film's title, not the title its text quotes once", async () => {
    // Her Smell (2018) is tt7942742 in the catalog written for these tests.
    const file = join(dir, `${testStore.dialect}.jsonl`);
    const review = {
      url: "https://www.imdb.com/title/tt7942742/reviews",
      rating: 8,
      text: 'As "Becky Something", Elisabeth Moss is ferocious. Her Smell is loud, long and worth it.',
    };
    writeFileSync(file, `${JSON.stringify(review)}\n`);
    const store = await testStore.open();
    try {
      await importCatalog(
        store,
        ["films-written-for-this-test.csv", "film-ids-written-for-this-test.csv"].map((f) =>
          join(CATALOG, f),
        ),
      );
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
      expect(await reanalyzeReviews(store, { dryRun: true })).toMatchObject({
        read: 1,
        changed: 0,
      });
    } finally {
      await store.close();
    }
  });
});
