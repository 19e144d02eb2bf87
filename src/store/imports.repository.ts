import type { Store } from "./db.js";

/** One import as the imports page lists it. */
export interface ImportRecord {
  id: string;
  source: string;
  startedAt: string;
  finishedAt: string | null;
  imported: number;
  duplicates: number;
  rejected: number;
  /** How many rows it read so far (all of them once finished). */
  read: number;
  rejects: Array<{ where: string; reason: string }>;
}

/** The newest imports first, with their summaries and rejected rows. */
export async function listImports(store: Store, limit = 50): Promise<ImportRecord[]> {
  const rows = await store.db
    .selectFrom("imports")
    .selectAll()
    .orderBy("started_at", "desc")
    .orderBy("id")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    imported: Number(r.imported),
    duplicates: Number(r.duplicates),
    rejected: Number(r.rejected),
    read: Number(r.progress),
    rejects: JSON.parse(r.rejects) as ImportRecord["rejects"],
  }));
}
