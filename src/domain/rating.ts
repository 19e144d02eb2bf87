/** How a rating was written. */
export type RatingKind =
  | "fraction" // 3/4, 7 out of 10, 3.5 / 4.0, 4 of 5 stars
  | "stars" // 3 stars, ***, ★★★½, FIVE STARS
  | "letter" // B+, A minus, C-plus
  | "percent" // 85%
  | "number" // 8, 3.5 — the scale comes from the outlet
  | "symmetric" // +2 out of -4..+4
  | "verdict" // Recommended, Skip it — no score
  | "unrecognized" // no known notation
  | "empty";

/** Where the maximum of a rating's scale came from. */
export type ScaleSource = "stated" | "outlet" | "default";

/** What a rating notation says about the film by itself, without a score. */
export type RatingVerdict = "positive" | "negative" | "mixed";

/**
 * An original rating normalized to 0–100. `score` is null when the notation has no score
 * (a verdict word) or could not be read; `reason` then says why, in words a person can act on.
 */
export interface Rating {
  raw: string;
  kind: RatingKind;
  value: number | null;
  max: number | null;
  /** Lower end of the scale, only for symmetric scales such as -4..+4. */
  min?: number;
  /** The letter grade as read, canonical (e.g. "B+"), only for letter grades. */
  grade?: string;
  score: number | null;
  scaleSource: ScaleSource | null;
  verdict?: RatingVerdict;
  reason?: string;
}

/** Scores at or above this are positive ("fresh") unless an outlet has a learned threshold. */
export const FRESH_THRESHOLD = 60;

/** Rounds a 0–100 score to one decimal, the precision every figure is published with. */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}
