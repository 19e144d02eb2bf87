/**
 * A Letterboxd member's ratings from their RSS feed (letterboxd.com/NAME/rss/): each diary
 * entry or review with a member rating (letterboxd:memberRating, 0.5–5 in halves) of the film
 * it names (letterboxd:filmTitle, letterboxd:filmYear). Entries without a rating and lists
 * are skipped, with why. The rating is keyed by the film's Letterboxd page (the member's
 * entry address without the member and the rewatch number), so a rewatch replaces it.
 */
import type { Feed, FeedItem } from "../feed/parse.js";
import { exportedRating, type RatingExportRow } from "./read-rating-export.js";

/** The film's own Letterboxd page from a member's entry: /aron/film/slug/1/ → /film/slug/. */
export function letterboxdFilmPage(link: string | null): string | null {
  const slug = /^https?:\/\/(?:www\.)?letterboxd\.com\/[^/]+\/film\/([^/?#]+)/i.exec(
    link ?? "",
  )?.[1];
  return slug ? `https://letterboxd.com/film/${slug}/` : null;
}

/** Every item of a Letterboxd feed as a rating, or why it is not one (`line`: the item's place). */
export function ratingsFromLetterboxdFeed(feed: Feed): RatingExportRow[] {
  return feed.items.map((item, i) => ({ line: i + 1, ...ratingOfItem(item) }));
}

function ratingOfItem(item: FeedItem) {
  const x = item.extra;
  const title = x["letterboxd:filmTitle"];
  if (!title) return { skipped: "not a film's diary entry or review (no letterboxd:filmTitle)" };
  const rating = x["letterboxd:memberRating"];
  if (!rating) return { skipped: "no rating (a diary entry only)" };
  const read = exportedRating("letterboxd", {
    Name: title,
    Year: x["letterboxd:filmYear"] ?? "",
    Rating: rating,
    Date: x["letterboxd:watchedDate"] ?? "",
    "Letterboxd URI": letterboxdFilmPage(item.link) ?? item.link ?? "",
  });
  return "error" in read ? { error: `letterboxd:memberRating: ${read.error}` } : read;
}
