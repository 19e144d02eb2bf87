import { existsSync, statSync } from "node:fs";
import { errors } from "../errors.js";
import { readTextStream } from "./read-text-stream.js";

/** A dataset Cinemeter knows by its header, and the command that reads it. */
export interface KnownFile {
  kind:
    | "rt-reviews"
    | "rt-movie-info"
    | "imdb-basics"
    | "imdb-principals"
    | "imdb-names"
    | "imdb-akas"
    | "imdb-ratings"
    | "movielens-movies"
    | "movielens-links"
    | "movielens-ratings";
  /** What it is, in words. */
  what: string;
  /** The command that reads it. */
  command: string;
}

const KNOWN: ReadonlyArray<KnownFile & { columns: string[] }> = [
  {
    kind: "rt-reviews",
    columns: ["id", "review", "rating", "fresh", "critic", "top_critic", "publisher", "date"],
    what: "rt-reviews' reviews",
    command: "cinemeter import FILE --preset rt",
  },
  {
    kind: "rt-movie-info",
    columns: ["id", "synopsis", "rating", "genre", "director", "writer", "theater_date"],
    what: "rt-reviews' film facts (rt.movie_info)",
    command: "cinemeter catalog import FILE (or put it beside rt.reviews for import --preset rt)",
  },
  {
    kind: "imdb-basics",
    columns: ["tconst", "titleType", "primaryTitle", "originalTitle", "startYear"],
    what: "IMDb's title.basics",
    command: "cinemeter catalog import FILE",
  },
  {
    kind: "imdb-principals",
    columns: ["tconst", "ordering", "nconst", "category"],
    what: "IMDb's title.principals",
    command: "cinemeter catalog import FILE",
  },
  {
    kind: "imdb-names",
    columns: ["nconst", "primaryName"],
    what: "IMDb's name.basics",
    command: "cinemeter catalog import FILE",
  },
  {
    kind: "imdb-akas",
    columns: ["titleId", "ordering", "title", "region"],
    what: "IMDb's title.akas",
    command: "cinemeter catalog import FILE",
  },
  {
    kind: "imdb-ratings",
    columns: ["tconst", "averageRating", "numVotes"],
    what: "IMDb's title.ratings (audience ratings, not reviews)",
    command: "none: Cinemeter does not read audience ratings",
  },
  {
    kind: "movielens-movies",
    columns: ["movieId", "title", "genres"],
    what: "MovieLens' movies.csv",
    command: "cinemeter catalog import movies.csv links.csv",
  },
  {
    kind: "movielens-links",
    columns: ["movieId", "imdbId", "tmdbId"],
    what: "MovieLens' links.csv",
    command: "cinemeter catalog import movies.csv links.csv",
  },
  {
    kind: "movielens-ratings",
    columns: ["userId", "movieId", "rating", "timestamp"],
    what: "MovieLens' ratings.csv (people's ratings, not reviews)",
    command: "none: Cinemeter does not read audience ratings",
  },
];

/** The header's column names: the first line split on tabs, else commas. */
export function headerColumns(line: string): string[] {
  const delimiter = line.includes("\t") ? "\t" : ",";
  return line.split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ""));
}

/** The known dataset whose columns the header starts with (in any order), or null. */
export function knownFileOf(columns: readonly string[]): KnownFile | null {
  const have = new Set(columns);
  for (const { columns: needed, ...file } of KNOWN) {
    if (needed.every((c) => have.has(c))) return file;
  }
  return null;
}

/** The first line of a file (gunzipped, decoded), at most 64 KB of it. */
export async function firstLine(path: string): Promise<string> {
  let text = "";
  for await (const chunk of readTextStream(path)) {
    text += chunk;
    const end = text.indexOf("\n");
    if (end >= 0) return text.slice(0, end).replace(/\r$/, "");
    if (text.length > 65_536) break;
  }
  return text.slice(0, 65_536);
}

/** The known dataset a file is, by its header, or null (any other file). */
export async function knownFile(path: string): Promise<KnownFile | null> {
  return knownFileOf(headerColumns(await firstLine(path)));
}

/**
 * Refuses, before anything is read, a file meant for another command (a catalog, film facts,
 * audience ratings) and, with `--preset rt`, a file that is not rt-reviews' reviews: the
 * error names the command that reads it.
 */
export async function refuseOtherFiles(
  paths: readonly string[],
  preset: string | undefined,
): Promise<void> {
  for (const path of paths) {
    if (!existsSync(path) || statSync(path).isDirectory()) continue;
    const known = await knownFile(path);
    if (known && known.kind !== "rt-reviews")
      throw errors.usage(`${path} is ${known.what}, not reviews: read it with ${known.command}`);
    if (preset === "rt" && known?.kind !== "rt-reviews")
      throw errors.usage(
        `${path} is not rt-reviews' reviews (--preset rt expects the columns id, review, rating, fresh, critic, top_critic, publisher, date)`,
      );
  }
}
