/**
 * Two reviews at one URL. A URL usually is a review's own page, so the same URL again is the
 * same review, perhaps edited since. But some pages hold many reviews: a film's page of user
 * reviews (the IMDb dataset gives every review of a film that page's address), an outlet's
 * weekly round-up of capsule reviews. Pure: the store asks, with the text it holds.
 */
import { foldText } from "./fold-text.js";

/** What is compared of a review at a URL. */
export interface PageReview {
  text: string;
  criticId: string | null;
  /** Its text's word pairs (wordPairs), when already counted: one text against many. */
  pairs?: ReadonlySet<string>;
}

/**
 * Of the shorter text's word pairs, the share the other must hold for the two to be one review
 * edited. A typo fixed, a paragraph added, a feed's summary against the full text: nearly all
 * of them. Two people's reviews of one film share a few ("the film", "of the"): measured on
 * the 21,544 pairs of imdb-reviews reviews at one film's page (each against the page's first),
 * a median of 5%, 15% at the 99th percentile; the 14 pairs at 50% or more are one user's
 * review posted twice, edited ("Terrific film with a slightly slow start" / "Terrfic film …").
 */
const EDIT_OVERLAP = 0.5;

/**
 * Whether a review arriving at a URL is the one stored there (kept as stored) rather than
 * another review on the same page: not when both name their critic and the names differ, nor
 * when their words have little in common. A text without words (a rating alone) tells
 * nothing: the same review. Linear in the texts' length.
 *
 * @example sameReviewAtUrl({ text: "A fine film.", criticId: null }, { text: "A fine film!", criticId: null }) // true
 */
export function sameReviewAtUrl(stored: PageReview, arriving: PageReview): boolean {
  if (stored.criticId && arriving.criticId && stored.criticId !== arriving.criticId) return false;
  const a = stored.pairs ?? wordPairs(stored.text);
  const b = arriving.pairs ?? wordPairs(arriving.text);
  if (a.size === 0 || b.size === 0) return true;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const pair of small) if (large.has(pair)) shared++;
  return shared >= EDIT_OVERLAP * small.size;
}

/** A text's distinct pairs of neighbouring words (its one word, when it has one). */
export function wordPairs(text: string): Set<string> {
  const words = foldText(text).split(" ").filter(Boolean);
  if (words.length === 1) return new Set(words);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}
