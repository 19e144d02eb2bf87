import type { Evidence, TextEvidence } from "../../../analyze/model/text-evidence.js";
import { type ChecksList, NOTHING_TO_CHECK } from "../../../domain/checks.js";
import type { ReviewSummary } from "../../../store/reviews.repository.js";
import { ReaderReports } from "../components/reader-reports.js";
import { ReviewCard } from "../components/review-card.js";
import { count, counted, seg } from "../format.js";

/**
 * The reviews to check, for an admin, in three lists. Flagged: those whose analysis flags what
 * does not add up in them (a text that reads against its rating or its critic's verdict, a
 * rating against the verdict), newest first, each with its "Check:" line. Least sure: the
 * verdicts read rather than given (from the text, a rating critics split on, an outlet's own
 * line), least sure first, where the reading's mistakes gather. Setting the verdict a review
 * counts as (the one it reads, to confirm it, or the other) takes it off both. Reported: the
 * reviews readers say are read wrong, each with what they said, until an admin corrects the
 * review or dismisses the reports. Each has its link to correct it.
 */
export function ChecksPage({
  list,
  here,
  film,
  reviews,
  evidence,
  next,
  flagged,
  read,
  reported,
  csrf,
}: {
  list: ChecksList;
  /** This list's own address (its film's too), which settling a review comes back to. */
  here: string;
  /** The film whose least sure verdicts alone are listed (its page links here), or null. */
  film: { id: string; name: string; read: number } | null;
  reviews: ReviewSummary[];
  /** What each short review's reading rests on (by review id), shown on its card. */
  evidence: ReadonlyMap<string, TextEvidence>;
  next: string | null;
  /** How many reviews are flagged in all. */
  flagged: number;
  /** How many verdicts were read rather than given, how many of them less than `below` likely right. */
  read: { read: number; unsure: number; below: number };
  /** How many reviews readers reported that no admin has settled. */
  reported: number;
  csrf: string;
}) {
  return (
    <>
      <h1>Reviews to check</h1>
      <nav class="tabs" aria-label="Lists of reviews to check">
        <a href="/admin/checks" aria-current={list === "flagged" ? "page" : undefined}>
          Flagged ({count(flagged)})
        </a>{" "}
        ·{" "}
        <a href="/admin/checks?list=unsure" aria-current={list === "unsure" ? "page" : undefined}>
          Least sure verdicts ({count(read.unsure)} under {Math.round(read.below * 100)}% sure)
        </a>{" "}
        ·{" "}
        <a
          href="/admin/checks?list=reported"
          aria-current={list === "reported" ? "page" : undefined}
        >
          Reported by readers ({count(reported)})
        </a>
      </nav>
      {list === "reported" ? (
        <p>
          Readers who are signed in can say what the site reads wrong in a review: the film it is
          filed under, its verdict or score, its quote, what it praises or faults.{" "}
          {reported > 0 ? `${counted(reported, "review")} reported, the newest added first. ` : ""}
          Read each, then correct it on its page ("Correct it"), which settles its reports, or
          dismiss them where nothing is wrong.
        </p>
      ) : list === "flagged" ? (
        <p>
          The analysis flags a review whose parts do not add up — its text reads against its rating
          or against the verdict its critic stated, or its rating against that verdict — rather than
          settle it silently.{" "}
          {flagged > 0 ? `${counted(flagged, "review")} to check, the newest first. ` : ""}
          Read each, then set the verdict it counts as, here or on its page ("Correct it"): the one
          it shows, to confirm it, or the other.
        </p>
      ) : (
        <p>
          Where no critic stated a verdict and no rating settles it, the analysis reads one — from
          the text, from the text weighed with a rating critics split on, or from the line the
          outlet's own critics draw — and says how sure it is. That is a probability: a verdict 55%
          sure is wrong about 45 times in 100, one 95% sure about 5. So the least sure, first here,
          are where its mistakes gather
          {read.read > 0
            ? `: ${counted(read.read, "verdict")} read so, ${count(read.unsure)} of them under ${Math.round(read.below * 100)}% sure`
            : ""}
          . Read each, then set the verdict it counts as: the one it shows, to confirm it, or the
          other.
        </p>
      )}
      {film ? (
        <p>
          <strong>
            Of <a href={`/films/${seg(film.id)}`}>{film.name}</a> alone
          </strong>
          : its {counted(film.read, "verdict")} read, least sure first.{" "}
          <a href="/admin/checks?list=unsure">Every film's →</a>
        </p>
      ) : null}
      {list === "reported" ? null : (
        <p>
          Either takes the review off these lists, and every correction is in the{" "}
          <a href="/admin/audit">audit log</a>, to undo.
        </p>
      )}
      {reviews.length === 0 ? (
        <p class="muted">Nothing to check: {NOTHING_TO_CHECK[list]}.</p>
      ) : (
        <ul class="reviews">
          {reviews.map((r) => (
            <ReviewCard
              key={r.id}
              review={r}
              on="site"
              admin
              actions={
                list === "reported" ? (
                  <ReaderReports
                    reports={r.reports ?? []}
                    dismiss={`/admin/reviews/${seg(r.id)}/reports/dismiss`}
                    csrf={csrf}
                  />
                ) : (
                  <SettleVerdict
                    reviewId={r.id}
                    evidence={evidence.get(r.id) ?? null}
                    back={here}
                    csrf={csrf}
                  />
                )
              }
            />
          ))}
        </ul>
      )}
      {next ? (
        <p class="pager">
          <a href={`${here}${here.includes("?") ? "&" : "?"}cursor=${encodeURIComponent(next)}`}>
            More reviews to check →
          </a>
        </p>
      ) : null}
    </>
  );
}

/**
 * A flagged or least sure review settled from the list: the words its reading rests on (a
 * short review's), and the verdict it counts as, Fresh or Rotten, back to the list after.
 */
function SettleVerdict({
  reviewId,
  evidence,
  back,
  csrf,
}: {
  reviewId: string;
  evidence: TextEvidence | null;
  back: string;
  csrf: string;
}) {
  return (
    <>
      {evidence ? <EvidenceLine evidence={evidence} /> : null}
      <form method="post" action={`/admin/reviews/${seg(reviewId)}/verdict`} class="settle">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="back" value={back} />
        <span class="muted small">It counts as</span>
        <button type="submit" name="verdict" value="positive">
          Fresh
        </button>
        <button type="submit" name="verdict" value="negative">
          Rotten
        </button>
      </form>
    </>
  );
}

/** The words a short review's reading rests on, each way (textEvidence), in a line. */
function EvidenceLine({ evidence }: { evidence: TextEvidence }) {
  const words = (list: Evidence[]) =>
    list.length === 0 ? "nothing much" : list.map((e) => `“${e.text}”`).join(", ");
  return (
    <p class="muted small evidence">
      Its text reads fresh by {words(evidence.positive)}; rotten by {words(evidence.negative)}.
    </p>
  );
}
