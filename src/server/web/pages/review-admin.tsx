import type { Evidence, TextEvidence } from "../../../analyze/model/text-evidence.js";
import {
  ASPECT_NAMES,
  JUDGED_IN_WORDS,
  judgementName,
  verdictName,
  verdictSourceWords,
} from "../../../domain/analysis.js";
import type { ReviewReport } from "../../../domain/report.js";
import type { reviewWithLink } from "../../../store/reviews.repository.js";
import { ASPECT_LABELS } from "../components/aspects.js";
import { CandidateList, FilmRefForm, type Identification } from "../components/film-identity.js";
import { ReaderReports } from "../components/reader-reports.js";
import { date, excerpt, likelihood, seg } from "../format.js";

type ReviewWithLink = NonNullable<Awaited<ReturnType<typeof reviewWithLink>>>;

const verdictWord = (verdict: string | null) => verdictName(verdict) ?? "no verdict";

/** How the review's verdict was reached, in words: its rating, its critic's word, its text. */
function howRead(review: ReviewWithLink): string {
  if (review.verdict === null) return "no rating, and no text the model reads";
  const sure = review.confidence === null ? "" : `, ${Math.round(review.confidence * 100)}% sure`;
  const words = verdictSourceWords(review.verdictSource);
  if (words) return `${words}${sure}`;
  // (A review stored before its verdict's source was kept, and not read since.)
  if (review.confidence === null) return "as the critic or the source states it";
  return review.scoreSource === "rating" ? `from its rating${sure}` : `read from its text${sure}`;
}

/**
 * One review for an admin: why it is on its film (the decision, the candidates weighed and
 * their evidence), and the corrections — move it, split it off into a new film, set the
 * verdict it counts as (to set its reading right, or confirm it), set what its aspects are,
 * choose its quote, delete it.
 */
export function ReviewAdminPage({
  review,
  evidence,
  sentences,
  reports,
  csrf,
}: {
  review: ReviewWithLink;
  /** What its text's reading rests on (textEvidence); null where the model cannot read it. */
  evidence: TextEvidence | null;
  /** The sentences its quote may be chosen among (quoteCandidates). */
  sentences: string[];
  /** What readers reported of it that no admin has settled. */
  reports: ReviewReport[];
  csrf: string;
}) {
  const link = (review.link ?? {}) as Identification;
  const action = `/admin/reviews/${seg(review.id)}`;
  return (
    <>
      <h1>Why this review is on its film</h1>
      <p>
        {review.critic ?? "An unnamed critic"}
        {review.outlet ? `, ${review.outlet}` : ""}
        {review.date ? `, ${date(review.date)}` : ""} — on{" "}
        {review.filmId ? (
          <a href={`/films/${seg(review.filmId)}`}>{review.filmTitle}</a>
        ) : (
          "no film"
        )}
        {review.pinned ? " (placed there by an admin)" : ""}
      </p>
      <blockquote>
        {review.text.slice(0, 600)}
        {review.text.length > 600 ? "…" : ""}
      </blockquote>
      {reports.length > 0 ? (
        <section class="card" aria-labelledby="reported">
          <h2 id="reported">Reported by readers</h2>
          <p class="muted small">
            A correction below settles these reports; where nothing is wrong, dismiss them.
          </p>
          <ReaderReports reports={reports} dismiss={`${action}/reports/dismiss`} csrf={csrf} />
        </section>
      ) : null}
      {evidence ? <TextReadingEvidence evidence={evidence} /> : null}
      <section class="card">
        <h2>The decision</h2>
        {link.method === "title" ? (
          <p>
            The review names its film by title.{" "}
            {link.action === "link" ? "Linked" : "Held, not sure"}: {link.reason}.
          </p>
        ) : link.reason ? (
          <p>{link.reason}.</p>
        ) : (
          <p class="muted">No decision was recorded (stored before linking kept its reasons).</p>
        )}
        <CandidateList candidates={link.candidates ?? []} />
      </section>
      <section class="card admin-tools" aria-labelledby="corrections">
        <h2 id="corrections">Correct it</h2>
        <FilmRefForm
          action={`${action}/move`}
          csrf={csrf}
          label="Move to film"
          field="film"
          button="Move"
        />
        <form method="post" action={`${action}/split`} class="inline-form">
          <input type="hidden" name="csrf" value={csrf} />
          <label>
            Split off into a new film titled <input name="title" required maxLength={300} />
          </label>
          <label>
            Year <input name="year" inputMode="numeric" size={6} />
          </label>
          <button type="submit">Split off</button>
        </form>
        <form method="post" action={`${action}/verdict`} class="inline-form">
          <input type="hidden" name="csrf" value={csrf} />
          <fieldset>
            <legend>
              Counts as <strong>{verdictWord(review.verdict)}</strong>
              {review.adminVerdict ? " (set by an admin)" : ` (${howRead(review)})`}
            </legend>
            {(["positive", "negative", "none"] as const).map((value) => (
              <label>
                <input
                  type="radio"
                  name="verdict"
                  value={value}
                  checked={(review.adminVerdict ?? "none") === value}
                />{" "}
                {value === "none" ? "as the review reads" : verdictWord(value)}
              </label>
            ))}
          </fieldset>
          <button type="submit">Set the verdict</button>
        </form>
        <AspectsForm review={review} action={`${action}/aspects`} csrf={csrf} />
        <QuoteForm review={review} sentences={sentences} action={`${action}/quote`} csrf={csrf} />
        <form method="post" action={`${action}/delete`} class="inline-form">
          <input type="hidden" name="csrf" value={csrf} />
          <button type="submit" class="danger">
            Delete this review
          </button>
        </form>
        <p class="muted small">
          Every correction is in the <a href="/admin/audit">audit log</a>, and can be undone there.
        </p>
      </section>
    </>
  );
}

