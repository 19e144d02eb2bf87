import { decodeHTML } from "entities";
import { untrustedXmlParser } from "../xml.js";
import { htmlToText } from "./sanitize.js";

/** A feed as Cinemeter reads it, whatever its format. */
export interface Feed {
  format: "rss" | "rdf" | "atom" | "json";
  title: string | null;
  link: string | null;
  items: FeedItem[];
}

/** One entry of a feed: its text fields decoded, its content as (unsanitized) HTML. */
export interface FeedItem {
  id: string | null;
  title: string | null;
  link: string | null;
  /** As written in the feed; see the adapter for ISO dates. */
  published: string | null;
  author: string | null;
  /** The fullest body the item has (content:encoded, Atom content, JSON content_html …), HTML. */
  content: string | null;
  /** A shorter body when it has one besides (RSS description, Atom summary), HTML. */
  summary: string | null;
  /** Every namespaced or unknown child as `prefix:name` → text (letterboxd:memberRating …). */
  extra: Record<string, string>;
}

/** The largest feed document read, in characters: feeds are small; a bigger one is refused. */
export const MAX_FEED_LENGTH = 5_000_000;

// Bodies kept as raw markup: their HTML (escaped, in CDATA, or inline XHTML) is read below.
const BODY_TAGS = ["content", "content:encoded", "summary", "description", "body", "xhtml:body"];

const parser = untrustedXmlParser({
  trimValues: true,
  stopNodes: BODY_TAGS.flatMap((t) => [`*.${t}`]),
  isArray: (name) => ["item", "entry", "link", "category", "author"].includes(localName(name)),
});

/**
 * Parses RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 0.3/1.0 or JSON Feed 1.x into a Feed; anything else,
 * or a document over MAX_FEED_LENGTH characters, is an error naming what was wrong. Never throws.
 *
 * @example parseFeed('<rss version="2.0"><channel><title>T</title></channel></rss>') // { feed: { format: "rss", title: "T", … } }
 */
export function parseFeed(content: string): { feed: Feed } | { error: string } {
  if (content.length > MAX_FEED_LENGTH)
    return { error: `the feed is over ${MAX_FEED_LENGTH.toLocaleString("en-US")} characters` };
  const text = content.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("{")) return parseJsonFeed(text);
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(text) as Record<string, unknown>;
  } catch (error) {
    return { error: `not well-formed XML: ${(error as Error).message.split("\n")[0]}` };
  }
  const root = Object.entries(doc).find(([k]) => !k.startsWith("?") && !k.startsWith("#"));
  if (!root) return { error: "no root element" };
  const [name, node] = root;
  const local = localName(name).toLowerCase();
  if (local === "rss" || local === "channel") {
    const channel = local === "rss" ? child(node, "channel") : node;
    return { feed: rssFeed("rss", channel, children(channel, "item")) };
  }
  if (local === "rdf") {
    return { feed: rssFeed("rdf", child(node, "channel"), children(node, "item")) };
  }
  if (local === "feed") return { feed: atomFeed(node) };
  return { error: `<${name}> is not a feed (RSS, RDF, Atom or JSON Feed)` };
}

function rssFeed(format: "rss" | "rdf", channel: unknown, items: unknown[]): Feed {
  return {
    format,
    title: textOf(child(channel, "title")),
    link: linkOf(channel),
    items: items.map((item) => ({
      id: textOf(child(item, "guid")) ?? attr(item, "rdf:about"),
      title: textOf(child(item, "title")),
      link: linkOf(item),
      published:
        textOf(child(item, "pubDate")) ??
        textOf(child(item, "dc:date")) ??
        textOf(child(item, "published")),
      author: textOf(child(item, "dc:creator")) ?? textOf(child(item, "author")),
      content: bodyOf(child(item, "content:encoded")) ?? bodyOf(child(item, "xhtml:body")),
      summary: bodyOf(child(item, "description")),
      extra: extras(item),
    })),
  };
}

function atomFeed(node: unknown): Feed {
  return {
    format: "atom",
    title: textOf(child(node, "title")),
    link: linkOf(node),
    items: children(node, "entry").map((entry) => ({
      id: textOf(child(entry, "id")),
      title: textOf(child(entry, "title")),
      link: linkOf(entry),
      published:
        textOf(child(entry, "published")) ??
        textOf(child(entry, "issued")) ??
        textOf(child(entry, "updated")) ??
        textOf(child(entry, "modified")),
      author: textOf(child(child(entry, "author"), "name")) ?? textOf(child(entry, "dc:creator")),
      content: bodyOf(child(entry, "content")),
      summary: bodyOf(child(entry, "summary")),
      extra: extras(entry),
    })),
  };
}

