import type { Document, Element } from "domhandler";
import { findAll, findOne, getAttributeValue, textContent } from "domutils";
import { parseDocumentBounded } from "./bounded-parse.js";
import { htmlText } from "./html-text.js";

/** What an HTML review page says about its review. */
export interface HtmlReviewPage {
  /** The schema.org Review node of the page's JSON-LD, when it has one. */
  review: Record<string, unknown> | null;
  /** Fallbacks from `<meta>`, `<link>` and `<title>`. */
  meta: {
    title: string | null;
    siteName: string | null;
    author: string | null;
    published: string | null;
    canonical: string | null;
  };
  /** The page's readable text: its `<article>`, else `<main>`, else `<body>`. */
  text: string;
}

const REVIEW_TYPES = new Set(["Review", "CriticReview", "UserReview", "EmployerReview"]);

/** Reads an HTML page for the review it carries (schema.org JSON-LD first, then meta tags). */
export function parseHtmlReview(html: string): HtmlReviewPage {
  const doc = parseDocumentBounded(html);
  return { review: findReviewNode(doc), meta: readMeta(doc), text: pageText(doc) };
}

/** An HTML fragment (a JSON-LD `reviewBody`, a feed item's content) as plain text. */
export function fragmentText(html: string): string {
  return htmlText(parseDocumentBounded(html).children);
}

function findReviewNode(doc: Document): Record<string, unknown> | null {
  const scripts = findAll(
    (el) => el.name === "script" && /ld\+json/i.test(getAttributeValue(el, "type") ?? ""),
    doc.children,
  );
  for (const script of scripts) {
    let data: unknown;
    try {
      data = JSON.parse(textContent(script).trim());
    } catch {
      continue; // a broken JSON-LD block is skipped; the page may still have another
    }
    const review = reviewIn(data);
    if (review) return review;
  }
  return null;
}

/** The first Review in a JSON-LD value: top level, in an array, in @graph, or under a Movie. */
function reviewIn(data: unknown, depth = 0): Record<string, unknown> | null {
  if (depth > 5 || !data || typeof data !== "object") return null;
  if (Array.isArray(data)) {
    for (const item of data) {
      const found = reviewIn(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const node = data as Record<string, unknown>;
  const types = [node["@type"]].flat().map(String);
  if (types.some((t) => REVIEW_TYPES.has(t))) return node;
  const inGraph = reviewIn(node["@graph"], depth + 1);
  if (inGraph) return inGraph;
  const own = reviewIn(node.review, depth + 1);
  // A Movie carrying its reviews is what they review.
  return own && own.itemReviewed === undefined ? { ...own, itemReviewed: node } : own;
}

function readMeta(doc: Document) {
  const meta = (key: string) => {
    const el = findOne(
      (e) =>
        (getAttributeValue(e, "property") ?? getAttributeValue(e, "name")) === key &&
        e.name === "meta",
      doc.children,
    );
    const content = el ? getAttributeValue(el, "content")?.trim() : undefined;
    return content ? content : null;
  };
  const canonical = findOne(
    (e) =>
      e.name === "link" && (getAttributeValue(e, "rel") ?? "").split(/\s+/).includes("canonical"),
    doc.children,
  );
  const title = findOne((e) => e.name === "title", doc.children);
  return {
    title: meta("og:title") ?? (title ? textContent(title).trim() || null : null),
    siteName: meta("og:site_name") ?? meta("application-name"),
    author: meta("author") ?? meta("article:author"),
    published: meta("article:published_time") ?? meta("date") ?? timeDatetime(doc),
    canonical: (canonical && getAttributeValue(canonical, "href")) || meta("og:url"),
  };
}

function timeDatetime(doc: Document): string | null {
  const time = findOne(
    (e) => e.name === "time" && getAttributeValue(e, "datetime") !== undefined,
    doc.children,
  );
  return time ? (getAttributeValue(time, "datetime") ?? null) : null;
}

function pageText(doc: Document): string {
  const byName = (name: string): Element | null => findOne((e) => e.name === name, doc.children);
  const root =
    byName("article") ??
    byName("main") ??
    findOne((e) => getAttributeValue(e, "role") === "main", doc.children) ??
    byName("body");
  return htmlText(root ? root.children : doc.children);
}
