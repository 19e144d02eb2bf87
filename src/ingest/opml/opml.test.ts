import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { MAX_OPML_LENGTH, opmlDocument, parseOpml } from "./opml.js";

const fixture = readFileSync(join(import.meta.dirname, "testdata", "reader-export.opml"), "utf8");

describe("OPML", () => {
  test("every feed a reader's export lists, folders included, in order, each once, entities decoded", () => {
    expect(parseOpml(fixture)).toEqual({
      feeds: [
        { url: "https://example.org/feed.xml?a=1&b=2", title: "A & B Reviews" },
        { url: "http://127.0.0.1/feed", title: "Local" },
        { url: "ftp://x", title: "Not a URL" },
      ],
    });
  });

  test("what is not OPML, or too big, is an error naming why", () => {
    expect(parseOpml("<rss><channel/></rss>")).toEqual({ error: "not OPML: no <opml> element" });
    expect(parseOpml("<opml><body><outline")).toMatchObject({
      error: expect.stringContaining("not well-formed XML"),
    });
    expect(parseOpml(" ".repeat(MAX_OPML_LENGTH + 1))).toMatchObject({
      error: expect.stringContaining("over"),
    });
  });

  test("nested folders are walked; nesting past the XML parser's limit is an error, not a crash", () => {
    const nested = (depth: number) =>
      `<opml><body>${'<outline text="f">'.repeat(depth)}<outline xmlUrl="https://deep.example/f"/>${"</outline>".repeat(depth)}</body></opml>`;
    expect(parseOpml(nested(50))).toEqual({
      feeds: [{ url: "https://deep.example/f", title: null }],
    });
    expect(parseOpml(nested(20_000))).toEqual({
      error: expect.stringContaining("not well-formed XML"),
    });
  });

  test("written and read back, escaped", () => {
    const feeds = [
      { url: "https://a.example/feed?x=1&y=<2>", title: 'Quotes "and" <tags>' },
      { url: "https://b.example/rss", title: null },
    ];
    const written = opmlDocument(feeds, "Mine", new Date("2026-01-01T00:00:00Z"));
    expect(written).toContain("Thu, 01 Jan 2026 00:00:00 GMT");
    expect(written).not.toMatch(/<tags>|y=<2>/);
    expect(parseOpml(written)).toEqual({
      feeds: [feeds[0], { url: "https://b.example/rss", title: "https://b.example/rss" }],
    });
  });
});