function parseJsonFeed(text: string): { feed: Feed } | { error: string } {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    return { error: `not valid JSON: ${(error as Error).message}` };
  }
  if (typeof doc.version !== "string" || !doc.version.includes("jsonfeed.org"))
    return { error: "a JSON document without a jsonfeed.org version is not a JSON Feed" };
  const str = (v: unknown) => (typeof v === "string" && v.trim() ? v.trim() : null);
  const items = Array.isArray(doc.items) ? (doc.items as Array<Record<string, unknown>>) : [];
  return {
    feed: {
      format: "json",
      title: str(doc.title),
      link: str(doc.home_page_url),
      items: items.map((item) => {
        const author = (item.author ?? (item.authors as unknown[] | undefined)?.[0]) as
          | { name?: unknown }
          | undefined;
        const plain = str(item.content_text);
        return {
          id: str(item.id) ?? (typeof item.id === "number" ? String(item.id) : null),
          title: str(item.title),
          link: str(item.url) ?? str(item.external_url),
          published: str(item.date_published) ?? str(item.date_modified),
          author: str(author?.name),
          content: str(item.content_html) ?? (plain ? escapeHtml(plain) : null),
          summary: str(item.summary),
          extra: {},
        };
      }),
    },
  };
}

/** A tag name without its namespace prefix. */
function localName(name: string): string {
  return name.slice(name.indexOf(":") + 1);
}

/** The child named `name` (prefix included, or by local name when the prefix differs). */
function child(node: unknown, name: string): unknown {
  if (!node || typeof node !== "object") return undefined;
  const record = node as Record<string, unknown>;
  if (name in record) return first(record[name]);
  if (name.includes(":")) return undefined; // a namespaced name must match its prefix
  const key = Object.keys(record).find((k) => localName(k) === name && !k.startsWith("@"));
  return key ? first(record[key]) : undefined;
}

function children(node: unknown, name: string): unknown[] {
  if (!node || typeof node !== "object") return [];
  const record = node as Record<string, unknown>;
  const key = name in record ? name : Object.keys(record).find((k) => localName(k) === name);
  const value = key ? record[key] : undefined;
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function attr(node: unknown, name: string): string | null {
  if (!node || typeof node !== "object") return null;
  const value = (node as Record<string, unknown>)[`@${name}`];
  return typeof value === "string" ? decodeHTML(value) : null;
}

/** An element's text as the parser left it (entities and CDATA untouched), if it has any. */
function rawText(node: unknown): string | undefined {
  if (typeof node === "string") return node;
  const text =
    node && typeof node === "object" ? (node as Record<string, unknown>)["#text"] : undefined;
  return typeof text === "string" ? text : undefined;
}

/** A text element's value: entities decoded, whitespace collapsed; null when empty. */
function textOf(node: unknown): string | null {
  const raw = rawText(node);
  if (typeof raw !== "string") return null;
  let text = decodeHTML(stripCdata(raw));
  // An Atom text construct of type html carries markup: read it as text (by the HTML
  // parser, in linear time: stripping /<[^>]*>/g was quadratic on a run of "<" with no ">",
  // 4.5 s for a title of 100,000 and minutes for a feed of a few megabytes).
  if (/html/.test(attr(node, "type") ?? "")) text = htmlToText(text);
  text = text.replace(/\s+/g, " ").trim();
  return text || null;
}

/**
 * The link of a channel or item: Atom's rel="alternate" (or first) link's href, else RSS's
 * link text, else a permalink guid.
 */
function linkOf(node: unknown): string | null {
  const links = children(node, "link");
  const href = (l: unknown) => attr(l, "href");
  const alternate =
    links.find((l) => href(l) && (attr(l, "rel") ?? "alternate") === "alternate") ??
    links.find((l) => href(l));
  if (alternate) return href(alternate);
  const text = links.map((l) => textOf(l)).find(Boolean);
  if (text) return text;
  const guid = child(node, "guid");
  return attr(guid, "isPermaLink") !== "false" && /^https?:/.test(textOf(guid) ?? "")
    ? textOf(guid)
    : null;
}

/**
 * A body as HTML: CDATA taken as it is, escaped markup decoded, inline XHTML kept; a body
 * Atom marks as plain text is escaped so that it stays text.
 */
function bodyOf(node: unknown): string | null {
  const raw = rawText(node);
  if (typeof raw !== "string" || raw.trim() === "") return null;
  const type = attr(node, "type") ?? "";
  if (/xhtml|xml/.test(type)) return raw.trim();
  const html = raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g, (_m, cdata, plain) =>
    cdata !== undefined ? cdata : decodeHTML(plain),
  );
  return type === "text" ? escapeHtml(html.trim()) : html.trim();
}

function stripCdata(raw: string): string {
  return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1");
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Every child with a namespace prefix, as text: what the adapter reads letterboxd:* from. */
function extras(node: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!node || typeof node !== "object") return out;
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    if (!key.includes(":") || key.startsWith("@")) continue;
    const text = textOf(first(value));
    if (text) out[key] = text;
  }
  return out;
}
