import { learnOutletScales, normalizeRating } from "../analyze/rating/index.js";
import type { Rating } from "../domain/rating.js";

/** One rating to normalize, with the outlet that gave it. */
export interface RatingRequest {
  rating: unknown;
  outlet?: string | null;
}

/**
 * Normalizes a batch of ratings, learning each outlet's scale from all of its ratings in the
 * batch first (DESIGN: bare numbers take the scale of the outlet's other reviews).
 */
export function normalizeRatings(requests: readonly RatingRequest[]): Rating[] {
  const scales = learnOutletScales(requests);
  return requests.map(({ rating, outlet }) => normalizeRating(rating, { outlet, scales }));
}
