import { decodeHTML } from "entities";
import type { ReviewInput } from "../../domain/review.js";
import { plainTextValue, verdictValue, yearValue } from "../fields.js";

/** The ReviewInput fields a CSV column can map to. */
export const CSV_FIELDS = [
  "text",
  "outlet",
  "critic",
  "rating",
  "title",
  "url",
  "date",
  "film",
  "year",
  "imdbId",
  "filmId",
  "topCritic",
  "verdict",
] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

/** Column → field mappings for known dumps. */
export const CSV_PRESETS = {
  /**
   * ../shared/data/rt-reviews: id (the film), review, rating, fresh (the critic's stated
   * verdict, which outranks the rating's), critic, top_critic, publisher, date.
   */
  rt: {
    map: {
      id: "filmId",
      review: "text",
      rating: "rating",
      fresh: "verdict",
      critic: "critic",
      top_critic: "topCritic",
      publisher: "outlet",
      date: "date",
    } as Record<string, CsvField>,
    encoding: "latin1" as const,
    filmIdPrefix: "rt:",
    // Rotten Tomatoes dates a review it has no date for January 1, 2000: 4,283 of the
    // 54,432 rows (8%; no other day has more than 202); and a few January 1, 1800 (4 rows, no
    // other date before 1950), which, as a real date, refused the whole review. Both read as
    // no date, not a real one.
    placeholderDates: ["2000-01-01", "1800-01-01"],
  },
} satisfies Record<
  string,
  {
    map: Record<string, CsvField>;
    encoding: "latin1" | "utf8";
    filmIdPrefix: string;
    placeholderDates: readonly string[];
  }
>;
export type CsvPreset = keyof typeof CSV_PRESETS;

/**
 * A CSV row as a ReviewInput through a column mapping; HTML entities in its fields decoded
 * (dumps scraped from the web carry "&amp;"), dates made ISO, a dump's placeholder date read
 * as none. A row with neither text nor a rating is refused: there is nothing to store.
 */
export function reviewFromRow(
  values: Record<string, string>,
  map: Record<string, CsvField>,
  filmIdPrefix = "",
  placeholderDates: readonly string[] = [],
): { input: ReviewInput } | { error: string } {
  const f: Partial<Record<CsvField, string>> = {};
  for (const column in map) {
    const value = values[column]?.trim();
    if (value) f[map[column] as CsvField] = value.includes("&") ? decodeHTML(value).trim() : value;
  }
  if (!f.text && !f.rating) return { error: "no text and no rating" };
  const verdict = verdictValue(f.verdict);
  if (verdict !== null && typeof verdict === "object") return verdict;
  const year = yearValue(f.year);
  const date = f.date ? isoDate(f.date) : null;
  const filmId = f.filmId ? `${filmIdPrefix}${f.filmId}` : undefined;
  const film =
    f.film || f.imdbId || filmId
      ? {
          title: f.film ?? "",
          year,
          ...(f.imdbId && /^tt\d+$/.test(f.imdbId) ? { imdbId: f.imdbId } : {}),
          ...(filmId ? { externalId: filmId } : {}),
        }
      : null;
  return {
    input: {
      text: plainTextValue(f.text ?? ""),
      outlet: f.outlet ?? null,
      critic: f.critic ?? null,
      rating: f.rating ?? null,
      title: f.title ?? null,
      film,
      date: date && !placeholderDates.includes(date) ? date : null,
      url: f.url ?? null,
      topCritic: f.topCritic !== undefined && /^(?:1|true|yes|y)$/i.test(f.topCritic),
      ...(verdict ? { verdict } : {}),
      source: { format: "csv" },
    },
  };
}

/** "November 10, 2018" → "2018-11-10"; ISO dates as they are; anything else as written. */
export function isoDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  const time = Date.parse(`${value} UTC`);
  return Number.isNaN(time) ? value : new Date(time).toISOString().slice(0, 10);
}

/** Parses `--map review=text,publisher=outlet` into a mapping, naming any unknown field. */
export function parseColumnMap(spec: string): Record<string, CsvField> | { error: string } {
  const map: Record<string, CsvField> = {};
  for (const pair of spec.split(",").filter(Boolean)) {
    const [column, field] = pair.split("=").map((s) => s.trim());
    if (!column || !field) return { error: `"${pair}" is not column=field` };
    if (!(CSV_FIELDS as readonly string[]).includes(field)) {
      return { error: `"${field}" is not a field (fields: ${CSV_FIELDS.join(", ")})` };
    }
    map[column] = field as CsvField;
  }
  return map;
}
