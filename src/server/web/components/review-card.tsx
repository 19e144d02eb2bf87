import type { ComponentChildren } from "preact";
import { verdictCertainty, verdictName } from "../../../domain/analysis.js";
import type { ReviewSummary } from "../../../store/reviews.repository.js";
import { cardQuote, date, reviewScore, seg, siteOf, stars, webAddress } from "../format.js";
import { JudgedWords } from "./aspects.js";

/**
 * One review: who and where, the rating as written and its 0–100 score, the verdict, where
 * the score came from (stated, or estimated from the text with its confidence), the pull
 * quote, the link, and what does not add up in it (its text against its rating …).
 */
export function ReviewCard({
  review,
  on = "film",
  admin,
  report,
  actions,
}: {
  review: ReviewSummary;
  /**
   * The page it is on, whose subject the card leaves out: a film's page names no film, a
   * critic's no critic, an outlet's no outlet; a list of all reviews names them all.
   */
  on?: "film" | "critic" | "outlet" | "site";
  /** An admin is looking: link to why the review is on its film, and its corrections. */
  admin?: boolean;
  /** A reader is signed in: link to where they tell the admins what the site reads wrong in it. */
  report?: boolean;
  /** What a list of reviews to act on adds at the card's foot (the reviews to check: settle it). */
  actions?: ComponentChildren;
}) {
  const estimated = review.scoreSource === "text";
  // Named by neither critic nor outlet: where it was read, as its address says.
  const site = review.critic || review.outlet ? null : siteOf(review.url);
  const link = webAddress(review.url);
  return (
    <li class="review card">
      <header>
        {on !== "film" && review.filmId ? (
          <a class="film" href={`/films/${seg(review.filmId)}`}>
            {review.filmName ?? "a film"}
          </a>
        ) : null}
        {on !== "critic" && review.critic ? (
          <a class="source" href={`/critics/${seg(review.criticId ?? "")}`}>
            {review.critic}
          </a>
        ) : null}
        {on !== "outlet" && review.outlet ? (
          <a href={`/outlets/${seg(review.outletId ?? "")}`}>{review.outlet}</a>
        ) : null}
        {site ? <span class="source">{site}</span> : null}
        {on !== "critic" && review.topCritic ? <span class="muted">top critic</span> : null}
        {review.date ? <span class="muted">{date(review.date)}</span> : null}
      </header>
      {review.aspect ? (
        // Listed for an aspect it judges (the reviews behind an aspect bar): those words, in
        // place of its pull quote.
        <JudgedWords
          side={review.aspect.polarity}
          words={{
            text: review.aspect.evidence,
            before: review.aspect.before,
            after: review.aspect.after,
          }}
          setByAdmin={review.aspect.setByAdmin}
        />
      ) : review.quote ? (
        <blockquote>“{cardQuote(review.quote, review.quoteStartsText)}”</blockquote>
      ) : review.rating ? (
        <p class="muted small">A rating, without a written review.</p>
      ) : null}
      <div class="facts">
        {review.verdict ? (
          <span class={`verdict-${review.verdict}`}>{verdictName(review.verdict)}</span>
        ) : null}
        {review.verdictByAdmin ? (
          <span title="an admin read this review and set the verdict it counts as">
            (verdict set by an admin)
          </span>
        ) : null}
        {review.quoteByAdmin && review.quote && !review.aspect ? (
          <span title="an admin chose this line of the review as its quote, in place of the one its reading chose">
            (quote chosen by an admin)
          </span>
        ) : null}
        {review.verdictSource === "outlet" ? (
          <span title="this outlet's critics, in the verdicts they state, count ratings like this one the other way from most critics: the line learned from them decides">
            (by its outlet's own line)
          </span>
        ) : null}
        {review.verdictSource === "fence" ? (
          <span title="critics who give this rating (or, where its outlet's line is known, that outlet's own critics) call it fresh about as often as rotten, so the rating does not decide: the verdict is read from the text, weighed with how often they do">
            (rating on the fence: verdict read from the text)
          </span>
        ) : null}
        {review.rating ? (
          <span>
            Rated “{review.rating.raw}”
            {review.rating.kind === "number" && review.rating.max !== null ? (
              <span title="the review gave no scale: read on the one this outlet uses, or 5">
                {" "}
                (read as {review.rating.raw} of {review.rating.max}: no scale given)
              </span>
            ) : null}
            {stars(review.rating.raw) ? (
              <span aria-hidden="true"> {stars(review.rating.raw)}</span>
            ) : null}
          </span>
        ) : null}
        <span>
          {review.score !== null
            ? `Score ${reviewScore(review.score)} ${estimated ? "(estimated from the text)" : "(from the stated rating)"}`
            : noScore(review)}
        </span>
        {review.confidence !== null ? (
          <span title="how likely the verdict is right, calibrated on held-out reviews">
            {verdictCertainty(review.verdict, review.confidence)}
          </span>
        ) : null}
        {link ? (
          <a href={link} rel="nofollow noopener">
            Read the review
          </a>
        ) : null}
        {admin ? <a href={`/admin/reviews/${seg(review.id)}`}>Why this film? Correct it</a> : null}
        {report && !admin ? (
          <a href={`/reviews/${seg(review.id)}/report`}>Something wrong? Tell us</a>
        ) : null}
      </div>
      {review.disagreement ? (
        <p class="check">
          <strong>Check:</strong> {review.disagreement}
        </p>
      ) : null}
      {actions}
    </li>
  );
}

/**
 * Why a review has no score: no usable rating (none given, a verdict word, or one whose
 * guessed scale the critic's own verdict contradicts) and either there is no text to read, or the text reads
 * the other way from the critic's verdict (an estimate that contradicts the critic is not
 * shown as their score), or the text model cannot read the text (a quote and no text score:
 * another language).
 */
function noScore(review: ReviewSummary): string {
  const rating = !review.rating
    ? "no rating given"
    : review.rating.score != null
      ? "the rating does not fit the critic's verdict"
      : "the rating is a verdict, not a score";
  if (review.textScore !== null && review.verdict !== null)
    return `No score: ${rating}, and the text reads the other way from the verdict`;
  if (review.textScore === null && review.quote !== null)
    return `No score: ${rating}, and the text is not in words the text model knows (it reads English)`;
  return `No score: ${rating}`;
}
