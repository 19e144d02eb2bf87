/**
 * The same review filed twice. A source may list one film under two ids (rt-reviews has
 * "Flight of the Phoenix" as both 1608 and 1758, with the same 109 reviews). Each id then
 * stores its own copy of every review, and when both films turn out to be one film, the
 * copies meet on it. Counted twice, they would double its reviews. Pure: no storage here.
 */
import { foldText } from "./fold-text.js";
import { groupBy } from "./group-by.js";

/** What tells one review from another, whatever film it was filed under. */
export interface ReviewIdentity {
  id: string;
  outletId: string | null;
  criticId: string | null;
  date: string | null;
  ratingRaw: string | null;
  text: string;
}

/**
 * The same review: one outlet, one critic, one date, one rating, and the same words (case,
 * accents and punctuation aside).
 */
export function sameReviewKey(r: ReviewIdentity): string {
  return JSON.stringify([r.outletId, r.criticId, r.date, r.ratingRaw, foldText(r.text)]);
}

/**
 * Of a film's reviews, the arriving ones (`arriving`: moved onto it by a merge or a link)
 * that repeat another of its reviews. In each group of copies one stays: one that was
 * there before when there is one, else the first arriving.
 */
export function repeatedReviews(
  reviews: readonly ReviewIdentity[],
  arriving: ReadonlySet<string>,
): string[] {
  const repeated: string[] = [];
  for (const group of groupBy(reviews, sameReviewKey).values()) {
    if (group.length < 2) continue;
    const kept = group.find((r) => !arriving.has(r.id)) ?? (group[0] as ReviewIdentity);
    for (const r of group) if (r !== kept && arriving.has(r.id)) repeated.push(r.id);
  }
  return repeated;
}
