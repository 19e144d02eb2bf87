import { afterAll, describe, expect, test } from "vitest";
import { importChunkTask } from "../../src/jobs/import-jobs.js";
import { chunkProgress, saveChunk } from "../../src/store/import-chunks.repository.js";
import { testStores } from "../helpers/stores.js";

const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

describe.each(stores)("an import chunk on the $dialect store", (testStore) => {
  test("counts every row it rejects, past the thousand it keeps with where and why; taken once", async () => {
    const store = await testStore.open();
    const items = Array.from({ length: 1_200 }, (_, i) => ({
      where: `big.jsonl:${i + 1}`,
      error: "no text and no rating",
    }));
    await saveChunk(store, "i-test", 0, items.length, { items, scales: [] });
    const task = importChunkTask(store, 60_000);
    // biome-ignore lint/suspicious/noExplicitAny: graphile-worker's helpers are not used.
    await task({ importId: "i-test", chunk: 0 }, {} as any);
    expect(await chunkProgress(store, "i-test")).toMatchObject({
      chunks: 1,
      done: 1,
      read: 1_200,
      rejected: 1_200,
      imported: 0,
      taken: 1,
    });
    // Stored already: running it again takes nothing.
    // biome-ignore lint/suspicious/noExplicitAny: as above.
    await task({ importId: "i-test", chunk: 0 }, {} as any);
    expect((await chunkProgress(store, "i-test")).taken).toBe(1);
    await store.close();
  });
});
