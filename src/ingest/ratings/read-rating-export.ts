/**
 * A reader's own ratings from the exports the sites they rate on give them:
 * - Letterboxd (Settings → Import & Export): ratings.csv — Date, Name, Year, Letterboxd URI,
 *   Rating (0.5–5 in halves) — and diary.csv, the same with Rewatch, Tags and Watched Date
 *   (an unrated diary entry is skipped, not an error);
 * - IMDb (Your Ratings → Export): Const (tt…), Your Rating (1–10), Date Rated, Title, Year
 *   and more columns that are not needed.
 * Each rating is put on 0–100 by the rating rules every review's rating follows ("3.5/5" and
 * "7/10" are both 70). A row that cannot be read is reported with its line and why; the rest
 * are read.
 */
import { normalizeRating } from "../../analyze/rating/index.js";
import { errors } from "../../errors.js";
import { readRows, rowsOf } from "../csv/read-rows.js";

export type RatingExportFormat = "letterboxd" | "imdb";

/** One rating of a film by the reader, with what the film can be found by. */
export interface ExportedRating {
  title: string;
  year: number | null;
  /** IMDb's id (tt0111161), when the export gives it. */
  imdbId: string | null;
  /** The film's Letterboxd page, when the export gives it. */
  letterboxdUri: string | null;
  /** 0–100. */
  score: number;
  /** As written in the export ("4.5", "8"). */
  raw: string;
  /** When it was rated (YYYY-MM-DD), when the export says. */
  date: string | null;
}

export type RatingExportRow =
  | { line: number; rating: ExportedRating }
  | { line: number; error: string }
  | { line: number; skipped: string };

/** What a header says the export is, or null. */
export function ratingExportFormat(columns: readonly string[]): RatingExportFormat | null {
  const has = (name: string) => columns.includes(name);
  if (has("Letterboxd URI") && has("Rating") && has("Name")) return "letterboxd";
  if (has("Const") && has("Your Rating")) return "imdb";
  return null;
}

/** An export as a file's path, or as text already read (an upload) with the name it came by. */
export type RatingExportSource = string | { name: string; text: string };

/**
 * The ratings of an export, a row at a time. Throws a usage error when it is neither export
 * (naming the columns each has).
 */
export async function* readRatingExport(
  source: RatingExportSource,
): AsyncGenerator<RatingExportRow> {
  const path = typeof source === "string" ? source : source.name;
  const rows =
    typeof source === "string"
      ? readRows(source, { delimiter: "," })
      : rowsOf(
          (async function* () {
            yield source.text.replace(/^\uFEFF/, "");
          })(),
          { delimiter: "," },
        );
  let format: RatingExportFormat | null = null;
  for await (const row of rows) {
    if (row.error) {
      yield { line: row.line, error: row.error };
      continue;
    }
    if (format === null) {
      format = ratingExportFormat(Object.keys(row.values));
      if (format === null)
        throw errors.usage(
          `${path} is not a Letterboxd export (Name, Year, Letterboxd URI, Rating) nor an IMDb ratings export (Const, Your Rating, Title, Year)`,
        );
    }
    yield { line: row.line, ...exportedRating(format, row.values) };
  }
}

/** One row of an export as a rating, or why it is not one. */
export function exportedRating(
  format: RatingExportFormat,
  values: Record<string, string>,
): { rating: ExportedRating } | { error: string } | { skipped: string } {
  const letterboxd = format === "letterboxd";
  const title = (letterboxd ? values.Name : values.Title)?.trim() ?? "";
  const raw = (letterboxd ? values.Rating : values["Your Rating"])?.trim() ?? "";
  if (raw === "")
    return letterboxd
      ? { skipped: "no rating (a diary entry only)" }
      : { error: "Your Rating is empty" };
  const value = Number(raw);
  const [low, high, step] = letterboxd ? [0.5, 5, 0.5] : [1, 10, 1];
  if (
    !Number.isFinite(value) ||
    value < low ||
    value > high ||
    Math.round(value / step) * step !== value
  )
    return {
      error: `${letterboxd ? "Rating" : "Your Rating"} "${raw}" is not a rating from ${low} to ${high} in steps of ${step}`,
    };
  if (title === "") return { error: `${letterboxd ? "Name" : "Title"} is empty` };
  const score = normalizeRating(`${raw}/${letterboxd ? 5 : 10}`).score;
  if (score === null) return { error: `"${raw}" could not be put on 0–100` };
  const year = Number((values.Year ?? "").trim());
  const imdbId = (values.Const ?? "").trim();
  const date = ((letterboxd ? values.Date : values["Date Rated"]) ?? "").trim();
  return {
    rating: {
      title,
      year: Number.isInteger(year) && year > 1800 ? year : null,
      imdbId: /^tt\d+$/.test(imdbId) ? imdbId : null,
      letterboxdUri: letterboxd ? (values["Letterboxd URI"] ?? "").trim() || null : null,
      score,
      raw,
      date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    },
  };
}
