import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { htmlToText, sanitizeHtml } from "./sanitize.js";

describe("sanitizeHtml", () => {
  test("keeps the allowlist, drops scripts, handlers, styles and unsafe links", () => {
    expect(
      sanitizeHtml(
        '<p onclick="x()" style="color:red">Hi <em>there</em><script>alert(1)</script></p>',
      ),
    ).toBe("<p>Hi <em>there</em></p>");
    expect(
      sanitizeHtml('<a href="javascript:alert(1)">x</a> <a href=" JaVa\tscript:y">y</a>'),
    ).toBe("<a>x</a> <a>y</a>");
    expect(sanitizeHtml('<a href="https://example.org/r?a=1&amp;b=2" target="_blank">r</a>')).toBe(
      '<a href="https://example.org/r?a=1&amp;b=2" rel="nofollow noopener">r</a>',
    );
    expect(sanitizeHtml("<style>p{}</style><iframe src=x>in</iframe><img src=x onerror=y>ok")).toBe(
      "ok",
    );
    expect(sanitizeHtml("<p>unclosed <strong>bold")).toBe("<p>unclosed <strong>bold</strong></p>");
    expect(sanitizeHtml("a &lt;script&gt; b")).toBe("a &lt;script&gt; b");
  });

  test("htmlToText: paragraphs as blank lines, entities decoded, scripts gone", () => {
    expect(htmlToText("<p>One&nbsp;two</p><p>Three<br>four<script>x</script></p>")).toBe(
      "One two\n\nThree\nfour",
    );
  });

  test("htmlToText: spaces beside line breaks go, as / *\\n */g took them, without a match at every break", () => {
    const asBefore = (text: string) =>
      text
        .replace(/[ \t\u00a0]+/g, " ")
        .replace(/ *\n */g, "\n")
        .replace(/\n{3,}/g, "\n\n")
        .trim();
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(" ", "\n", "\t", "\u00a0", "a", "b"), maxLength: 40 }),
        (text) => htmlToText(text) === asBefore(text),
      ),
      { numRuns: 2_000, seed: 6 },
    );
  });
});
