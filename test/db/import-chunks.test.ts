import { afterAll, describe, expect, test } from "vitest";
import { importChunkTask } from "../../src/jobs/import-jobs.js";
import {
  chunkProgress,
  claimChunk,
  finishChunk,
  saveChunk,
} from "../../src/store/import-chunks.repository.js";
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

  test("a chunk is held while its lease runs, and not once it has run out or the chunk is stored", async () => {
    const store = await testStore.open();
    await saveChunk(store, "i-held", 0, 1, { items: [], scales: [] });
    await saveChunk(store, "i-held", 1, 1, { items: [], scales: [] });
    const at = new Date("2026-12-05T12:00:00.000Z");
    expect((await chunkProgress(store, "i-held", at)).held).toBe(0);
    // Its work, taken for the first time (none of its rows can be stored yet).
    expect(await claimChunk(store, "i-held", 0, 20_000, at)).toEqual({
      work: { items: [], scales: [] },
      attempts: 1,
    });
    const later = (ms: number) => new Date(at.getTime() + ms);
    expect((await chunkProgress(store, "i-held", later(19_000))).held).toBe(1);
    expect((await chunkProgress(store, "i-held", later(21_000))).held).toBe(0);
    // Taken again by another worker after the lease ran out: held again, one chunk; its
    // second time (its rows are looked for in the store before they are read).
    expect(await claimChunk(store, "i-held", 0, 20_000, later(21_000))).toMatchObject({
      attempts: 2,
    });
    expect(await chunkProgress(store, "i-held", later(22_000))).toMatchObject({
      held: 1,
      taken: 1,
    });
    // Stored within its lease: no longer held.
    await finishChunk(store, "i-held", 0, { imported: 1, rejected: 0, rejects: [], touched: {} });
    expect(await chunkProgress(store, "i-held", later(23_000))).toMatchObject({
      held: 0,
      done: 1,
    });
    await store.close();
  });
});
