import { repeatedReviews } from "../domain/repeated-reviews.js";
import type { Store } from "../store/db.js";
import {
  restoreTrash,
  reviewIdentities,
  StandingToRefresh,
  trashReviews,
} from "../store/film-edits.repository.js";
import { buryReviews, unburyReviews } from "../store/reviews.repository.js";

/**
 * The reviews just moved onto a film (`arrivingIds`, by a merge or a link) that repeat one
 * it holds: the same review filed under two ids of one film (domain/repeated-reviews.ts).
 */
export async function repeatsArriving(
  store: Store,
  filmId: string,
  arrivingIds: readonly string[],
): Promise<string[]> {
  if (arrivingIds.length === 0) return [];
  return repeatedReviews(await reviewIdentities(store.db, filmId), new Set(arrivingIds));
}

/**
 * Sets repeated reviews aside into the trash of the audit entry that brought them (undoing
 * it puts them back: restoreRepeats), buried so that importing their source again does not
 * store them again; their critics' and outlets' standing is refreshed.
 */
export async function setAsideRepeats(
  store: Store,
  auditId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const standing = new StandingToRefresh();
  await trashReviews(store, auditId, ids, standing);
  await buryReviews(store.db, ids);
  await standing.refresh(store);
}

/** Puts back the repeated reviews an audit entry set aside (none: nothing happens). */
export async function restoreRepeats(store: Store, auditId: string): Promise<void> {
  const standing = new StandingToRefresh();
  await unburyReviews(store.db, await restoreTrash(store, auditId, standing));
  await standing.refresh(store);
}

/** The audit summary's note of them, "" when there were none. */
export function repeatsNote(count: number): string {
  return count === 0
    ? ""
    : `; ${count} review${count === 1 ? "" : "s"} already there under another id set aside`;
}
