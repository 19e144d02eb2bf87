import type { ReviewSummary } from "../../../store/reviews.repository.js";
import { ReviewCard } from "../components/review-card.js";
import { seg } from "../format.js";

/**
 * The reviews to check, for an admin: those whose analysis flags what does not add up in
 * them (a text that reads against its rating or its critic's verdict, a rating against the
 * verdict), newest first, each with its "Check:" line and its link to correct it. Setting the
 * verdict a review counts as (the one it reads, to confirm it, or the other) takes it off.
 */
export function ChecksPage({
  reviews,
  next,
  total,
  csrf,
}: {
  reviews: ReviewSummary[];
  next: string | null;
  /** How many there are in all. */
  total: number;
  csrf: string;
}) {
  return (
    <>
      <h1>Reviews to check</h1>
      {total > 0 ? (
        <p>
          <strong>
            {total.toLocaleString("en-US")} review{total === 1 ? "" : "s"} to check
          </strong>
          , the newest first.
        </p>
      ) : null}
      <p>
        The analysis flags a review whose parts do not add up — its text reads against its rating or
        against the verdict its critic stated, or its rating against that verdict — rather than
        settle it silently. Read each, then set the verdict it counts as, here or on its page
        ("Correct it"): the one it shows, to confirm it, or the other. Either takes it off this
        list, and every correction is in the <a href="/admin/audit">audit log</a>, to undo.
      </p>
      {reviews.length === 0 ? (
        <p class="muted">Nothing to check: no review's analysis flags anything.</p>
      ) : (
        <ul class="reviews">
          {reviews.map((r) => (
            <ReviewCard
              key={r.id}
              review={r}
              on="site"
              admin
              actions={
                <form method="post" action={`/admin/reviews/${seg(r.id)}/verdict`} class="settle">
                  <input type="hidden" name="csrf" value={csrf} />
                  <input type="hidden" name="back" value="/admin/checks" />
                  <span class="muted small">It counts as</span>
                  <button type="submit" name="verdict" value="positive">
                    Fresh
                  </button>
                  <button type="submit" name="verdict" value="negative">
                    Rotten
                  </button>
                </form>
              }
            />
          ))}
        </ul>
      )}
      {next ? (
        <p class="pager">
          <a href={`/admin/checks?cursor=${encodeURIComponent(next)}`}>More reviews to check →</a>
        </p>
      ) : null}
    </>
  );
}
