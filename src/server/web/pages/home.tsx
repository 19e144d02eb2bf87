import type { FilmSummary } from "../../../store/films.repository.js";
import type { ReviewSummary } from "../../../store/reviews.repository.js";
import { FilmList } from "../components/film-list.js";
import { ReviewCard } from "../components/review-card.js";
import { SearchForm } from "../components/search-form.js";

export interface HomePageProps {
  recent: FilmSummary[];
  best: { year: number | null; films: FilmSummary[] };
  newest: ReviewSummary[];
  reviewCount: number;
}

/** Home: search, recently reviewed films, the year's best reviewed, the newest reviews. */
export function HomePage({ recent, best, newest, reviewCount }: HomePageProps) {
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
      <section aria-labelledby="recent">
        <h2 id="recent">Recently reviewed</h2>
        <FilmList films={recent} empty="No films reviewed yet." />
      </section>
      <section aria-labelledby="best">
        <h2 id="best">
          {best.year ? `Best reviewed of ${best.year}` : "Best reviewed"}
          <span class="muted">
            {best.year ? " (by review date; shrunk mean score)" : " (shrunk mean score)"}
          </span>
        </h2>
        <FilmList films={best.films} empty="Not enough reviews yet." />
      </section>
      <section aria-labelledby="newest">
        <h2 id="newest">Newest reviews</h2>
        {newest.length ? (
          <ul class="reviews">
            {newest.map((r) => (
              <ReviewCard key={r.id} review={r} showFilm />
            ))}
          </ul>
        ) : (
          <p class="muted">None yet.</p>
        )}
      </section>
    </>
  );
}
