import type { Kysely } from "kysely";
import { groupBy } from "../domain/group-by.js";
import type { ReportOutcome, ReportReason, ReviewReport } from "../domain/report.js";
import type { Database } from "./schema.js";

/**
 * Stores a reader's report on a review; false, storing nothing, where the reader has one open
 * on it already (one open report per review and reader).
 */
export async function addReport(
  db: Kysely<Database>,
  report: {
    id: string;
    reviewId: string;
    readerId: string;
    reason: ReportReason;
    note: string | null;
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .insertInto("review_reports")
    .values({
      id: report.id,
      review_id: report.reviewId,
      reader_id: report.readerId,
      reason: report.reason,
      note: report.note,
      created_at: report.at,
    })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** The open reports on these reviews, oldest first, by review id. */
export async function openReportsOf(
  db: Kysely<Database>,
  reviewIds: readonly string[],
): Promise<Map<string, ReviewReport[]>> {
  if (reviewIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("review_reports")
    .select(["review_id", "reason", "note", "created_at"])
    .where("review_id", "in", [...reviewIds])
    .where("closed_at", "is", null)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
  const byReview = groupBy(rows, (r) => r.review_id);
  return new Map(
    [...byReview].map(([id, list]) => [
      id,
      list.map((r) => ({ reason: r.reason as ReportReason, note: r.note, at: r.created_at })),
    ]),
  );
}

/**
 * The reviews with open reports, the most recently reported first, up to `limit` (found
 * through the open reports' index: they are few beside the reviews).
 */
export async function reviewIdsReported(db: Kysely<Database>, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom("review_reports")
    .select("review_id")
    .select((eb) => eb.fn.max("created_at").as("last"))
    .where("closed_at", "is", null)
    .groupBy("review_id")
    .orderBy("last", "desc")
    .orderBy("review_id")
    .limit(limit)
    .execute();
  return rows.map((r) => r.review_id);
}

/** How many reviews have open reports. */
export async function countReportedReviews(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("review_reports")
    .select((eb) => eb.fn.count<number>("review_id").distinct().as("n"))
    .where("closed_at", "is", null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Closes the open reports on these reviews: corrected by an admin, or dismissed. How many closed. */
export async function closeReports(
  db: Kysely<Database>,
  reviewIds: readonly string[],
  close: { outcome: ReportOutcome; by: string; at: string },
): Promise<number> {
  let closed = 0;
  for (let i = 0; i < reviewIds.length; i += CHUNK) {
    const result = await db
      .updateTable("review_reports")
      .set({ closed_at: close.at, closed_by: close.by, outcome: close.outcome })
      .where("review_id", "in", reviewIds.slice(i, i + CHUNK))
      .where("closed_at", "is", null)
      .executeTakeFirst();
    closed += Number(result.numUpdatedRows);
  }
  return closed;
}

const CHUNK = 500;

/**
 * Every report a reader made, open or closed, oldest first, each with the review's film and
 * critic where the review is still here (their data: their page lists it, their download has it).
 */
export async function reportsBy(db: Kysely<Database>, readerId: string) {
  const rows = await db
    .selectFrom("review_reports as p")
    .leftJoin("reviews", "reviews.id", "p.review_id")
    .leftJoin("films", "films.id", "reviews.film_id")
    .leftJoin("critics", "critics.id", "reviews.critic_id")
    .select([
      "p.review_id",
      "p.reason",
      "p.note",
      "p.created_at",
      "p.closed_at",
      "p.outcome",
      "reviews.film_id",
      "films.title as film_title",
      "critics.name as critic",
    ])
    .where("p.reader_id", "=", readerId)
    .orderBy("p.created_at")
    .orderBy("p.id")
    .execute();
  return rows.map((r) => ({
    reviewId: r.review_id,
    reason: r.reason as ReportReason,
    note: r.note,
    at: r.created_at,
    closedAt: r.closed_at,
    outcome: r.outcome as ReportOutcome | null,
    filmId: r.film_id ?? null,
    filmTitle: r.film_title ?? null,
    critic: r.critic ?? null,
  }));
}
