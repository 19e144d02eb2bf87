import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { markdownReviewInput } from "./adapter.js";
import { markdownToText, parseMarkdownReview } from "./parse.js";

const fixture = (name: string) => {
  const path = join(import.meta.dirname, "testdata", name);
  return markdownReviewInput(parseMarkdownReview(readFileSync(path, "utf8")), path);
};

describe("Markdown reviews with front matter", () => {
  test("YAML front matter gives every field; the body becomes plain text", () => {
    const input = fixture("review.md");
    expect(input).toMatchObject({
      outlet: "The Reel Notebook",
      critic: "Ada Lovelace",
      rating: "3.5/4",
      film: { title: "Her Smell", year: 2019 },
      date: "2019-04-12",
      url: "https://example.org/reviews/her-smell",
      source: { format: "markdown" },
    });
    expect(input.text).toContain("Her Smell is a punishing, rewarding rock opera");
    expect(input.text).toContain(
      "Alex Ross Perry's sixth feature stars Elisabeth Moss as Becky Something.",
    );
    expect(input.text).toContain("\n\nIf you stay with it, you will be rewarded.");
    expect(input.text).not.toMatch(/[*#>[\]]/);
  });

  test("front matter YAML cannot parse (rating: ***) is read line by line", () => {
    expect(fixture("unquoted-stars.md")).toMatchObject({
      outlet: "Midnight Matinee",
      critic: "Sam Rivera",
      rating: "***",
      film: { title: "Vox Lux", year: 2018 },
    });
  });

  test("Hugo's TOML front matter and its field names", () => {
    expect(fixture("hugo.md")).toMatchObject({
      outlet: "Frame Rate",
      critic: "Jo Park",
      rating: "B+",
      title: "Review: Birdman",
      film: { title: "Birdman", year: null },
    });
  });

  test("without front matter the seed's header line is read", () => {
    expect(fixture("no-front-matter.md")).toMatchObject({
      outlet: "Slow Cinema Weekly",
      rating: "4/5",
      text: "Queen of Earth is a chamber piece of real menace.",
    });
  });

  test("markdownToText keeps words and drops markup", () => {
    expect(
      markdownToText(
        "```js\ncode\n```\nA [link](http://x) and ![img](y.png) `tick` _em_ __strong__",
      ),
    ).toBe("A link and img tick em strong");
  });

  test("a list keeps its marks, unindented, as a reader sees it: each item is a sentence", () => {
    expect(
      markdownToText("Pros:\n\n  - great *cast*\n  + lovely score\n3. too long\n\n---\nDone."),
    ).toBe("Pros:\n\n- great cast\n+ lovely score\n3. too long\n\nDone.");
  });
});
