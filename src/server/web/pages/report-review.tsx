import { verdictName } from "../../../domain/analysis.js";
import {
  MAX_REPORT_NOTE,
  REPORT_REASON_WORDS,
  REPORT_REASONS,
  type ReportReason,
} from "../../../domain/report.js";
import { seg } from "../format.js";

/** The review a reader reports, as the site shows it. */
export interface ReportedReview {
  id: string;
  filmId: string | null;
  filmTitle: string | null;
  critic: string | null;
  outlet: string | null;
  verdict: string | null;
  quote: string | null;
}

/**
 * Where a signed-in reader tells the admins what the site reads wrong in a review: the film
 * it is filed under, its verdict or score, its quote, what it praises or faults, or something
 * else, with a note. Nothing shown changes until an admin has read it.
 */
export function ReportReviewPage({
  review,
  csrf,
  chosen,
  note = "",
  error,
}: {
  review: ReportedReview;
  csrf: string;
  chosen?: ReportReason;
  note?: string;
  /** What was wrong with the form sent, shown above it. */
  error?: string;
}) {
  return (
    <>
      <h1>What is wrong with this review?</h1>
      <p>
        {review.critic ?? review.outlet ?? "An unnamed critic"}
        {review.critic && review.outlet ? `, ${review.outlet}` : ""} on{" "}
        {review.filmId ? (
          <a href={`/films/${seg(review.filmId)}`}>{review.filmTitle ?? "a film"}</a>
        ) : (
          "no film"
        )}
        {review.verdict ? ` — counted ${verdictName(review.verdict)}` : ""}
      </p>
      {review.quote ? <blockquote>“{review.quote}”</blockquote> : null}
      <p>
        Your report goes to the admins, who read the review, then correct what the site reads wrong
        in it or leave it as it is. Nothing changes until they have.
      </p>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <form method="post" action={`/reviews/${seg(review.id)}/report`} class="report-form">
        <input type="hidden" name="csrf" value={csrf} />
        <fieldset>
          <legend>What the site reads wrong</legend>
          {REPORT_REASONS.map((reason) => (
            <label>
              <input
                type="radio"
                name="reason"
                value={reason}
                required
                checked={chosen === reason}
              />{" "}
              {REPORT_REASON_WORDS[reason]}
            </label>
          ))}
        </fieldset>
        <label>
          What you see in it (optional)
          <textarea name="note" rows={4} maxLength={MAX_REPORT_NOTE}>
            {note}
          </textarea>
        </label>
        <button type="submit">Send to the admins</button>
      </form>
    </>
  );
}
