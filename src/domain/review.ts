import type { Analysis, Verdict } from "./analysis.js";

/** The film a review says it is about, as given by its source (not yet matched to a catalog). */
export interface FilmHint {
  /** "" when the source identifies the film only by its own id (see externalId). */
  title: string;
  year: number | null;
  imdbId?: string;
  /** The source's own id for the film, such as "rt:3" in the rt-reviews dump. */
  externalId?: string;
}

/** The format a review was read from. */
export type ReviewFormat = "text" | "markdown" | "html" | "jsonl" | "csv" | "feed";

/**
 * One review as a source delivered it, before analysis: the canonical input of the pipeline.
 * Every reader (plain text, Markdown, HTML, JSONL, CSV, feeds) produces this shape.
 */
export interface ReviewInput {
  text: string;
  outlet: string | null;
  critic: string | null;
  /** The original rating exactly as written, e.g. "3 stars" or "B+". */
  rating: string | null;
  /** The headline or feed-item title, when the source has one. */
  title: string | null;
  film: FilmHint | null;
  /** Publication date as ISO 8601 (YYYY-MM-DD or a full timestamp) when known. */
  date: string | null;
  url: string | null;
  topCritic?: boolean;
  /**
   * The critic's own fresh/rotten verdict when the source states one apart from the rating
   * (Rotten Tomatoes' fresh column, a "liked" flag). It outranks the rating's, and teaches
   * the outlet's fresh threshold.
   */
  verdict?: Verdict;
  source?: { format: ReviewFormat; path?: string; line?: number };
}

/** A ReviewInput with every optional field empty; readers spread their findings over it. */
export function emptyReviewInput(text: string): ReviewInput {
  return {
    text,
    outlet: null,
    critic: null,
    rating: null,
    title: null,
    film: null,
    date: null,
    url: null,
  };
}

/** A review as Cinemeter keeps it: what its source said, and what Cinemeter understood. */
export interface Review extends ReviewInput {
  id: string;
  /** The catalog film it is linked to, once linked. */
  filmId: string | null;
  analysis: Analysis;
}
