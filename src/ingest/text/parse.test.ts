import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sharedSeed } from "../../../test/helpers/shared-data.js";
import { parseTextReview, splitHeader } from "./parse.js";

describe("plain-text reviews in the seed's form", () => {
  const seed = sharedSeed();
  test.skipIf(seed === null)("the seed: outlet, rating and the critic's text", () => {
    const review = parseTextReview(readFileSync(seed ?? "", "utf8"));
    expect(review.outlet).toBe("De facto film reviews");
    expect(review.rating).toBe("3 stars");
    expect(review.body).toMatch(/^Nauseating\sby design/);
    expect(review.body.endsWith("you will be rewarded.")).toBe(true);
  });

  test.each([
    ["The Guardian 4/5", "The Guardian", "4/5"],
    ["Roger Ebert ***1/2", "Roger Ebert", "***1/2"],
    ["Slant Magazine 2.5 out of 4 stars", "Slant Magazine", "2.5 out of 4 stars"],
    ["Time Out - ★★★★☆", "Time Out", "★★★★☆"],
    ["Entertainment Weekly: B-plus", "Entertainment Weekly", "B-plus"],
    ["New York Times Critic's Pick", "New York Times", "Critic's Pick"],
    ["The Reel Notebook three and a half stars", "The Reel Notebook", "three and a half stars"],
    ["Variety", "Variety", null],
    ["little white lies", "Little white lies", null],
    ["4/5", null, "4/5"],
  ])("header %j", (line, outlet, rating) => {
    expect(splitHeader(line)).toEqual({ outlet, rating });
  });

  test("the longest trailing notation wins", () => {
    expect(splitHeader("Film Threat 3 1/2 stars")).toEqual({
      outlet: "Film Threat",
      rating: "3 1/2 stars",
    });
  });

  test("a long first line is the review, not a header", () => {
    const first = "x".repeat(121);
    expect(parseTextReview(`${first}\nMore text.`)).toEqual({
      outlet: null,
      rating: null,
      body: `${first}\nMore text.`,
    });
    const sentence = "It is a mess, but a glorious one.";
    expect(parseTextReview(`${sentence}\nMore.`)).toEqual({
      outlet: null,
      rating: null,
      body: `${sentence}\nMore.`,
    });
  });

  test("one line alone is text; CRLF and a BOM are handled", () => {
    expect(parseTextReview("Just one line.")).toEqual({
      outlet: null,
      rating: null,
      body: "Just one line.",
    });
    expect(parseTextReview("\uFEFFEmpire 4/5\r\n\r\nGreat.\r\n")).toEqual({
      outlet: "Empire",
      rating: "4/5",
      body: "Great.",
    });
  });
});
