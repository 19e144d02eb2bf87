import { readFileSync } from "node:fs";
import { join } from "node:path";
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
    // A line that leads into a list is no outlet either.
    expect(parseTextReview("Pros:\n- great cast\n- lovely score").outlet).toBeNull();
    // Nor is a review's first line wrapped at its end: an outlet is a few words, a bare number
    // or letter a rating only after one, a letter grade written in capitals.
    for (const wrapped of [
      "I watched this last night with my wife and kids and we all agreed it was\na solid film.",
      "it gets a\nsolid b from me",
      "the film runs 120\nminutes and feels longer.",
    ])
      expect(parseTextReview(wrapped)).toEqual({ outlet: null, rating: null, body: wrapped });
    expect(parseTextReview("Variety B\nFine.")).toEqual({
      outlet: "Variety",
      rating: "B",
      body: "Fine.",
    });
    // A rating with its scale after many words is the critic's, with no outlet.
    expect(parseTextReview("My verdict after two long viewings of it: 8/10\nA triumph.")).toEqual({
      outlet: null,
      rating: "8/10",
      body: "A triumph.",
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

describe("a blog post pasted whole", () => {
  const post = readFileSync(join(import.meta.dirname, "testdata", "blog-post.txt"), "utf8");

  test("headline, byline, dateline and rating line read; left out of the critic's text", () => {
    const review = parseTextReview(post);
    expect(review).toMatchObject({
      title: "Amélie review: a Paris of small wonders",
      critic: "Jane Doe",
      outlet: "Sight and Sound",
      date: "March 3, 2002",
      rating: "★★★★½",
    });
    expect(review.body).toMatch(/^Jean-Pierre Jeunet's Amélie follows/);
    expect(review.body).toMatch(/charmed from start to finish\.$/);
  });

  test.each([
    ["By Jane Doe", "Jane Doe", null],
    ["Review by Jane Doe | Little White Lies", "Jane Doe", "Little White Lies"],
    ["by Jane Doe for The Film Stage", "Jane Doe", "The Film Stage"],
  ])("byline %j", (byline, critic, outlet) => {
    const review = parseTextReview(`Some Film\n${byline}\n\nA fine film, well made.`);
    expect(review).toMatchObject({ title: "Some Film", critic, outlet, rating: null });
    expect(review.body).toBe("A fine film, well made.");
  });

  test("a headline that says it is a review needs no byline; the seed's header stays a header", () => {
    expect(parseTextReview("Review: Amélie (2001)\n\nCharming.\n\nGrade: B+")).toMatchObject({
      title: "Review: Amélie (2001)",
      outlet: null,
      rating: "B+",
      body: "Charming.",
    });
    expect(parseTextReview("Variety\n\nA fine film.")).toEqual({
      outlet: "Variety",
      rating: null,
      body: "A fine film.",
    });
  });
});
