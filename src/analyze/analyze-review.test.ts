import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { sharedSeed } from "../../test/helpers/shared-data.js";
import { emptyReviewInput } from "../domain/review.js";
import { reviewFromContent } from "../ingest/read-review-file.js";
import { analyzeReview } from "./analyze-review.js";

const seed = sharedSeed();

describe.skipIf(seed === null)("the seed review's golden analysis (DESIGN.md)", () => {
  const content = seed ? readFileSync(seed, "utf8") : "";
  const analysis = analyzeReview(reviewFromContent(content, "text"));
  const text = reviewFromContent(content, "text").text;

  test("outlet, rating, score and verdict", () => {
    expect(analysis).toMatchObject({
      outlet: "De facto film reviews",
      rating: { raw: "3 stars", max: 5, score: 60, scaleSource: "default" },
      score: 60,
      scoreSource: "rating",
      verdict: "positive",
    });
    expect(analysis.confidence).toBeGreaterThan(0.5);
    expect(analysis.confidence).toBeLessThanOrEqual(1);
  });

  test("the text's own estimate sits between 40 and 80", () => {
    expect(analysis.textScore).toBeGreaterThanOrEqual(40);
    expect(analysis.textScore).toBeLessThanOrEqual(80);
  });

  test("the film, its director and its cast with their characters", () => {
    expect(analysis.film?.title).toBe("Her Smell");
    expect(analysis.people).toContainEqual({ name: "Alex Ross Perry", role: "director" });
    expect(analysis.people).toContainEqual({
      name: "Elisabeth Moss",
      role: "cast",
      character: "Becky Something",
    });
    expect(analysis.people).toContainEqual({
      name: "Gayle Rankin",
      role: "cast",
      character: "Ali",
    });
    expect(analysis.people).toContainEqual({
      name: "Eric Stoltz",
      role: "cast",
      character: "Howard",
    });
    expect(analysis.people).toContainEqual({
      name: "Agness Deyn",
      role: "cast",
      character: "Marielle Hell",
    });
  });

  test("mentions: the director's films, comparisons, filmmakers", () => {
    expect(analysis.mentions.films).toEqual(
      expect.arrayContaining([
        "Birdman",
        "Vox Lux",
        "Queen of Earth",
        "Listen Up Philip",
        "Golden Exits",
      ]),
    );
    expect(analysis.mentions.films).not.toContain("Her Smell");
    expect(analysis.mentions.people).toEqual(
      expect.arrayContaining(["Ingmar Bergman", "Gaspar Noe"]),
    );
  });

  test("aspects: acting and direction positive, pacing and camerawork negative", () => {
    const polarity = Object.fromEntries(analysis.aspects.map((a) => [a.aspect, a.polarity]));
    expect(polarity).toMatchObject({
      acting: "positive",
      direction: "positive",
      pacing: "negative",
      visuals: "negative",
    });
    for (const a of analysis.aspects) expect(text).toContain(a.evidence);
  });

  test("a pull quote taken verbatim, 8–35 words", () => {
    expect(analysis.quote).not.toBeNull();
    expect(text).toContain(analysis.quote);
    const words = (analysis.quote ?? "").split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(8);
    expect(words).toBeLessThanOrEqual(35);
  });
});

describe("analyzeReview without a rating", () => {
  test("the score falls back to the text's, the verdict comes from the text", () => {
    const a = analyzeReview({
      ...emptyReviewInput("A tedious, joyless slog that wastes a fine cast."),
      outlet: "X",
    });
    expect(a).toMatchObject({ rating: null, scoreSource: "text", verdict: "negative" });
    expect(a.score).toBe(a.textScore);
    expect(a.confidence).toBeGreaterThan(0.5);
  });

  test("no text, no rating: nothing estimated", () => {
    const a = analyzeReview(emptyReviewInput("   "));
    expect(a).toMatchObject({
      score: null,
      scoreSource: null,
      textScore: null,
      verdict: null,
      confidence: null,
      quote: null,
    });
  });

  test("a verdict word gives the verdict; the score comes from the text", () => {
    const a = analyzeReview({ ...emptyReviewInput("It is a film."), rating: "Not recommended" });
    expect(a).toMatchObject({ verdict: "negative", confidence: 1, scoreSource: "text" });
  });

  test("a stated verdict outranks the rating's; an outlet's learned threshold moves the rating's", () => {
    const input = { ...emptyReviewInput("It is a film."), outlet: "Grumpy Weekly", rating: "3/5" };
    expect(analyzeReview(input)).toMatchObject({ verdict: "positive" }); // 60 ≥ 60
    expect(analyzeReview({ ...input, verdict: "negative" })).toMatchObject({
      verdict: "negative",
      confidence: 1,
      score: 60,
    });
    const freshThresholds = new Map([["grumpy weekly", 80]]);
    expect(analyzeReview(input, { freshThresholds })).toMatchObject({ verdict: "negative" });
    expect(analyzeReview({ ...input, rating: "4/5" }, { freshThresholds })).toMatchObject({
      verdict: "positive",
    });
  });

  test("the film from a headline when the source names none", () => {
    const a = analyzeReview({
      ...emptyReviewInput("Bold and strange."),
      title: "Review: Vox Lux (2018)",
    });
    expect(a.film).toEqual({ title: "Vox Lux", year: 2018 });
  });
});
