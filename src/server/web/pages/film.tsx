import type { VNode } from "preact";
import { filmName } from "../../../domain/film.js";
import type { FilmAspect } from "../../../store/aspects.repository.js";
import type { FilmDetail } from "../../../store/films.repository.js";
import type { ReviewSummary } from "../../../store/reviews.repository.js";
import { AspectBars } from "../components/aspects.js";
import { Histogram, Timeline } from "../components/charts.js";
import {
  FilmCorrections,
  FilmFacts,
  FilmIdentification,
  PeopleLinks,
} from "../components/film-identity.js";
import { type ReviewFilters, ReviewList } from "../components/review-list.js";
import { ThreeNumbers } from "../components/three-numbers.js";
import { count, counted, percent, score, seg, webAddress } from "../format.js";

export interface FilmPageProps {
  film: FilmDetail;
  /** Its scored reviews by side: positive 61–100, mixed 40–60, negative 0–39. */
  sides: { positive: number; mixed: number; negative: number };
  aspects: FilmAspect[];
  consensus: string | null;
  reviews: { reviews: ReviewSummary[]; next: string | null };
  /** How many of its ratings' verdicts their text makes less likely right than not. */
  doubtedRatings: number;
  filters: ReviewFilters;
  /** The admin's CSRF token, when an admin is logged in: the page shows its corrections. */
  adminCsrf?: string;
  /** The signed-in reader's own part (their score, their match), rendered for them alone. */
  personal?: VNode;
}

/** The film page: who made it, the three numbers, charts, what critics say, the reviews. */
export function FilmPage({
  film,
  sides,
  aspects,
  consensus,
  reviews,
  doubtedRatings,
  filters,
  adminCsrf,
  personal,
}: FilmPageProps) {
  const credited = film.people.filter((p) => p.role === "director").map((p) => p.name);
  const directors = credited.length > 0 ? credited : (film.facts?.directors ?? []);
  const cast = film.people
    .filter((p) => p.role === "actor" || p.role === "actress" || p.role === "cast")
    .slice(0, 8);
  return (
    <article>
      <h1>{filmName(film)}</h1>
      <p class="muted">
        {film.genres.length ? `${film.genres.join(", ")} · ` : ""}
        {directors.length ? (
          <>
            Directed by <PeopleLinks names={directors} />
          </>
        ) : (
          "Director unknown"
        )}
        {film.yearInferred ? ` · year guessed from its reviews' dates` : ""}
        {film.provisional ? " · not yet matched to a catalog entry" : ""}
        {film.imdbId ? (
          <>
            {" · "}
            <a href={`https://www.imdb.com/title/${seg(film.imdbId)}/`} rel="noopener">
              IMDb
            </a>
          </>
        ) : null}
      </p>
      {cast.length ? (
        <p>
          <strong>Cast:</strong>{" "}
          {cast.map((p, i) => (
            <>
              {i > 0 ? ", " : ""}
              <a href={`/people/${seg(p.name)}`}>{p.name}</a>
              {p.characters ? ` (${p.characters})` : ""}
            </>
          ))}
        </p>
      ) : null}
      <FilmFacts film={film} />
      <FilmIdentification film={film} />
      {adminCsrf ? <FilmCorrections film={film} csrf={adminCsrf} /> : null}
      <ThreeNumbers figures={film} />
      {personal ?? null}
      <p>
        {film.badge.earned ? (
          <span class="badge">★ Critics' pick</span>
        ) : (
          <span class="muted">No critics' pick badge.</span>
        )}{" "}
        <span class="muted">Rule: {film.badge.rule}</span>
      </p>
      {film.topCritics.reviewCount > 0 ? (
        <p>
          <strong>Top critics:</strong> {percent(film.topCritics.percentPositive)} positive, mean{" "}
          {score(film.topCritics.meanScore)} from {counted(film.topCritics.reviewCount, "review")}.
        </p>
      ) : null}
      <ReadVerdictsNote
        read={film.readVerdicts}
        {...(adminCsrf
          ? { checks: `/admin/checks?list=unsure&film=${encodeURIComponent(film.id)}` }
          : {})}
      />
      <DoubtedRatingsNote count={doubtedRatings} />
      {consensus ? (
        <section aria-labelledby="critics-say">
          <h2 id="critics-say">{film.criticsNamed ? "Critics" : "Reviewers"} say</h2>
          <p class="notice">{consensus}</p>
        </section>
      ) : null}
      <section class="charts" aria-label="Charts">
        <Histogram bins={film.histogram} sides={sides} />
        <Timeline points={film.timeline} />
      </section>
      <section aria-labelledby="aspects">
        <h2 id="aspects">What {film.criticsNamed ? "critics" : "reviewers"} praised and faulted</h2>
        <AspectBars
          aspects={aspects}
          who={film.criticsNamed ? "critic" : "reviewer"}
          path={`/films/${seg(film.id)}`}
          admin={adminCsrf !== undefined}
        />
      </section>
      <section aria-labelledby="reviews">
        <h2 id="reviews">Reviews</h2>
        <ReviewList
          path={`/films/${seg(film.id)}`}
          on="film"
          reviews={reviews}
          filters={filters}
          admin={adminCsrf !== undefined}
          report={personal !== undefined && adminCsrf === undefined}
          {...(filters.aspect
            ? {
                aspectCount:
                  aspects.find((a) => a.aspect === filters.aspect?.name)?.[
                    filters.aspect.polarity
                  ] ?? 0,
              }
            : {})}
        />
        <p class="muted">
          <a href={`/films/${seg(film.id)}/feed.atom`}>Atom feed of this film's reviews</a>
        </p>
      </section>
    </article>
  );
}

