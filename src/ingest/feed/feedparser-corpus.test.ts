import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { sharedData } from "../../../test/helpers/shared-data.js";
import { decodeFeedBytes } from "./decode.js";
import { type Feed, parseFeed } from "./parse.js";
import { sanitizeHtml } from "./sanitize.js";

const corpus = sharedData("feedparser-tests", "tests");

/** The pass rate of the checks below, as measured when this test was written; it may only rise. */
const PASS_RATE_FLOOR = 0.746; // 329 of 445 on 2026-11-24; 332 on 2026-12-06

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? dir, e.name))
    .sort();
}

/** A Python string literal's value ('…' or "…", with u prefix and backslash escapes). */
function pythonString(literal: string): string {
  return literal
    .replace(/^u?(['"])([\s\S]*)\1$/, "$2")
    .replace(/\\(U[0-9a-fA-F]{8}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_m, e: string) => {
      if (/^[Uux]/.test(e) && e.length > 1)
        return String.fromCodePoint(Number.parseInt(e.slice(1), 16));
      return { n: "\n", t: "\t", r: "\r", "0": "\0" }[e] ?? e;
    });
}

const FIELDS: Record<string, (feed: Feed) => string | null | undefined> = {
  "feed.title": (f) => f.title,
  "feed.link": (f) => f.link,
  "entries[0].title": (f) => f.items[0]?.title,
  "entries[0].link": (f) => f.items[0]?.link,
  "entries[0].id": (f) => f.items[0]?.id,
};

/**
 * The file's stated expectation as a check on Cinemeter's model, when it is one comparison
 * of a field the model has (feed title or link, the first entry's title, link or id) with a
 * string; else null.
 */
function expectation(text: string): { field: string; value: string } | null {
  const expect = /Expect:\s*([^\n]*(?:\n(?!\s*-->)[^\n]*)*)/.exec(text)?.[1]?.trim();
  if (!expect) return null;
  const body = expect
    .replace(/^(?:not\s+)?bozo\s+and\s+/, "")
    .replace(/\s*-->\s*$/, "")
    .trim();
  const m =
    /^(feed|entries\[0\])(?:\['(\w+)'\]|\.(\w+))\s*==\s*(u?'(?:[^'\\]|\\.)*'|u?"(?:[^"\\]|\\.)*")$/.exec(
      body,
    );
  if (!m) return null;
  const field = `${m[1]}.${m[2] ?? m[3]}`;
  return FIELDS[field] ? { field, value: pythonString(m[4] ?? "") } : null;
}

describe.skipIf(corpus === null)("the feedparser test corpus", () => {
  test("every file parses without a crash or a hang; stated expectations hold at the floor; sanitized bodies carry no script", () => {
    // 109 of the sanitizer cases' 1,188 bodies carry a script, handler, javascript: URL,
    // style or frame before sanitizing (counted when this test was written).
    let checked = 0;
    let passed = 0;
    let slowest = 0;
    const unsafe: string[] = [];
    const all = files(corpus as string);
    for (const path of all) {
      const bytes = readFileSync(path);
      const text = decodeFeedBytes(bytes);
      const started = performance.now();
      const parsed = parseFeed(text);
      slowest = Math.max(slowest, performance.now() - started);
      const check = expectation(text);
      if (check) {
        checked++;
        if ("feed" in parsed && FIELDS[check.field]?.(parsed.feed) === check.value) passed++;
      }
      if (path.includes("sanitize") && "feed" in parsed) {
        for (const item of parsed.feed.items) {
          for (const body of [item.content, item.summary]) {
            const clean = sanitizeHtml(body ?? "");
            if (
              /<script|\son\w+\s*=|javascript:|vbscript:|expression\s*\(|<style|<iframe|<object|<embed/i.test(
                clean,
              )
            )
              unsafe.push(`${path}: ${clean.slice(0, 120)}`);
          }
        }
      }
    }
    const rate = passed / checked;
    console.log(
      `feedparser corpus: ${all.length} files parsed, slowest ${slowest.toFixed(1)} ms; ${passed} of ${checked} stated expectations that map to Cinemeter's model hold (${(100 * rate).toFixed(1)}%)`,
    );
    expect(all.length).toBeGreaterThan(2000);
    expect(slowest).toBeLessThan(2000);
    expect(unsafe).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(PASS_RATE_FLOOR);
  });
});
