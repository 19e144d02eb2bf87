import { describe, expect, test } from "vitest";
import { CSV_PRESETS, parseColumnMap, reviewFromRow } from "./adapter.js";

describe("reviewFromRow", () => {
  const rt = CSV_PRESETS.rt;
  const row = {
    id: "3",
    review: "A &quot;bold&quot; film.",
    rating: "3/5",
    fresh: "rotten",
    critic: "A. Critic",
    top_critic: "1",
    publisher: "Post",
    date: "November 10, 2018",
  };

  test("the rt preset reads the critic's stated verdict from the fresh column", () => {
    const read = reviewFromRow(row, rt.map, rt.filmIdPrefix);
    expect(read).toEqual({
      input: expect.objectContaining({
        text: 'A "bold" film.',
        rating: "3/5",
        outlet: "Post",
        topCritic: true,
        date: "2018-11-10",
        film: { title: "", year: null, externalId: "rt:3" },
        verdict: "negative",
      }),
    });
  });

  test("the rt preset reads its placeholder dates (January 1, 2000 or 1800) as no date", () => {
    const read = (date: string) =>
      reviewFromRow({ ...row, date }, rt.map, rt.filmIdPrefix, rt.placeholderDates);
    expect(read("January 1, 2000")).toEqual({ input: expect.objectContaining({ date: null }) });
    // (As a date, 1800 is before any film: the whole review had been refused.)
    expect(read("January 1, 1800")).toEqual({ input: expect.objectContaining({ date: null }) });
    expect(read("January 2, 2000")).toEqual({
      input: expect.objectContaining({ date: "2000-01-02" }),
    });
  });

  test("HTML line breaks in the text are line breaks", () => {
    expect(reviewFromRow({ ...row, review: "Dull.<br/>Still, see it." }, rt.map)).toMatchObject({
      input: { text: "Dull.\nStill, see it." },
    });
  });

  test("a bad verdict names its value", () => {
    expect(reviewFromRow({ ...row, fresh: "meh" }, rt.map)).toEqual({
      error: 'verdict "meh" is not fresh or rotten',
    });
  });

  test("a column mapping names what it cannot map", () => {
    expect(parseColumnMap("fresh=verdict,review=text")).toEqual({
      fresh: "verdict",
      review: "text",
    });
    expect(parseColumnMap("fresh=freshness")).toMatchObject({
      error: expect.stringContaining('"freshness" is not a field'),
    });
  });
});
