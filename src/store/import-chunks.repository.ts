import type { ExpressionBuilder } from "kysely";
import { sql } from "kysely";
import type { Store } from "./db.js";
import type { Database } from "./schema.js";

/** A chunk no live worker holds at `at`: never leased, or its lease ran out. */
function unheld(eb: ExpressionBuilder<Database, "import_chunks">, at: string) {
  return eb.or([eb("leased_until", "is", null), eb("leased_until", "<", at)]);
}

/**
 * Stores one chunk of an import: how many rows it holds and the work to do (JSON: the rows
 * as read and what they are read with). Saving it again leaves it as it is.
 */
export async function saveChunk(
  store: Store,
  importId: string,
  chunk: number,
  rows: number,
  work: unknown,
): Promise<void> {
  await store.db
    .insertInto("import_chunks")
    .values({ import_id: importId, chunk, reviews: rows, inputs: JSON.stringify(work) })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * Takes a chunk for `leaseMs` when no one holds it and it is not stored yet: its work, and how
 * many times it has been taken, this time too (more than once: a worker died on it); or null
 * (stored already, or held by a live worker).
 */
export async function claimChunk(
  store: Store,
  importId: string,
  chunk: number,
  leaseMs: number,
  now = new Date(),
): Promise<{ work: unknown; attempts: number } | null> {
  const at = now.toISOString();
  const claimed = await store.db
    .updateTable("import_chunks")
    .set({
      leased_until: new Date(now.getTime() + leaseMs).toISOString(),
      attempts: sql`attempts + 1`,
    })
    .where("import_id", "=", importId)
    .where("chunk", "=", chunk)
    .where("done_at", "is", null)
    .where((eb) => unheld(eb, at))
    .returning(["inputs", "attempts"])
    .executeTakeFirst();
  return claimed?.inputs
    ? { work: JSON.parse(claimed.inputs), attempts: Number(claimed.attempts) }
    : null;
}

/** Holds a chunk `leaseMs` longer, while its worker stores it. */
export async function renewChunk(
  store: Store,
  importId: string,
  chunk: number,
  leaseMs: number,
): Promise<void> {
  await store.db
    .updateTable("import_chunks")
    .set({ leased_until: new Date(Date.now() + leaseMs).toISOString() })
    .where("import_id", "=", importId)
    .where("chunk", "=", chunk)
    .where("done_at", "is", null)
    .execute();
}

/**
 * Marks a chunk stored, with what it stored, what it rejected and the films, critics and
 * outlets its rows name (JSON); its work is no longer kept.
 */
export async function finishChunk(
  store: Store,
  importId: string,
  chunk: number,
  outcome: {
    imported: number;
    /** How many rows it rejected; `rejects`, the first of them with where and why. */
    rejected: number;
    rejects: Array<{ where: string; reason: string }>;
    touched: unknown;
  },
): Promise<void> {
  await store.db
    .updateTable("import_chunks")
    .set({
      done_at: new Date().toISOString(),
      leased_until: null,
      inputs: null,
      imported: outcome.imported,
      rejected: outcome.rejected,
      rejects: JSON.stringify(outcome.rejects),
      touched: JSON.stringify(outcome.touched),
    })
    .where("import_id", "=", importId)
    .where("chunk", "=", chunk)
    .execute();
}

/**
 * How far an import's chunks are at `now`: how many, how many stored, how many a live worker
 * holds, their rows, and what the stored ones stored and rejected.
 */
export async function chunkProgress(
  store: Store,
  importId: string,
  now = new Date(),
): Promise<{
  chunks: number;
  done: number;
  read: number;
  doneRead: number;
  imported: number;
  rejected: number;
  /** Chunks a worker has taken at least once. */
  taken: number;
  /** Chunks not stored yet whose worker's lease runs on. */
  held: number;
}> {
  const row = await store.db
    .selectFrom("import_chunks")
    .select((eb) => [
      eb.fn.countAll<number | string>().as("chunks"),
      eb.fn.count<number | string>("done_at").as("done"),
      eb.fn.sum<number | string | null>("reviews").as("read"),
      sql<number | string | null>`sum(case when done_at is not null then reviews else 0 end)`.as(
        "doneRead",
      ),
      eb.fn.sum<number | string | null>("imported").as("imported"),
      eb.fn.sum<number | string | null>("rejected").as("rejected"),
      sql<number | string | null>`sum(case when attempts > 0 then 1 else 0 end)`.as("taken"),
      sql<
        number | string | null
      >`sum(case when done_at is null and leased_until >= ${now.toISOString()} then 1 else 0 end)`.as(
        "held",
      ),
    ])
    .where("import_id", "=", importId)
    .executeTakeFirstOrThrow();
  return {
    chunks: Number(row.chunks),
    done: Number(row.done),
    read: Number(row.read ?? 0),
    doneRead: Number(row.doneRead ?? 0),
    imported: Number(row.imported ?? 0),
    taken: Number(row.taken ?? 0),
    held: Number(row.held ?? 0),
    rejected: Number(row.rejected ?? 0),
  };
}

/** The chunks not stored yet that no live worker holds: to be queued (again). */
export async function unheldChunks(
  store: Store,
  importId: string,
  now = new Date(),
): Promise<number[]> {
  const rows = await store.db
    .selectFrom("import_chunks")
    .select("chunk")
    .where("import_id", "=", importId)
    .where("done_at", "is", null)
    .where((eb) => unheld(eb, now.toISOString()))
    .orderBy("chunk")
    .execute();
  return rows.map((r) => r.chunk);
}

/** What an import's stored chunks rejected (the first 1,000 of each) and touched (JSON), in order. */
export async function chunkOutcomes(
  store: Store,
  importId: string,
): Promise<Array<{ rejects: Array<{ where: string; reason: string }>; touched: unknown }>> {
  const rows = await store.db
    .selectFrom("import_chunks")
    .select(["rejects", "touched"])
    .where("import_id", "=", importId)
    .where("done_at", "is not", null)
    .orderBy("chunk")
    .execute();
  return rows.map((r) => ({
    rejects: JSON.parse(r.rejects),
    touched: r.touched === null ? null : JSON.parse(r.touched),
  }));
}
