import { describe, expect, test } from "vitest";
import { splitSentences } from "../../analyze/text/sentences.js";
import { reviewFromContent } from "../read-review-file.js";

describe("a plain-text review saved from a web page", () => {
  test("its HTML line breaks are line breaks: paragraphs, not one sentence", () => {
    const content =
      "A tired sequel.<br /><br />the jokes land nowhere, and the cast looks lost.<br/>Skip it.";
    const review = reviewFromContent(content, "text");
    expect(review.text).toBe(
      "A tired sequel.\n\nthe jokes land nowhere, and the cast looks lost.\nSkip it.",
    );
    expect(splitSentences(review.text).map((s) => s.text)).toEqual([
      "A tired sequel.",
      "the jokes land nowhere, and the cast looks lost.",
      "Skip it.",
    ]);
  });

  test("nothing else is read as HTML", () => {
    expect(reviewFromContent("It was <grin> fine. <b>Really</b>.", "text").text).toBe(
      "It was <grin> fine. <b>Really</b>.",
    );
  });
});
