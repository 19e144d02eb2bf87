import { REPORT_REASON_WORDS, type ReviewReport } from "../../../domain/report.js";
import { date } from "../format.js";

/**
 * What readers reported of a review that no admin has settled, each with its note and date,
 * and the button that dismisses them where nothing is wrong (a correction settles them).
 */
export function ReaderReports({
  reports,
  dismiss,
  csrf,
}: {
  reports: readonly ReviewReport[];
  /** Where the dismissal is sent (/admin/reviews/:id/reports/dismiss). */
  dismiss: string;
  csrf: string;
}) {
  return (
    <div class="reports">
      <ul>
        {reports.map((report) => (
          <li>
            <strong>{REPORT_REASON_WORDS[report.reason]}</strong>
            {report.note ? <> — “{report.note}”</> : null}{" "}
            <span class="muted small">({date(report.at)})</span>
          </li>
        ))}
      </ul>
      <form method="post" action={dismiss} class="settle">
        <input type="hidden" name="csrf" value={csrf} />
        <button type="submit" class="secondary">
          Nothing wrong: dismiss
        </button>
      </form>
    </div>
  );
}
