import { LIKED_PERCENT } from "../../../domain/consensus.js";
import type { FilmSummary } from "../../../store/films.repository.js";
import type { ReviewSummary } from "../../../store/reviews.repository.js";
import { FilmList } from "../components/film-list.js";
import { ReviewCard } from "../components/review-card.js";
import { SearchForm } from "../components/search-form.js";

export interface HomePageProps {
  /** Films whose reviews were added most recently. */
  justAdded: FilmSummary[];
  /**
   * The best reviewed films most critics liked, of `year` (the films' own year), or of all time
   * when null.
   */
  best: { year: number | null; films: FilmSummary[] };
  /** The latest reviews, by the dates their sources give (then undated ones, newest added). */
  latest: ReviewSummary[];
  reviewCount: number;
}

/**
 * Home: search, the best reviewed films of the latest year, the latest reviews by the dates
 * their sources give them, and the films just added; each list says what it is.
 */
export function HomePage({ justAdded, best, latest, reviewCount }: HomePageProps) {
  return (
    <>
      <h1>Critics' reviews, aggregated in the open</h1>
      <SearchForm id="home-search" placeholder="A film, a critic, a phrase…" card />
      {reviewCount === 0 ? (
        <p class="notice">
          No reviews yet. Import some with <code>cinemeter import FILE</code> (JSON lines, CSV, or
          folders of text, Markdown and HTML reviews), or <a href="/reviews/new">add one</a>.
        </p>
      ) : null}
      <section aria-labelledby="best">
        <h2 id="best">{best.year ? `Best of ${best.year}` : "Best reviewed"}</h2>
        <p class="muted small">
          {best.year ? `Films of ${best.year} with at least 5 reviews` : "Films"} that most critics
          liked ({LIKED_PERCENT}% positive or more), ranked by their mean score weighed by how many
          reviews they have, so a film with a few raves does not outrank one dozens of critics
          admired (<a href="/about#aggregates-aggregates-v1">how</a>).{" "}
          <a href={best.year ? `/films?year=${best.year}&min=5` : "/films"}>All films →</a>
        </p>
        <FilmList
          films={best.films}
          empty={reviewCount === 0 ? "Not enough reviews yet." : "No film most critics liked yet."}
          rankedByShrunkMean
        />
      </section>
      <section aria-labelledby="latest">
        <h2 id="latest">Latest reviews</h2>
        <p class="muted small">{latestOrder(latest)}</p>
        {latest.length ? (
          <ul class="reviews">
            {latest.map((r) => (
              <ReviewCard key={r.id} review={r} on="site" />
            ))}
          </ul>
        ) : (
          <p class="muted">None yet.</p>
        )}
      </section>
      <section aria-labelledby="just-added">
        <h2 id="just-added">Just added</h2>
        <p class="muted small">Films whose reviews were added to this site most recently.</p>
        <FilmList films={justAdded} empty="No films reviewed yet." />
      </section>
    </>
  );
}

/** What order the latest reviews are in: by the dates their sources give, as far as they carry one. */
export function latestOrder(latest: readonly ReviewSummary[]): string {
  const dated = latest.filter((r) => r.date !== null).length;
  // (The date a source gives: a critic's own, or when it took the review in: rt-reviews dates
  // Gene Siskel's review of a 1992 film 6 Dec 2018.)
  if (dated === latest.length) return "By the dates their sources give them.";
  if (dated === 0) return "None of them carries a date of its own: the most recently added first.";
  return "By the dates their sources give them, then those without a date, the most recently added first.";
}
