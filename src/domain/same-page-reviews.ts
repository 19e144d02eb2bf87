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
  return (
    likeness(stored, wordPairs(stored.text), arriving, wordPairs(arriving.text)) >= EDIT_OVERLAP
  );
}

/**
 * How alike two reviews at a URL are, given their texts' word pairs: the share of the shorter
 * text's pairs the other holds (1 when either has no words), or 0 when both name their critic
 * and the names differ.
 */
function likeness(
  stored: PageReview,
  a: ReadonlySet<string>,
  arriving: PageReview,
  b: ReadonlySet<string>,
): number {
  if (stored.criticId && arriving.criticId && stored.criticId !== arriving.criticId) return 0;
  if (a.size === 0 || b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const pair of small) if (large.has(pair)) shared++;
  return shared / small.size;
}

/**
 * How many of a page's reviews an arriving review's words are compared with (beyond, only the
 * same words make it one of them): comparing each of a page's arrivals with each of its
 * reviews grows with the square of the page. imdb-reviews' pages hold at most 30.
 */
export const PAGE_REVIEWS_COMPARED = 50;

/** A review stored on a page, as the page's other arrivals are compared with it. */
export interface StoredPageReview {
  id: string;
  text: string;
  /** The key of its words (same words, same key). */
  textKey: string | null;
  criticId: string | null;
}

/**
 * A page's stored reviews, and which of them an arriving review is: one of the same words,
 * else (on a page of up to PAGE_REVIEWS_COMPARED reviews) the likest of those sameReviewAtUrl
 * finds it to be; null when it is another review. Each stored text's word pairs are counted
 * once, and only when words are compared.
 */
export class PageReviews {
  private readonly pairs = new Map<string, ReadonlySet<string>>();

  constructor(private readonly stored: readonly StoredPageReview[]) {}

  /** The id of the stored review `arriving` is (never `except`'s), or null. */
  match(arriving: PageReview & { textKey: string | null }, except: string): string | null {
    const others = this.stored.filter((s) => s.id !== except);
    // The same words first: a short review's pairs can all be in a longer one's.
    const sameWords = others.find((s) => s.textKey === arriving.textKey);
    if (sameWords) return sameWords.id;
    if (this.stored.length > PAGE_REVIEWS_COMPARED) return null;
    // The likest of those alike enough (sameReviewAtUrl).
    const words = wordPairs(arriving.text);
    let best: { id: string; likeness: number } | null = null;
    for (const s of others) {
      const alike = likeness(s, this.pairsOf(s), arriving, words);
      if (alike >= EDIT_OVERLAP && alike > (best?.likeness ?? 0))
        best = { id: s.id, likeness: alike };
    }
    return best?.id ?? null;
  }

  private pairsOf(review: StoredPageReview): ReadonlySet<string> {
    const known = this.pairs.get(review.id) ?? wordPairs(review.text);
    this.pairs.set(review.id, known);
    return known;
  }
}

/** A text's distinct pairs of neighbouring words (its one word, when it has one). */
function wordPairs(text: string): Set<string> {
  const words = foldText(text).split(" ").filter(Boolean);
  if (words.length === 1) return new Set(words);
  const pairs = new Set<string>();
  for (let i = 1; i < words.length; i++) pairs.add(`${words[i - 1]} ${words[i]}`);
  return pairs;
}