/**
 * The review's aspects as stored — each with its words and whether the review's words judge
 * it or the text model read it — and a choice for each: as the review reads, praise, a
 * complaint, or not judged (an admin's word, which later readings keep).
 */
function AspectsForm({
  review,
  action,
  csrf,
}: {
  review: ReviewWithLink;
  action: string;
  csrf: string;
}) {
  const stored = new Map(review.aspects.map((a) => [a.aspect, a]));
  return (
    <form method="post" action={action} class="aspects-form">
      <input type="hidden" name="csrf" value={csrf} />
      <table>
        <caption>Aspects: what the review praises and faults</caption>
        <thead>
          <tr>
            <th scope="col">Aspect</th>
            <th scope="col">Counts as</th>
            <th scope="col">In its words</th>
            <th scope="col">Set to</th>
          </tr>
        </thead>
        <tbody>
          {ASPECT_NAMES.map((aspect) => {
            const a = stored.get(aspect);
            const set = review.adminAspects[aspect];
            const how = set
              ? " (set by an admin)"
              : a && a.polarity !== "neutral" && a.strength !== null && a.strength < JUDGED_IN_WORDS
                ? " (read by the text model)"
                : "";
            return (
              <tr>
                <th scope="row">{ASPECT_LABELS[aspect]}</th>
                <td>
                  {judgementName(a?.polarity ?? "none")}
                  {how}
                </td>
                <td>
                  {a?.evidence
                    ? `“${excerpt({ text: a.evidence, before: a.before, after: a.after })}”`
                    : ""}
                </td>
                <td>
                  <select name={aspect} aria-label={`${ASPECT_LABELS[aspect]}: set to`}>
                    {(["read", "positive", "negative", "none"] as const).map((value) => (
                      <option value={value} selected={(set ?? "read") === value}>
                        {value === "read" ? "as the review reads" : judgementName(value)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="submit">Set the aspects</button>
    </form>
  );
}

/** The quote form's choice of other words of the review, typed in. */
export const OTHER_WORDS = "other-words";

/**
 * The review's pull quote as its cards show it, and a choice of another: one of its
 * sentences, other words of it typed in, or as its reading chooses (an admin's choice, which
 * later readings keep while the text has the words).
 */
function QuoteForm({
  review,
  sentences,
  action,
  csrf,
}: {
  review: ReviewWithLink;
  sentences: string[];
  action: string;
  csrf: string;
}) {
  const chosen = review.adminQuote;
  const listed = chosen !== null && sentences.includes(chosen);
  return (
    <form method="post" action={action} class="quote-form">
      <input type="hidden" name="csrf" value={csrf} />
      <fieldset>
        <legend>Pull quote</legend>
        <p class="quote-now">
          Quoted as{" "}
          {review.quote ? <q>{review.quote}</q> : <span class="muted">nothing (no words)</span>}
          {chosen ? " (chosen by an admin)" : " (chosen by its reading)"}
        </p>
        <label>
          <input type="radio" name="quote" value="read" checked={chosen === null} />
          <span>as its reading chooses</span>
        </label>
        {sentences.map((sentence) => (
          <label>
            <input type="radio" name="quote" value={sentence} checked={chosen === sentence} />
            <span>{sentence}</span>
          </label>
        ))}
        <label>
          <input
            type="radio"
            name="quote"
            value={OTHER_WORDS}
            checked={chosen !== null && !listed}
          />
          <span>other words of the review, as it writes them:</span>
          <input
            name="words"
            value={chosen !== null && !listed ? chosen : ""}
            maxLength={2000}
            aria-label="Other words of the review to quote"
          />
        </label>
      </fieldset>
      <button type="submit">Set the quote</button>
    </form>
  );
}

/**
 * How the text model reads the review's text, and what that reading rests on: the words (or,
 * in a longer text, the sentences) that move it most each way when left out.
 */
function TextReadingEvidence({ evidence }: { evidence: TextEvidence }) {
  const units = evidence.unit === "word" ? "words" : "sentences";
  const side = (label: string, list: Evidence[]) => (
    <div>
      <strong>{label}:</strong>{" "}
      {list.length === 0 ? (
        <span class="muted">nothing much</span>
      ) : evidence.unit === "word" ? (
        list.map((e) => `“${e.text}”`).join(", ")
      ) : (
        <ul>
          {list.map((e) => (
            <li>“{e.text}”</li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <section class="card" aria-labelledby="text-reading">
      <h2 id="text-reading">How its text reads</h2>
      <p>
        The text model reads it {likelihood(evidence.probability)} likely fresh. The {units} that
        reading rests on most, each found by reading the text again without it:
      </p>
      {side("Toward Fresh", evidence.positive)}
      {side("Toward Rotten", evidence.negative)}
    </section>
  );
}
