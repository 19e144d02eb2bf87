import { xmlText } from "../../ingest/xml.js";
import type { ReviewSummary } from "../../store/reviews.repository.js";

export interface AtomFeed {
  /** The feed's own absolute URL, also its id. */
  self: string;
  /** The page it is the feed of. */
  alternate: string;
  title: string;
  /** Absolute URL of a review's film page (or of the site when it has no film). */
  reviewLink: (review: ReviewSummary) => string;
  reviews: ReviewSummary[];
}

/**
 * Reviews as an Atom 1.0 feed: one entry per review, titled with who reviewed what and the
 * verdict, its pull quote as the summary; every value escaped. An entry is `updated` when
 * this site added it (so feed readers file it as new) and `published` on the critic's own
 * date when that reads as one; the feed is updated with its newest entry (an empty feed: now).
 */
export function atomFeed(feed: AtomFeed, now = new Date()): string {
  const added = feed.reviews.map((r) => isoTime(r.addedAt)).filter((t) => t !== null);
  const updated = added.length ? (added.sort().at(-1) as string) : now.toISOString();
  const entries = feed.reviews.map((r) => {
    const who = [r.critic, r.outlet].filter(Boolean).join(", ") || "A critic";
    const verdict = r.verdict === "positive" ? "fresh" : r.verdict === "negative" ? "rotten" : "";
    const rating = r.rating ? ` (${r.rating.raw})` : "";
    const title = `${who} on ${r.filmTitle ?? "a film"}: ${verdict}${rating}`.replace(/: $/, "");
    const link = r.url && /^https?:\/\//i.test(r.url) ? r.url : feed.reviewLink(r);
    return `  <entry>
    <id>${xmlText(`${feed.self}#${r.id}`)}</id>
    <title>${xmlText(title)}</title>
    <link href="${xmlText(link)}"/>
    <updated>${isoTime(r.addedAt) ?? updated}</updated>${published(r.date)}
    ${r.critic ? `<author><name>${xmlText(r.critic)}</name></author>` : "<author><name>Unknown critic</name></author>"}
    ${r.quote ? `<summary>${xmlText(r.quote)}</summary>` : ""}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>${xmlText(feed.self)}</id>
  <title>${xmlText(feed.title)}</title>
  <link rel="self" href="${xmlText(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${xmlText(feed.alternate)}"/>
  <updated>${updated}</updated>
  <generator>Cinemeter</generator>
${entries.join("\n")}
</feed>
`;
}

/** The entry's `published` element, on the critic's date when it reads as one; else nothing. */
function published(date: string | null): string {
  const time = date ? isoTime(date) : null;
  return time ? `\n    <published>${time}</published>` : "";
}

/**
 * A date or timestamp as an RFC 3339 time (midnight UTC for a bare date), or null when it
 * does not read as one or falls before 1900 (a placeholder, not a date).
 */
function isoTime(value: string): string | null {
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(time) || time < Date.UTC(1900, 0, 1) ? null : new Date(time).toISOString();
}
