import type { Evidence, TextEvidence } from "../analyze/model/text-evidence.js";
import {
  type Analysis,
  readByModel,
  verdictCertainty,
  verdictSourceWords,
} from "../domain/analysis.js";
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

/**
 * An analysis as a short block of labelled lines, for people; with the evidence of its text's
 * reading (textEvidence), the words or sentences that weigh most each way.
 */
export function describeAnalysis(
  a: Analysis,
  heading?: string,
  evidence?: TextEvidence | null,
): string {
  const lines: string[] = heading ? [heading] : [];
  const row = (label: string, value: string | null) =>
    lines.push(`  ${label.padEnd(9)} ${value ?? "—"}`);
  row("outlet", a.outlet);
  row("critic", a.critic);
  if (a.film?.title) row("film", a.film.year ? `${a.film.title} (${a.film.year})` : a.film.title);
  else if (a.film?.imdbId || a.film?.externalId)
    row("film", `untitled, the source's ${a.film.imdbId ?? `id ${a.film.externalId}`}`);
  if (a.title) row("title", a.title);
  if (a.date) row("date", a.date);
  if (a.url) row("url", a.url);
  row("rating", a.rating ? describeRating(a.rating) : null);
  row("score", a.score === null ? null : `${a.score}/100 (from the ${a.scoreSource})`);
  if (a.textScore !== null) row("text", `${a.textScore}/100 estimated from the words alone`);
  row(
    "verdict",
    a.verdict &&
      `${a.verdict} (${verdictCertainty(a.verdict, a.confidence)}) — ${verdictSourceWords(a.verdictSource)}`,
  );
  if (a.disagreement) row("check", a.disagreement);
  if (a.people.length > 0) {
    const roles = new Map<string, string[]>();
    for (const p of a.people) {
      roles.set(p.name, [
        ...(roles.get(p.name) ?? []),
        p.character ? `${p.role} as ${p.character}` : p.role,
      ]);
    }
    row("people", [...roles].map(([name, list]) => `${name} (${list.join(", ")})`).join("; "));
  }
  if (a.mentions.films.length > 0) row("films", a.mentions.films.join(", "));
  if (a.mentions.people.length > 0) row("names", a.mentions.people.join(", "));
  for (const aspect of a.aspects)
    row(
      aspect.aspect,
      `${aspect.polarity}: “${clip(aspect.evidence, 80)}”${readByModel(aspect) ? " (read by the text model)" : ""}`,
    );
  if (evidence) {
    const listed = (list: Evidence[]) =>
      list.length === 0 ? "nothing much" : list.map((e) => `“${clip(e.text, 80)}”`).join(", ");
    row("fresh by", listed(evidence.positive));
    row("rotten by", listed(evidence.negative));
  }
  if (a.quote) row("quote", `“${a.quote}”`);
  for (const note of a.notes ?? []) row("note", note);
  return lines.join("\n");
}

/** A text cut to `max` characters at a word boundary, with an ellipsis when cut. */
function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut
    .slice(0, Math.max(cut.lastIndexOf(" "), max / 2))
    .trimEnd()
    .replace(/[,;:]$/, "")}…`;
}
