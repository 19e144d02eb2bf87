import type { Store } from "../store/db.js";
import { siteFingerprint } from "../store/films.repository.js";
import { type ReviewMatch, searchReviews } from "../store/reviews.repository.js";
import { Memo } from "./web/memo.js";

/** How many recent queries' answers a server keeps (each about 20 matches, some 10 KB). */
const KEPT_QUERIES = 500;

/**
 * The reviews a search finds (searchReviews), with the answers to recent queries kept while
 * the site stands still — its fingerprint changes when reviews are added, deleted or read
 * again, when films are merged or imported, and with every correction — so a query asked
 * again (a popular word, a page reloaded, the API polled) costs one small statement, not a
 * ranking. One per server, shared by the site's search page and the API's.
 */
export class ReviewSearch {
  private readonly memo = new Memo<ReviewMatch[]>(KEPT_QUERIES);

  constructor(private readonly store: Store) {}

  /** The best `limit` matches of `query` (see searchReviews). Callers must not change them. */
  async find(query: string, limit: number): Promise<readonly ReviewMatch[]> {
    const key = `${await siteFingerprint(this.store.db)}|${limit}|${query}`;
    return this.memo.get(key, () => searchReviews(this.store, query, limit));
  }
}
