import type { Band } from "../../domain/aggregate.js";

/** "78%" or "–". */
export function percent(value: number | null): string {
  return value === null ? "–" : `${Math.round(value)}%`;
}

/** A 0–100 score as published: a whole number, or "–". */
export function score(value: number | null): string {
  return value === null ? "–" : String(Math.round(value));
}

/** The CSS class of a score's band. */
export function bandClass(band: Band | null): string {
  return `band-${band ?? "none"}`;
}

const BAND_WORDS: Record<Band, string> = {
  acclaim: "universal acclaim",
  favorable: "generally favorable",
  mixed: "mixed or average",
  unfavorable: "generally unfavorable",
  dislike: "overwhelming dislike",
};

/** The band in words, e.g. "generally favorable". */
export function bandWords(band: Band | null): string {
  return band ? BAND_WORDS[band] : "no scores yet";
}

/** "1,352". */
export function count(value: number): string {
  return value.toLocaleString("en-US");
}

/** An ISO date as "10 Nov 2018"; anything else as written. */
export function date(value: string | null): string {
  if (!value) return "";
  const time = Date.parse(value);
  if (Number.isNaN(time)) return value;
  return new Date(time).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** A film's name as a heading shows it: "Her Smell (2019)". */
export function filmName(film: { title: string; year: number | null }): string {
  return film.year ? `${film.title} (${film.year})` : film.title;
}

/** A path segment, encoded. */
export function seg(value: string): string {
  return encodeURIComponent(value);
}
