import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { importCatalog } from "../../src/commands/import-catalog.js";
import { importReviews } from "../../src/commands/import-reviews.js";
import { importReaderRatings, resolveRating } from "../../src/commands/reader-ratings.js";
import { criticsLikeReader, predictForReader } from "../../src/commands/reader-taste.js";
import { buildCriticRatingsIndex } from "../../src/server/taste-ratings.js";
import type { Store } from "../../src/store/db.js";
import {
  databaseCriticRatings,
  deleteReader,
  readerNamed,
  readerRatings,
} from "../../src/store/readers.repository.js";
import { filmIdByTitle } from "../helpers/film-id.js";
import { testStores, withFreshStore } from "../helpers/stores.js";

const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

const fromDb = (store: Store) => databaseCriticRatings(store.db);
const fixture = (name: string) => join(import.meta.dirname, "testdata", "taste", name);

describe.each(stores)("readers' ratings and taste on the $dialect store", (testStore) => {
  test("ratings linked precisely, critics matched, scores predicted; one reader's data is theirs alone", async () => {
    const store = await testStore.open();
    try {
      await importCatalog(store, [fixture("title.basics.tsv")]);
      await importReviews(store, [fixture("reviews.jsonl")], { format: "jsonl" });

      const rae = await importReaderRatings(store, "Rae", [
        fixture("rae-imdb.csv"),
        fixture("rae-letterboxd.csv"),
      ]);
      // Six by IMDb id, "Night Lanterns" (2014) by title and year; "Cold Harbor" with no year
      // is one of two films of that title: not linked, and said so.
      expect(rae).toMatchObject({ read: 8, linked: 7, unlinked: 1, rejects: [] });
      const reader = (await readerNamed(store.db, "Rae", false))?.id ?? "";
      const ratings = await readerRatings(store.db, reader);
      const harbor = ratings.find((r) => r.title === "Cold Harbor");
      expect(harbor?.film_id).toBeNull();
      expect(JSON.parse(harbor?.link ?? "{}").action).toBe("hold");
      expect(ratings.find((r) => r.title === "Night Lanterns")?.film_title).toBe("Night Lanterns");

      // Importing the same exports again replaces, never doubles.
      await importReaderRatings(store, "Rae", [
        fixture("rae-imdb.csv"),
        fixture("rae-letterboxd.csv"),
      ]);
      expect(await readerRatings(store.db, reader)).toHaveLength(8);

      // Ada Kindred shares Rae's taste, Bo Contrary has the opposite one.
      const critics = await criticsLikeReader(store, reader, fromDb(store));
      expect(critics[0]?.name).toBe("Ada Kindred");
      expect(critics[0]?.shared).toBe(7);
      expect(critics[0]?.correlation).toBeGreaterThan(0.9);
      expect(critics.find((c) => c.name === "Bo Contrary")?.correlation).toBeLessThan(-0.9);

      // Of the films Rae has not rated, Ada liked Cold Harbor (1998) above the crowd and
      // Brass Tide below it: the predictions follow her, and name her.
      const predicted = await predictForReader(store, reader, { limit: 10 }, fromDb(store));
      const byTitle = new Map<string, (typeof predicted)[number]>();
      for (const p of predicted) {
        const film = await store.db
          .selectFrom("films")
          .select(["title", "year"])
          .where("id", "=", p.film)
          .executeTakeFirst();
        byTitle.set(`${film?.title} ${film?.year}`, p);
      }
      expect([...byTitle.keys()].sort()).toEqual([
        "Brass Tide 2016",
        "Cold Harbor 1998",
        "Cold Harbor 2012",
      ]);
      const up = byTitle.get("Cold Harbor 1998");
      const down = byTitle.get("Brass Tide 2016");
      expect((up?.score ?? 0) - ((up?.consensus ?? 0) + (up?.leniency ?? 0))).toBeGreaterThan(0);
      expect((down?.score ?? 0) - ((down?.consensus ?? 0) + (down?.leniency ?? 0))).toBeLessThan(0);
      expect(up?.leanedOn[0]?.critic).toBe("ada-kindred");
      expect(up?.interval[0]).toBeLessThan(up?.score ?? 0);

      // A diary with a rewatch (two entries of one film) and a row given twice: stored once a
      // key, and taste counts the film once, at its latest rating.
      const diary = join(mkdtempSync(join(tmpdir(), "cinemeter-diary-")), "diary.csv");
      writeFileSync(
        diary,
        "Date,Name,Year,Letterboxd URI,Rating,Rewatch,Tags,Watched Date\n" +
          "2024-04-01,Brass Tide,2016,https://boxd.it/w1,1,,,2024-04-01\n" +
          "2024-04-09,Brass Tide,2016,https://boxd.it/w2,1.5,Yes,,2024-04-09\n" +
          "2024-04-09,Brass Tide,2016,https://boxd.it/w2,1.5,Yes,,2024-04-09\n",
      );
      await importReaderRatings(store, "Rae", [diary]);
      expect(await readerRatings(store.db, reader)).toHaveLength(10);
      expect((await criticsLikeReader(store, reader, fromDb(store)))[0]?.shared).toBe(8);
      const afterDiary = await predictForReader(store, reader, { limit: 10 }, fromDb(store));
      expect(afterDiary.map((p) => p.film)).not.toContain(
        (await readerRatings(store.db, reader)).find((r) => r.title === "Brass Tide")?.film_id,
      );

      // The index the server holds in memory answers as the database does (the sums in
      // another order: equal to 9 digits).
      const index = await buildCriticRatingsIndex(store);
      const rounded = (value: unknown) =>
        JSON.parse(JSON.stringify(value), (_k, v) =>
          typeof v === "number" ? Number(v.toFixed(9)) : v,
        );
      expect(rounded(await criticsLikeReader(store, reader, index))).toEqual(
        rounded(await criticsLikeReader(store, reader, fromDb(store))),
      );
      expect(rounded(await predictForReader(store, reader, { limit: 10 }, index))).toEqual(
        rounded(await predictForReader(store, reader, { limit: 10 }, fromDb(store))),
      );

      // Another reader sees only their own; deleting Rae leaves Sol's ratings whole.
      await importReaderRatings(store, "Sol", [fixture("sol-imdb.csv")]);
      const sol = (await readerNamed(store.db, "Sol", false))?.id ?? "";
      expect((await readerRatings(store.db, sol)).map((r) => r.title)).toEqual(["Lantern Field"]);
      expect(await deleteReader(store.db, reader)).toBe(10);
      expect(await readerNamed(store.db, "Rae", false)).toBeNull();
      expect(await readerRatings(store.db, reader)).toEqual([]);
      expect(await readerRatings(store.db, sol)).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  test("ratings brought before the catalog are linked when it arrives; a link chosen by hand stays", async () => {
    await withFreshStore(testStore.dialect, async (store) => {
      await importReaderRatings(store, "Early", [
        fixture("rae-imdb.csv"),
        fixture("rae-letterboxd.csv"),
      ]);
      const early = (await readerNamed(store.db, "Early", false))?.id ?? "";
      const before = await readerRatings(store.db, early);
      expect(before.filter((r) => r.film_id !== null)).toEqual([]);
      // The reader puts "Cold Harbor" (no year: two films of that title) on a film of their
      // choosing before the catalog is there: a film the reviews made.
      await importReviews(store, [fixture("reviews.jsonl")], { format: "jsonl" });
      const chosen = await filmIdByTitle(store, "Cold Harbor");
      const harbor = before.find((r) => r.title === "Cold Harbor");
      await resolveRating(store, early, harbor?.key ?? "", chosen);

      const summary = await importCatalog(store, [fixture("title.basics.tsv")]);
      // The six IMDb ids and "Night Lanterns" (2014) now name catalog films.
      expect(summary.readerRatingsLinked).toBe(7);
      const after = await readerRatings(store.db, early);
      expect(after.filter((r) => r.film_id !== null)).toHaveLength(8);
      const stillChosen = after.find((r) => r.title === "Cold Harbor");
      expect(JSON.parse(stillChosen?.link ?? "{}").reason).toBe("chosen by the reader");
      // The film the reader chose was merged into its catalog film: the rating follows it.
      const merged = await store.db
        .selectFrom("films")
        .select("id")
        .where("id", "=", chosen)
        .executeTakeFirst();
      expect(merged).toBeUndefined();
      expect(stillChosen?.film_title).toBe("Cold Harbor");
      expect(
        await store.db
          .selectFrom("films")
          .select("id")
          .where("id", "=", stillChosen?.film_id ?? "")
          .executeTakeFirst(),
      ).toBeDefined();
      // Importing the catalog again links nothing more.
      expect((await importCatalog(store, [fixture("title.basics.tsv")])).readerRatingsLinked).toBe(
        0,
      );
    });
  });
});
