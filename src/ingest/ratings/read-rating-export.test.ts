import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { type RatingExportRow, readRatingExport } from "./read-rating-export.js";

const file = (name: string) => join(import.meta.dirname, "testdata", name);

async function read(name: string): Promise<RatingExportRow[]> {
  const rows: RatingExportRow[] = [];
  for await (const row of readRatingExport(file(name))) rows.push(row);
  return rows;
}

describe("rating exports", () => {
  test("Letterboxd ratings.csv: half stars on 0–100, bad rows named by line and why", async () => {
    const rows = await read("letterboxd-ratings.csv");
    expect(rows[0]).toEqual({
      line: 2,
      rating: {
        title: "Her Smell",
        year: 2018,
        imdbId: null,
        letterboxdUri: "https://boxd.it/abc1",
        score: 90,
        raw: "4.5",
        date: "2024-01-03",
      },
    });
    expect(rows[1]).toMatchObject({
      rating: { title: "Crouching Tiger, Hidden Dragon", score: 100 },
    });
    expect(rows[2]).toMatchObject({ rating: { title: "Cats", score: 10 } });
    expect(rows[3]).toEqual({
      line: 5,
      error: 'Rating "4.3" is not a rating from 0.5 to 5 in steps of 0.5',
    });
    expect(rows[4]).toEqual({ line: 6, error: "Name is empty" });
  });

  test("Letterboxd diary.csv: a watched-only entry is skipped, not an error", async () => {
    const rows = await read("letterboxd-diary.csv");
    expect(rows[0]).toMatchObject({ line: 2, rating: { title: "Her Smell", score: 80 } });
    expect(rows[1]).toEqual({ line: 3, skipped: "no rating (a diary entry only)" });
  });

  test("IMDb ratings export: 1–10 on 0–100 with the IMDb id", async () => {
    const rows = await read("imdb-ratings.csv");
    expect(rows[0]).toMatchObject({
      rating: {
        title: "The Shawshank Redemption",
        year: 1994,
        imdbId: "tt0111161",
        score: 100,
        date: "2023-05-01",
      },
    });
    expect(rows[1]).toMatchObject({
      rating: { title: "Her Smell", imdbId: "tt7942794", score: 70 },
    });
    expect(rows[2]).toEqual({
      line: 4,
      error: 'Your Rating "11" is not a rating from 1 to 10 in steps of 1',
    });
  });

  test("another CSV is refused, naming the columns each export has", async () => {
    await expect(read("neither.csv")).rejects.toThrow(
      /not a Letterboxd export .* nor an IMDb ratings export/,
    );
  });
});
