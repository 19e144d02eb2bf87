import type { ReviewMatch } from "../store/reviews.repository.js";
import type { NameDirectories } from "./name-directories.js";
import type { ReviewSearch } from "./review-search.js";

/** What the site's search and the API's find for a query: names (NameDirectories) and reviews. */
export type SiteSearchResult = Awaited<ReturnType<NameDirectories["find"]>> & {
  reviews: readonly ReviewMatch[];
};

/**
 * Reviews whose words match `query`, and films, people, critics and outlets by name. A query
 * that reviews use as written is a word, not a misspelling: names and titles a typo away are
 * looked for only when no review matches it ("clever" lists no critic called Cleaver;
 * "scorcese" still finds Martin Scorsese).
 */
export async function siteSearch(
  names: NameDirectories,
  reviewSearch: ReviewSearch,
  query: string,
  limits: { names: number; films: number; reviews: number },
): Promise<SiteSearchResult> {
  const reviews = await reviewSearch.find(query, limits.reviews);
  const named = await names.find(query, limits.names, limits.films, reviews.length === 0);
  return { ...named, reviews };
}
