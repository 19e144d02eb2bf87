import { decodeHTML } from "entities";
import type { SourceFacts } from "../domain/film-facts.js";
import { readRows } from "../ingest/csv/read-rows.js";

/** The prefix rt-reviews' film ids carry in Cinemeter ("rt:3"), as `--preset rt` gives them. */
export const RT_PREFIX = "rt:";

/** "Oct 9, 1971" → "1971-10-09"; null when it is not a date. */
export function rtDate(value: string | undefined): string | null {
  if (!value?.trim()) return null;
  const time = Date.parse(`${value.trim()} UTC`);
  if (Number.isNaN(time)) return null;
  const iso = new Date(time).toISOString().slice(0, 10);
  const year = Number(iso.slice(0, 4));
  return year > 1870 && year < 2200 ? iso : null;
}

/** "104 minutes" → 104. */
function minutes(value: string | undefined): number | null {
  const m = /^\s*(\d{1,4})\s*min/i.exec(value ?? "");
  const n = m ? Number(m[1]) : Number.NaN;
  return n > 0 && n < 2000 ? n : null;
}

/** A field as written, its HTML entities read ("Hustle &amp; Flow" is "Hustle & Flow"), as review texts' are. */
const decoded = (value: string | undefined): string =>
  value?.includes("&") ? decodeHTML(value) : (value ?? "");

const list = (value: string | undefined): string[] =>
  decoded(value)
    .split("|")
    .map((v) => v.trim())
    .filter(Boolean);

const text = (value: string | undefined): string | null => decoded(value).trim() || null;

/**
 * The film facts of rt-reviews' rt.movie_info (TSV, gzipped or not): one per film id, with
 * directors and writers ("|"-separated), theatrical and DVD dates, runtime, MPAA rating,
 * genres, synopsis and studio. A row the parser cannot read is reported, not fatal.
 */
export async function* readRtMovieInfo(
  path: string,
): AsyncGenerator<SourceFacts | { error: string; line: number }> {
  for await (const { values, line, error } of readRows(path, { delimiter: "\t" })) {
    if (error) {
      yield { error, line };
      continue;
    }
    const id = values.id?.trim();
    if (!id || !/^\d+$/.test(id)) {
      yield {
        error: `id: expected the film's number, got "${(values.id ?? "").slice(0, 40)}"`,
        line,
      };
      continue;
    }
    const releaseDate = rtDate(values.theater_date);
    yield {
      externalId: `${RT_PREFIX}${id}`,
      year: releaseDate ? Number(releaseDate.slice(0, 4)) : null,
      directors: list(values.director),
      writers: list(values.writer),
      releaseDate,
      dvdDate: rtDate(values.dvd_date),
      runtimeMinutes: minutes(values.runtime),
      mpaa: text(values.rating),
      genres: list(values.genre),
      synopsis: text(values.synopsis),
      studio: text(values.studio),
    };
  }
}
