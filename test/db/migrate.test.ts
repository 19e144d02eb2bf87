import { afterAll, describe, expect, test } from "vitest";
import { postgresAvailable, postgresTestStore, sqliteTestStore } from "../helpers/stores.js";

const withPostgres = await postgresAvailable();
const made = [
  sqliteTestStore(),
  ...(withPostgres ? [postgresTestStore(), postgresTestStore()] : []),
];
afterAll(async () => {
  for (const s of made) await s.cleanup();
});

describe("migrations", () => {
  test("open migrates; opening again changes nothing", async () => {
    const testStore = made[0];
    if (!testStore) throw new Error("no store");
    const store = await testStore.open();
    await store.close();
    const again = await testStore.open();
    expect(await again.db.selectFrom("reviews").select("id").execute()).toEqual([]);
    await again.close();
  });

  test.skipIf(!withPostgres)(
    "two databases in two schemas of one PostgreSQL each get their own tables",
    async () => {
      for (const testStore of made.slice(1)) {
        const store = await testStore.open();
        expect(await store.db.selectFrom("films").select("id").execute()).toEqual([]);
        await store.close();
      }
    },
  );
});
