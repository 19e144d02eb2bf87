import { repeatedReviews } from "../domain/repeated-reviews.js";
import type { Store } from "../store/db.js";
import {
  restoreTrash,
  reviewIdentities,
  StandingToRefresh,
  trashReviews,
} from "../store/film-edits.repository.js";
import { buryReviews, unburyReviews } from "../store/reviews.repository.js";
import { readAgainWhereLinesMoved } from "./reanalyze-reviews.js";

/**
 * Records the audit entry of reviews just moved onto a film (`arrivingIds`, by a merge, a
 * link or a move), then sets aside those that repeat a review the film holds: the same
 * review filed under two ids of one film (domain/repeated-reviews.ts). `record` writes the
 * entry with `note` (how many were set aside, "" for none) in its summary and returns its
 * id. The repeats go into that entry's trash (undoing it puts them back: restoreRepeats),
 * buried so that importing their source again does not store them again.
 */
export async function recordSettingAsideRepeats(
  store: Store,
  filmId: string,
  arrivingIds: readonly string[],
  record: (note: string) => Promise<string>,
): Promise<string> {
  const repeats =
    arrivingIds.length === 0
      ? []
      : repeatedReviews(await reviewIdentities(store.db, filmId), new Set(arrivingIds));
  const auditId = await record(repeatsNote(repeats.length));
  if (repeats.length > 0) {
    const standing = new StandingToRefresh();
    await trashReviews(store, auditId, repeats, standing);
    await buryReviews(store.db, repeats);
    await readAgainWhereLinesMoved(store, await standing.refresh(store));
  }
  return auditId;
}

/** Puts back the repeated reviews an audit entry set aside (none: nothing happens). */
export async function restoreRepeats(store: Store, auditId: string): Promise<void> {
  const standing = new StandingToRefresh();
  await unburyReviews(store.db, await restoreTrash(store, auditId, standing));
  await readAgainWhereLinesMoved(store, await standing.refresh(store));
}

/** The audit summary's note of them, "" when there were none. */
function repeatsNote(count: number): string {
  return count === 0
    ? ""
    : `; ${count} review${count === 1 ? "" : "s"} already there under another id set aside`;
}
