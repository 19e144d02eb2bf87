import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { Database } from "./schema.js";

/** One change as the audit log keeps it. */
export interface AuditEntry {
  id: string;
  at: string;
  actor: string;
  action: string;
  target: string;
  summary: string;
  before: unknown;
  after: unknown;
  undoneAt: string | null;
  undoneBy: string | null;
}

/** An entry without what it changed (which can be every review of an import). */
export type AuditSummary = Omit<AuditEntry, "before" | "after">;

const SUMMARY_COLUMNS = [
  "id",
  "at",
  "actor",
  "action",
  "target",
  "summary",
  "undone_at",
  "undone_by",
] as const;

/** Writes one entry; returns its id. */
export async function recordAudit(
  db: Kysely<Database>,
  entry: Pick<AuditEntry, "actor" | "action" | "target" | "summary" | "before" | "after">,
  at = new Date().toISOString(),
): Promise<string> {
  const id = `a-${at.replace(/\D/g, "").slice(0, 17)}-${randomUUID().slice(0, 8)}`;
  await db
    .insertInto("audit_log")
    .values({
      id,
      at,
      actor: entry.actor,
      action: entry.action,
      target: entry.target,
      summary: entry.summary,
      before: JSON.stringify(entry.before),
      after: JSON.stringify(entry.after),
    })
    .execute();
  await countEdit(db);
  return id;
}

/**
 * One more correction (migration 0033): the site's fingerprint changes, so lists kept while
 * the site stands still are made again.
 */
async function countEdit(db: Kysely<Database>): Promise<void> {
  await db
    .updateTable("site_edits")
    .set({ revision: sql`revision + 1` })
    .where("id", "=", 1)
    .execute();
}

/** The newest entries first, optionally only those about one target (without before and after). */
export async function listAudit(
  db: Kysely<Database>,
  options: { target?: string; limit?: number; offset?: number } = {},
): Promise<AuditSummary[]> {
  let query = db
    .selectFrom("audit_log")
    .select([...SUMMARY_COLUMNS])
    .orderBy("at", "desc")
    .orderBy("id", "desc");
  if (options.target) query = query.where("target", "=", options.target);
  const rows = await query
    .limit(options.limit ?? 50)
    .offset(options.offset ?? 0)
    .execute();
  return rows.map(summaryOf);
}

/** One entry without before and after. */
export async function getAuditSummary(
  db: Kysely<Database>,
  id: string,
): Promise<AuditSummary | null> {
  const row = await db
    .selectFrom("audit_log")
    .select([...SUMMARY_COLUMNS])
    .where("id", "=", id)
    .executeTakeFirst();
  return row ? summaryOf(row) : null;
}

export async function getAudit(db: Kysely<Database>, id: string): Promise<AuditEntry | null> {
  const row = await db.selectFrom("audit_log").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? entryOf(row) : null;
}

export async function markUndone(
  db: Kysely<Database>,
  id: string,
  by: string,
  at = new Date().toISOString(),
): Promise<void> {
  await db
    .updateTable("audit_log")
    .set({ undone_at: at, undone_by: by })
    .where("id", "=", id)
    .execute();
  await countEdit(db);
}

function summaryOf(row: Omit<Database["audit_log"], "before" | "after">): AuditSummary {
  return {
    id: row.id,
    at: row.at,
    actor: row.actor,
    action: row.action,
    target: row.target,
    summary: row.summary,
    undoneAt: row.undone_at,
    undoneBy: row.undone_by,
  };
}

function entryOf(row: Database["audit_log"]): AuditEntry {
  return { ...summaryOf(row), before: JSON.parse(row.before), after: JSON.parse(row.after) };
}
