import type { Rating } from "./rating.js";
import type { FilmHint } from "./review.js";

/** Fresh or rotten, in words that do not depend on one site's vocabulary. */
export type Verdict = "positive" | "negative";

/** Which figure `score` came from. */
export type ScoreSource = "rating" | "text";

/**
 * Everything Cinemeter understands about one review. One object type for every stage that
 * adds to it: the rating fields now, the text-derived fields as the text model arrives.
 */
export interface Analysis {
  outlet: string | null;
  critic: string | null;
  film: FilmHint | null;
  title: string | null;
  date: string | null;
  url: string | null;
  rating: Rating | null;
  /** 0–100, from `scoreSource`; null when nothing gave a score. */
  score: number | null;
  scoreSource: ScoreSource | null;
  verdict: Verdict | null;
}
