/**
 * What a reader may say is wrong with a review as the site reads it: the film it is filed
 * under, its verdict or score, its quote, what it praises or faults, or something else.
 */
export const REPORT_REASONS = ["film", "verdict", "quote", "aspects", "other"] as const;

export type ReportReason = (typeof REPORT_REASONS)[number];

/** Each reason as a reader chooses it and an admin reads it. */
export const REPORT_REASON_WORDS: Record<ReportReason, string> = {
  film: "It is not about this film",
  verdict: "The verdict or score is wrong",
  quote: "The quote misrepresents the review",
  aspects: "What it praises or faults is wrong",
  other: "Something else",
};

/** The most characters of a reader's note on a report. */
export const MAX_REPORT_NOTE = 500;

/** One reader's open report on a review, as an admin reads it. */
export interface ReviewReport {
  reason: ReportReason;
  note: string | null;
  /** When it was sent (ISO 8601). */
  at: string;
}

/** How a report was closed: the review corrected, or the report dismissed as not wrong. */
export type ReportOutcome = "corrected" | "dismissed";
