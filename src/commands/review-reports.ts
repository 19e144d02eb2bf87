import { randomBytes } from "node:crypto";
import { MAX_REPORT_NOTE, REPORT_REASONS, type ReportReason } from "../domain/report.js";
import { errors } from "../errors.js";
import type { Store } from "../store/db.js";
import { addReport, closeReports } from "../store/review-reports.repository.js";

/**
 * Readers tell the admins what the site reads wrong in a review — the film it is filed under,
 * its verdict or score, its quote, what it praises or faults — and the admins settle it: a
 * correction of the review closes its reports as corrected (commands/corrections.ts), or they
 * are dismissed. Reports change nothing shown; they are an admin's list to read
 * (/admin/checks?list=reported).
 */

/** Stores a signed-in reader's report on a review; refused where theirs on it is still open. */
export async function reportReview(
  store: Store,
  readerId: string,
  reviewId: string,
  report: { reason: string; note: string | null },
  now = new Date(),
): Promise<{ reviewId: string; filmId: string | null }> {
  const reason = REPORT_REASONS.find((r) => r === report.reason);
  if (reason === undefined)
    throw errors.unprocessable("reason", `say what is wrong: one of ${REPORT_REASONS.join(", ")}`);
  const note = report.note?.trim() || null;
  if (note !== null && [...note].length > MAX_REPORT_NOTE)
    throw errors.unprocessable("note", `at most ${MAX_REPORT_NOTE} characters`);
  const review = await store.db
    .selectFrom("reviews")
    .select(["id", "film_id"])
    .where("id", "=", reviewId)
    .executeTakeFirst();
  if (!review) throw errors.notFound(`review ${reviewId}`);
  const added = await addReport(store.db, {
    id: `p${randomBytes(9).toString("base64url")}`,
    reviewId,
    readerId,
    reason: reason as ReportReason,
    note,
    at: now.toISOString(),
  });
  if (!added)
    throw errors.usage(
      "you have reported this review already: an admin will read it, then correct the review or dismiss the report",
    );
  return { reviewId, filmId: review.film_id };
}

/** Dismisses the open reports on a review (an admin read it and found nothing wrong). */
export async function dismissReports(
  store: Store,
  actor: string,
  reviewId: string,
  now = new Date(),
): Promise<{ dismissed: number }> {
  const dismissed = await closeReports(store.db, [reviewId], {
    outcome: "dismissed",
    by: actor,
    at: now.toISOString(),
  });
  if (dismissed === 0) throw errors.usage(`review ${reviewId} has no open reports`);
  return { dismissed };
}

/** Closes the open reports on reviews an admin has just corrected. */
export async function reportsCorrected(
  store: Store,
  actor: string,
  reviewIds: readonly string[],
): Promise<void> {
  await closeReports(store.db, reviewIds, {
    outcome: "corrected",
    by: actor,
    at: new Date().toISOString(),
  });
}
