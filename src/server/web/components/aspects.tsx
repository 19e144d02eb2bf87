import type { ComponentChildren } from "preact";
import type { AspectName } from "../../../domain/analysis.js";
import { ASPECT_WORDS, shownAspects } from "../../../domain/consensus.js";
import type { FilmAspect } from "../../../store/aspects.repository.js";
import { counted, excerpt, seg, siteOf, webAddress } from "../format.js";

/** Each aspect's name on the site. */
export const ASPECT_LABELS: Record<AspectName, string> = {
  acting: "Acting",
  direction: "Direction",
  writing: "Writing",
  pacing: "Pacing and length",
  visuals: "Look",
  music: "Music and sound",
  editing: "Editing",
  humor: "Humour",
  effects: "Effects",
};

/** What critics praised and faulted: a bar per aspect and a quote per side, marked as such. */
export function AspectBars({
  aspects,
  who,
  path,
  admin = false,
}: {
  aspects: FilmAspect[];
  /** The film page's address: each count links to the reviews behind it there. */
  path: string;
  /** Who wrote the reviews: named critics, or reviewers (anonymous users). */
  who: "critic" | "reviewer";
  /** Whether an admin is logged in: each quote links to where its review's aspects are set. */
  admin?: boolean;
}) {
  const shown = shownAspects(aspects);
  if (shown.length === 0) return <p class="muted">No aspect is judged in these reviews yet.</p>;
  return (
    <>
      <AspectList shown={shown} path={path} admin={admin} />
      <p class="muted">
        The counts include judgements the text model read into a clause (leaning to the {who}'s own
        verdict or rating, where the review gives one); a quote is shown only where a review's own
        words judge the aspect, from a review on that side (
        <a href="/about#aspects-aspects-v2">how</a>).
      </p>
    </>
  );
}

function AspectList({ shown, path, admin }: { shown: FilmAspect[]; path: string; admin: boolean }) {
  // Each count links to its reviews, listed with the words that judge the aspect.
  const reviewsOf = (a: FilmAspect, side: "positive" | "negative", count: string) =>
    a[side] === 0 ? count : <a href={`${path}?aspect=${a.aspect}&side=${side}#reviews`}>{count}</a>;
  return (
    <ul class="aspects">
      {shown.map((a) => {
        const judged = a.positive + a.negative;
        const pos = Math.round((100 * a.positive) / judged);
        return (
          <li key={a.aspect} class="card">
            <strong>{ASPECT_LABELS[a.aspect] ?? a.aspect}</strong>{" "}
            <span class="muted">
              {reviewsOf(a, "positive", `${a.positive} praise`)},{" "}
              {reviewsOf(a, "negative", counted(a.negative, "complaint"))}
            </span>
            <div
              class="aspect-bar"
              role="img"
              aria-label={`${pos}% of ${judged} judgements positive`}
            >
              <span class="pos" style={{ width: `${pos}%` }} />
              <span class="neg" style={{ width: `${100 - pos}%` }} />
            </div>
            <Quote quote={a.quotes.positive} side="positive" admin={admin} />
            <Quote quote={a.quotes.negative} side="negative" admin={admin} />
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One example, verbatim ("…" where cut), marked as praise or complaint, with where it is from:
 * its outlet, else its critic, else the site its review is on ("imdb.com"), linked to the
 * review so that a reader can read the words in their place.
 */
function Quote({
  quote,
  side,
  admin,
}: {
  quote: FilmAspect["quotes"]["positive"];
  side: "positive" | "negative";
  admin: boolean;
}) {
  if (!quote) return null;
  const source = quote.outlet ?? quote.critic ?? siteOf(quote.url);
  const href = webAddress(quote.url);
  return (
    <JudgedWords side={side} words={quote} setByAdmin={quote.setByAdmin}>
      {source ? (
        <span class="muted">
          {" — "}
          {href ? (
            <a href={href} rel="nofollow noopener">
              {source}
            </a>
          ) : (
            source
          )}
        </span>
      ) : null}
      {admin ? (
        <>
          {" "}
          <a class="small" href={`/admin/reviews/${seg(quote.reviewId)}`}>
            Not {side === "positive" ? "praise" : "a complaint"}? Correct it
          </a>
        </>
      ) : null}
    </JudgedWords>
  );
}

/**
 * Words that judge an aspect, as a film page quotes them and as a review behind an aspect bar
 * is listed: marked as praise or complaint, verbatim ("…" where cut), saying so where an admin
 * set the side (and where the reading found no words for it); `children` follow the words.
 */
export function JudgedWords({
  side,
  words,
  setByAdmin,
  children,
}: {
  side: "positive" | "negative";
  words: { text: string; before: string; after: string };
  setByAdmin: boolean;
  children?: ComponentChildren;
}) {
  return (
    <blockquote class={`aspect-quote ${side}`}>
      <span class="side">{side === "positive" ? "Praise" : "Complaint"}</span>{" "}
      {words.text ? (
        <>
          {`“${excerpt(words)}”`}
          {setByAdmin ? <span class="muted"> (set by an admin)</span> : null}
        </>
      ) : (
        <span class="muted">set by an admin (the reading found no words for it)</span>
      )}
      {children}
    </blockquote>
  );
}

/**
 * The reviews an aspect bar's count stands for, in words: "that praise the performances"
 * ("that faults" for one review).
 */
export function aspectJudged(
  aspect: AspectName,
  polarity: "positive" | "negative",
  count: number | null = null,
): string {
  const verb = polarity === "positive" ? "praise" : "fault";
  return `that ${count === 1 ? `${verb}s` : verb} ${ASPECT_WORDS[aspect]}`;
}
