import { isRatingNotation, normalizeRating } from "../analyze/rating/index.js";

const LABELLED =
  /^\s*(?:our |my |the |final |overall )*(?:rating|grade|score|verdict|stars)\s*[:=-]\s*(.+)$/i;

/**
 * A rating written on a line of its own in a review's text, as blogs and review pages do:
 * "Rating: 3/5", "Grade: B+", "★★★½", "3 out of 4 stars". Unlabelled lines count only in
 * notations that cannot be mistaken for prose (fractions, stars, percentages).
 */
export function findRatingLine(text: string): string | null {
  for (const rawLine of text.split("\n")) {
    const line = rawLine.trim();
    if (line === "" || line.length > 40) continue;
    const labelled = LABELLED.exec(line)?.[1]?.trim();
    if (labelled && isRatingNotation(labelled)) return labelled;
    if (!isRatingNotation(line)) continue;
    const kind = normalizeRating(line).kind;
    if (kind === "fraction" || kind === "stars" || kind === "percent") return line;
  }
  return null;
}
