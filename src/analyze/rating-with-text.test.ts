import { describe, expect, test } from "vitest";
import { emptyReviewInput } from "../domain/review.js";
import { analyzeReview } from "./analyze-review.js";
import { defaultTextModel } from "./model/default-model.js";
import { textEvidence } from "./rating-on-the-fence.js";
import { ratedConfidence, ratedLogit } from "./rating-with-text.js";

const model = defaultTextModel();
const logOdds = (p: number) => Math.log(p / (1 - p));

describe("a verdict from a rating, weighed with its text", () => {
  test("the committed model weighs the text's evidence, as `cinemeter train` fit it", () => {
    expect(model.ratedTextWeight).toBeGreaterThan(0);
    expect(model.ratedTextWeight).toBeLessThanOrEqual(1);
  });

  test("the rating's share alone without a text; the text's evidence, weighed, beside it", () => {
    expect(ratedLogit(0.9, null, model)).toBeCloseTo(logOdds(0.9), 10);
    // A text that says no more than the share its calibration assumes moves nothing.
    expect(ratedLogit(0.9, logOdds(model.freshShare), model)).toBeCloseTo(logOdds(0.9), 10);
    expect(ratedLogit(0.9, 3, model)).toBeCloseTo(
      logOdds(0.9) + model.ratedTextWeight * textEvidence(3, model),
      10,
    );
    // A share of 0 or 1 is read as nearly so, so that a text can still move it.
    expect(Number.isFinite(ratedLogit(1, -5, model))).toBe(true);
    expect(ratedLogit(1, -5, model)).toBeLessThan(ratedLogit(1, 5, model));
  });

  test("a text reading with the verdict makes it surer, one reading against it less sure", () => {
    const right = 0.9;
    for (const positive of [true, false]) {
      const withIt = ratedConfidence(right, positive, positive ? 4 : -4, model);
      const against = ratedConfidence(right, positive, positive ? -4 : 4, model);
      expect(withIt).toBeGreaterThan(right);
      expect(against).toBeLessThan(right);
      expect(ratedConfidence(right, positive, null, model)).toBeCloseTo(right, 10);
    }
  });

  test("analyzeReview: the rating decides the verdict, the text how sure it is", () => {
    const rave = "Magnificent. The finest film of the year, moving and beautifully acted.";
    const pan = "A tedious, incoherent mess: wooden acting, a lazy script, two hours of boredom.";
    const read = (text: string, rating: string) =>
      analyzeReview({ ...emptyReviewInput(text), rating });
    const agreeing = read(rave, "9/10");
    expect(agreeing).toMatchObject({ verdict: "positive", verdictSource: "rating" });
    expect(agreeing.confidence).toBeGreaterThan(0.95);
    // Not overruled: flagged, and shown as unsure.
    const contradicted = read(pan, "9/10");
    expect(contradicted).toMatchObject({ verdict: "positive", verdictSource: "rating" });
    expect(contradicted.disagreement).toMatch(/^the text reads negative/);
    expect(contradicted.confidence).toBeLessThan(0.5);
    // Never certain either way.
    expect(contradicted.confidence).toBeGreaterThanOrEqual(0.01);
    const low = read(rave, "1/5");
    expect(low).toMatchObject({ verdict: "negative", verdictSource: "rating" });
    expect(low.confidence).toBeLessThan(0.5);
    // Without a text, as sure as the critics who give that rating.
    const bare = read("", "9/10");
    expect(bare).toMatchObject({ verdict: "positive", verdictSource: "rating" });
    expect(bare.confidence).toBe(
      Math.round(Math.min(0.99, model.ratingConfidence(90, true, true)) * 1000) / 1000,
    );
  });
});
