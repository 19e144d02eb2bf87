import type { Analysis } from "../domain/analysis.js";
import type { Rating } from "../domain/rating.js";

const n = (x: number | null | undefined) => (x === null || x === undefined ? "?" : String(x));

/** A rating in one line for people: "3 stars → 60/100 (stars: 3 of 5, default scale)". */
export function describeRating(r: Rating): string {
  const raw = r.raw === "" ? '""' : r.raw;
  if (r.score === null) {
    if (r.verdict) return `${raw} → ${r.verdict} (verdict word, no score)`;
    return `${raw} → no score: ${r.reason ?? "unknown"}`;
  }
  const how =
    r.kind === "letter"
      ? `letter grade ${r.grade}`
      : r.kind === "symmetric"
        ? `symmetric: ${n(r.value)} on ${n(r.min)}..${n(r.max)}`
        : `${r.kind}: ${n(r.value)} of ${n(r.max)}, ${r.scaleSource} scale`;
  return `${raw} → ${r.score}/100 (${how})`;
}

/** An analysis as a short block of labelled lines, for people. */
export function describeAnalysis(a: Analysis, heading?: string): string {
  const lines: string[] = heading ? [heading] : [];
  const row = (label: string, value: string | null) =>
    lines.push(`  ${label.padEnd(8)} ${value ?? "—"}`);
  row("outlet", a.outlet);
  row("critic", a.critic);
  if (a.film) row("film", a.film.year ? `${a.film.title} (${a.film.year})` : a.film.title);
  if (a.title) row("title", a.title);
  if (a.date) row("date", a.date);
  if (a.url) row("url", a.url);
  row("rating", a.rating ? describeRating(a.rating) : null);
  row("score", a.score === null ? null : `${a.score}/100 (from the ${a.scoreSource})`);
  row("verdict", a.verdict);
  return lines.join("\n");
}
