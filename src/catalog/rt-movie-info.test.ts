import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { readRtMovieInfo } from "./rt-movie-info.js";

const path = fileURLToPath(new URL("testdata/movie_info.tsv", import.meta.url));

describe("rt.movie_info", () => {
  test("reads each film's facts, its text's HTML entities decoded, and reports a row it cannot read", async () => {
    const rows = [];
    for await (const row of readRtMovieInfo(path)) rows.push(row);
    expect(rows).toEqual([
      {
        externalId: "rt:7",
        year: 2007,
        directors: ["Craig Brewer"],
        writers: ["Craig Brewer"],
        releaseDate: "2007-03-02",
        dvdDate: "2007-06-26",
        runtimeMinutes: 115,
        mpaa: "R",
        genres: ["Drama", "Music"],
        synopsis: "From Hustle & Flow director Craig Brewer: a tale of R&B &c.",
        studio: "Paramount & Friends",
      },
      { error: 'id: expected the film\'s number, got "x"', line: 3 },
    ]);
  });
});