/** schema.org Movie with its AggregateRating and a few Reviews, for the film page's JSON-LD. */
export function filmJsonLd(film: FilmDetail, reviews: ReviewSummary[], url: string): unknown {
  const people = (roles: string[]) =>
    film.people
      .filter((p) => roles.includes(p.role))
      .slice(0, 10)
      .map((p) => ({ "@type": "Person", name: p.name }));
  return {
    "@context": "https://schema.org",
    "@type": "Movie",
    // An untitled film has no name to give, only what is known of it.
    ...(film.titled ? { name: film.title } : { description: film.title }),
    url,
    ...(film.year && !film.yearInferred ? { dateCreated: String(film.year) } : {}),
    ...(film.imdbId ? { sameAs: `https://www.imdb.com/title/${film.imdbId}/` } : {}),
    director: people(["director"]),
    actor: people(["actor", "actress", "cast"]),
    ...(film.meanScore !== null
      ? {
          aggregateRating: {
            "@type": "AggregateRating",
            ratingValue: Math.round(film.meanScore),
            bestRating: 100,
            worstRating: 0,
            reviewCount: film.reviewCount,
          },
        }
      : {}),
    review: reviews.slice(0, 5).map((r) => ({
      "@type": "Review",
      ...(r.critic ? { author: { "@type": "Person", name: r.critic } } : {}),
      ...(r.outlet ? { publisher: { "@type": "Organization", name: r.outlet } } : {}),
      ...(r.date ? { datePublished: r.date } : {}),
      ...(r.quote ? { reviewBody: r.quote } : {}),
      ...(webAddress(r.url) ? { url: r.url } : {}),
      ...(r.score !== null && r.scoreSource === "rating"
        ? {
            reviewRating: {
              "@type": "Rating",
              ratingValue: Math.round(r.score),
              bestRating: 100,
              worstRating: 0,
            },
          }
        : {}),
    })),
  };
}

/**
 * How many of the film's verdicts a rating gave that its text makes less likely right than
 * not: they count in the % positive as the rating gave them, each card says why. Nothing
 * where there are none.
 */
function DoubtedRatingsNote({ count: n }: { count: number }) {
  if (n === 0) return null;
  const one = n === 1;
  return (
    <p class="muted small">
      {one ? "One verdict" : `${count(n)} verdicts`} given by a rating {one ? "is" : "are"} less
      likely right than not, read with {one ? "its" : "their"} text, and {one ? "counts" : "count"}{" "}
      in the % positive as given: {one ? "its card says" : "their cards say"} why.
    </p>
  );
}

/**
 * How many of the film's verdicts were read rather than given, and how many of those are
 * likely wrong by how sure each reading is: the part of its % positive that is an estimate.
 * Nothing where every verdict was given (by its critic, a rating or an admin).
 */
function ReadVerdictsNote({
  read,
  checks,
}: {
  read: FilmDetail["readVerdicts"];
  /** For an admin: the list of them, least sure first. */
  checks?: string;
}) {
  if (read.count === 0) return null;
  const one = read.count === 1;
  const wrong = Math.round(read.likelyWrong);
  const likely =
    wrong === 0
      ? one
        ? "it is likely right"
        : "most likely none of them is wrong"
      : `about ${count(wrong)} of them ${wrong === 1 ? "is" : "are"} likely wrong`;
  return (
    <p class="muted small">
      The {one ? "verdict" : "verdicts"} of {counted(read.count, "review")} {one ? "was" : "were"}{" "}
      read from {one ? "its" : "their"} words (or a rating critics split on, or an outlet's own
      line) rather than given by a critic or a rating, and count in the % positive: by how sure each
      reading is, {likely}. An admin can set any of them right
      {checks ? (
        <>
          : <a href={checks}>read them, least sure first</a>.
        </>
      ) : (
        "."
      )}
    </p>
  );
}
