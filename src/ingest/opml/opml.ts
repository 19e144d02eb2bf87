import { decodeXML } from "entities";
import { untrustedXmlParser, xmlText } from "../xml.js";

/** A feed an OPML file lists: its address and, when given, its title. */
export interface OpmlFeed {
  url: string;
  title: string | null;
}

/** The largest OPML document read: a reading list of thousands of feeds is well under it. */
export const MAX_OPML_LENGTH = 2_000_000;

// Attribute values are decoded below (decodeXML), linearly.
const parser = untrustedXmlParser({ isArray: (name) => name === "outline" });

/**
 * The feeds an OPML subscription list holds (as feed readers export them): every outline
 * with an `xmlUrl`, at any depth (folders nest them), in order, each address once. Anything
 * that is not OPML, or is over MAX_OPML_LENGTH characters, is an error naming what was
 * wrong. Never throws.
 */
export function parseOpml(content: string): { feeds: OpmlFeed[] } | { error: string } {
  if (content.length > MAX_OPML_LENGTH)
    return { error: `the file is over ${MAX_OPML_LENGTH.toLocaleString("en-US")} characters` };
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(content.replace(/^\uFEFF/, "").trimStart()) as Record<string, unknown>;
  } catch (error) {
    return { error: `not well-formed XML: ${(error as Error).message.split("\n")[0]}` };
  }
  const opml = doc.opml as Record<string, unknown> | undefined;
  if (!opml || typeof opml !== "object") return { error: "not OPML: no <opml> element" };
  const feeds: OpmlFeed[] = [];
  const seen = new Set<string>();
  for (const outline of documentOrder(opml.body)) {
    const url = attribute(outline, "xmlUrl");
    if (!url || seen.has(url)) continue;
    seen.add(url);
    feeds.push({ url, title: attribute(outline, "title") ?? attribute(outline, "text") });
  }
  return { feeds };
}

/**
 * Every outline under `body`, depth first, in the order the document writes them (folders
 * nest outlines; walked with a stack, not recursion, so depth costs no call stack).
 */
function documentOrder(body: unknown): Array<Record<string, unknown>> {
  const ordered: Array<Record<string, unknown>> = [];
  const stack: unknown[] = [body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!node || typeof node !== "object") continue;
    if (node !== body) ordered.push(node as Record<string, unknown>);
    const outlines = (node as Record<string, unknown>).outline;
    if (Array.isArray(outlines))
      for (let i = outlines.length - 1; i >= 0; i--) stack.push(outlines[i]);
  }
  return ordered;
}

function attribute(outline: Record<string, unknown>, name: string): string | null {
  const value = outline[`@${name}`];
  return typeof value === "string" && value.trim() ? decodeXML(value.trim()) : null;
}

/** Followed feeds as an OPML 2.0 document, every value escaped. */
export function opmlDocument(feeds: OpmlFeed[], title: string, now = new Date()): string {
  const outlines = feeds.map((f) => {
    const name = xmlText(f.title ?? f.url);
    return `    <outline type="rss" text="${name}" title="${name}" xmlUrl="${xmlText(f.url)}"/>`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<opml version="2.0">
  <head>
    <title>${xmlText(title)}</title>
    <dateCreated>${now.toUTCString()}</dateCreated>
  </head>
  <body>
${outlines.join("\n")}
  </body>
</opml>
`;
}
