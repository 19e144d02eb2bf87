import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { sharedData } from "../../../test/helpers/shared-data.js";
import { parseFeed } from "../feed/parse.js";
import { letterboxdFilmPage, ratingsFromLetterboxdFeed } from "./letterboxd-feed.js";

function feedOf(text: string) {
  const parsed = parseFeed(text);
  if ("error" in parsed) throw new Error(parsed.error);
  return parsed.feed;
}

describe("a Letterboxd member's ratings from their RSS feed", () => {
  test("rated entries on 0–100 by the film's page; unrated entries and lists skipped; a bad rating named", () => {
    const rows = ratingsFromLetterboxdFeed(
      feedOf(readFileSync(join(import.meta.dirname, "testdata", "letterboxd-feed.xml"), "utf8")),
    );
    expect(rows[0]).toEqual({
      line: 1,
      rating: {
        title: "Her Smell",
        year: 2018,
        imdbId: null,
        letterboxdUri: "https://letterboxd.com/film/her-smell/",
        score: 90,
        raw: "4.5",
        date: "2024-01-03",
      },
    });
    // A rewatch (/2/) is the same film's page.
    expect(rows[1]).toMatchObject({
      rating: { title: "Cats", score: 10, letterboxdUri: "https://letterboxd.com/film/cats-2019/" },
    });
    expect(rows[2]).toEqual({ line: 3, skipped: "no rating (a diary entry only)" });
    expect(rows[3]).toMatchObject({ line: 4, skipped: expect.stringContaining("not a film") });
    expect(rows[4]).toEqual({
      line: 5,
      error: 'letterboxd:memberRating: Rating "6" is not a rating from 0.5 to 5 in steps of 0.5',
    });
  });

  test("the film's page from a member's entry", () => {
    expect(
      letterboxdFilmPage("https://letterboxd.com/aron/film/miles-davis-birth-of-the-cool/1/"),
    ).toBe("https://letterboxd.com/film/miles-davis-birth-of-the-cool/");
    expect(letterboxdFilmPage("https://letterboxd.com/aron/list/x/")).toBeNull();
    expect(letterboxdFilmPage(null)).toBeNull();
  });

  const folder = sharedData("letterboxd-rss");
  test.skipIf(!folder)(
    "the real feeds: every rated entry read, on Letterboxd's half-star scale",
    () => {
      const files = readdirSync(folder as string).filter((f) => f.endsWith(".xml"));
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) {
        const text = readFileSync(join(folder as string, file), "utf8");
        const rows = ratingsFromLetterboxdFeed(feedOf(text));
        const rated = rows.flatMap((r) => ("rating" in r ? [r.rating] : []));
        // Counted from the raw document, independently of the parser.
        expect(rated.length, file).toBe((text.match(/<letterboxd:memberRating>/g) ?? []).length);
        expect(
          rows.filter((r) => "error" in r),
          file,
        ).toEqual([]);
        for (const r of rated) {
          expect(r.score % 10, `${file} ${r.title}`).toBe(0);
          expect(r.score).toBeGreaterThanOrEqual(10);
          expect(r.title.length).toBeGreaterThan(0);
          expect(r.letterboxdUri).toMatch(/^https:\/\/letterboxd\.com\/film\/[^/]+\/$/);
        }
      }
    },
  );
});
