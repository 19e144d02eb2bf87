import type { ReviewInput } from "../../domain/review.js";
import { yearValue } from "../fields.js";
import { findRatingLine } from "../find-rating-line.js";
import type { Feed, FeedItem } from "./parse.js";
import { htmlToText, sanitizeHtml } from "./sanitize.js";

/** Who a subscription says wrote a feed, when the feed itself does not. */
export interface FeedSource {
  outlet?: string | null;
  critic?: string | null;
}

/**
 * A feed item as a ReviewInput: its sanitized body as text, its title as the headline (the
 * analysis reads "Title review", "Review: Title (Year)", "Title, 2019 - ★★★½" from it), its
 * link, date and author. The rating: Letterboxd's member rating (a stated 0–5 rating, with the
 * film and year from the letterboxd: namespace), else star glyphs ending the title, else a
 * rating line in the text ("Rating: 4/5"). A Letterboxd diary line ("Watched on Monday
 * October 31, 2022.") is not the critic's words. Null for an item with nothing to store, and for
 * a Letterboxd list (a critic's ranking of many films is not a review of one).
 */
export function reviewFromFeedItem(
  item: FeedItem,
  feed: Pick<Feed, "title">,
  source: FeedSource = {},
): ReviewInput | null {
  const body = item.content ?? item.summary ?? "";
  const lb = letterboxd(item);
  const read = htmlToText(sanitizeHtml(body));
  // A Letterboxd diary entry without a review says only when it was watched: a rating, no words.
  const text = lb.film ? read.replace(DIARY_LINE, "").trim() : read;
  if (!text && !lb.rating && (lb.film !== null || !item.title)) return null;
  if (LETTERBOXD_LIST.test(item.link ?? "")) return null;
  return {
    text,
    outlet: source.outlet ?? feed.title ?? null,
    critic: source.critic ?? item.author ?? null,
    rating: lb.rating ?? titleStars(item.title) ?? findRatingLine(text),
    title: item.title,
    film: lb.film,
    date: isoDate(item.published),
    url: item.link,
    source: { format: "feed" },
  };
}

/** Letterboxd's diary line: "Watched on Monday October 31, 2022." (or "Rewatched on …"). */
const DIARY_LINE = /^(?:Re)?[Ww]atched on \w+day \w+ \d{1,2}, \d{4}\.?\s*$/m;

const LETTERBOXD_LIST = /^https?:\/\/(?:www\.)?letterboxd\.com\/(?:[^/]+\/)+list\//i;

/** Star glyphs ending a title, as Letterboxd and some blogs write them: "Title, 2019 - ★★★½". */
function titleStars(title: string | null): string | null {
  return /\s[-–—]\s*([★☆]+[½]?|½)\s*$/u.exec(title ?? "")?.[1] ?? null;
}

/** Letterboxd's own fields: the film and year, and the member rating as "3.5/5". */
function letterboxd(item: FeedItem): {
  film: ReviewInput["film"];
  rating: string | null;
} {
  const x = item.extra;
  const title = x["letterboxd:filmTitle"];
  const rating = x["letterboxd:memberRating"];
  return {
    film: title ? { title, year: yearValue(x["letterboxd:filmYear"]) } : null,
    rating: rating && /^\d+(?:\.\d+)?$/.test(rating) ? `${rating}/5` : null,
  };
}

/** An RFC 822 or ISO date as ISO 8601 (UTC); what cannot be read, as written. */
export function isoDate(value: string | null): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}
