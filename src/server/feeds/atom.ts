import type { ReviewSummary } from "../../store/reviews.repository.js";

/** Text for XML: &, <, >, quotes escaped; characters XML 1.0 forbids dropped. */
export function xmlText(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: naming the characters XML allows.
      .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}

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
 * verdict, its pull quote as the summary; every value escaped.
 */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.reviews[0]?.date ? isoTime(feed.reviews[0].date) : new Date(0).toISOString();
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
    <updated>${r.date ? isoTime(r.date) : updated}</updated>
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

/** A date or timestamp as an RFC 3339 time (midnight UTC for a bare date). */
function isoTime(value: string): string {
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(time) ? new Date(0).toISOString() : new Date(time).toISOString();
}
