import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { htmlReviewInput } from "./adapter.js";
import { fragmentText, parseHtmlReview } from "./parse.js";

const fixture = (name: string) =>
  htmlReviewInput(
    parseHtmlReview(readFileSync(join(import.meta.dirname, "testdata", name), "utf8")),
  );

describe("HTML review pages", () => {
  test("schema.org Review JSON-LD gives every field; reviewBody wins over page text", () => {
    expect(fixture("jsonld-review.html")).toEqual({
      text: "Elisabeth Moss is ferocious.\n\nIt runs long, but it's worth it.",
      outlet: "The Example Times",
      critic: "Pat Critic and Lee Writer",
      rating: "4/5",
      title: "Her Smell review & more: Elisabeth Moss rages",
      film: { title: "Her Smell", year: 2019, imdbId: "tt6173990" },
      date: "2019-04-11T09:00:00Z",
      url: "https://example.org/film/her-smell-review",
      source: { format: "html" },
    });
  });

  test("@graph, a symmetric worstRating, and the page's text when reviewBody is absent", () => {
    const input = fixture("graph-no-body.html");
    expect(input).toMatchObject({
      outlet: "Frame Rate",
      critic: "Jo Park",
      rating: "2 out of -4..4",
      film: { title: "Golden Exits", year: 2017 },
    });
    expect(input.text).toBe(
      "Golden Exits\n\nPerry's ensemble drifts through Brooklyn.\n\nQuiet, precise, a little cold.\nWorth a look.",
    );
  });

  test("a Movie carrying its review is the film reviewed", () => {
    expect(fixture("movie-with-review.html")).toMatchObject({
      critic: "Sam Rivera",
      rating: "B-",
      film: { title: "Listen Up Philip", year: 2014 },
      text: "Schwartzman is unbearable on purpose.",
    });
  });

  test("without JSON-LD: meta tags, the article's text, and a rating line in it", () => {
    const input = fixture("no-jsonld.html");
    expect(input).toMatchObject({
      outlet: "Small Screen Diary",
      critic: "Robin Ortiz",
      title: "Review: Vox Lux (2018)",
      date: "2018-12-14",
      rating: "2.5/4",
    });
    expect(input.text).not.toContain("Related");
  });

  test("anything at all parses without throwing", () => {
    for (const html of [
      "",
      "<",
      "<html><body><p>unclosed",
      "<script type='application/ld+json'>[[[</script>",
    ]) {
      expect(() => htmlReviewInput(parseHtmlReview(html))).not.toThrow();
    }
  });
});

describe("hostile HTML", () => {
  test("100,000 nested elements: no stack overflow; the text past the nesting limit is kept", () => {
    const html = `<html><body><article>${"<div>".repeat(100_000)}Deep words &amp; more${"</div>".repeat(100_000)}</article></body></html>`;
    const page = parseHtmlReview(html);
    expect(page.text).toContain("Deep words & more");
    expect(fragmentText(`${"<b>".repeat(100_000)}bold`)).toBe("bold");
  });
});
