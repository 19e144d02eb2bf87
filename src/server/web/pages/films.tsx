import type { Band } from "../../../domain/aggregate.js";
import type { FilmFilters, FilmSort, FilmSummary } from "../../../store/films.repository.js";
import { FilmList } from "../components/film-list.js";
import { bandWords } from "../format.js";

/** What /films takes from its query string. */
export interface BrowseFilms {
  filters: FilmFilters;
  sort: Exclude<FilmSort, "recent">;
  minReviews: number;
  /** How many films the page skips (its cursor). */
  offset: number;
}

export interface FilmsPageProps {
  browse: BrowseFilms;
  films: FilmSummary[];
  /** The next page's cursor, or null on the last. */
  next: string | null;
  facets: { genres: Array<{ name: string; films: number }>; decades: number[] };
}

export const BROWSE_SORTS: Record<BrowseFilms["sort"], string> = {
  score: "Best reviewed (shrunk mean score)",
  positive: "% positive",
  mean: "Mean score",
  reviews: "Most reviewed",
  newest: "Newest films",
};
export const MIN_REVIEW_CHOICES = [1, 5, 20, 40] as const;
const BANDS: Band[] = ["acclaim", "favorable", "mixed", "unfavorable", "dislike"];

/** /films: every reviewed film, filtered by year, decade, genre, band and badge, sorted, paged. */
export function FilmsPage({ browse, films, next, facets }: FilmsPageProps) {
  const { filters, sort, minReviews } = browse;
  const narrowed =
    filters.year !== undefined ||
    filters.decade !== undefined ||
    Boolean(filters.genre) ||
    Boolean(filters.band) ||
    Boolean(filters.badge);
  return (
    <>
      <h1>Films</h1>
      <form class="filters" method="get" action="/films">
        <label>
          Sort by
          <select name="sort">
            {Object.entries(BROWSE_SORTS).map(([value, label]) => (
              <option value={value} selected={sort === value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Decade
          <select name="decade">
            <option value="">Any</option>
            {facets.decades.map((d) => (
              <option value={String(d)} selected={filters.decade === d}>
                {`${d}s`}
              </option>
            ))}
          </select>
        </label>
        <label>
          Year
          <input
            type="number"
            name="year"
            min="1880"
            max="2100"
            inputMode="numeric"
            value={filters.year === undefined ? "" : String(filters.year)}
          />
        </label>
        <label>
          Genre
          <select name="genre">
            <option value="">Any</option>
            {facets.genres.map((g) => (
              <option
                value={g.name}
                selected={filters.genre?.toLowerCase() === g.name.toLowerCase()}
              >
                {g.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Mean score
          <select name="band">
            <option value="">Any</option>
            {BANDS.map((b) => (
              <option value={b} selected={filters.band === b}>
                {bandWords(b)}
              </option>
            ))}
          </select>
        </label>
        <label>
          At least
          <select name="min">
            {MIN_REVIEW_CHOICES.map((n) => (
              <option value={String(n)} selected={minReviews === n}>
                {n === 1 ? "1 review" : `${n} reviews`}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input type="checkbox" name="badge" value="1" checked={filters.badge === true} /> Badge
          only
        </label>
        <button type="submit">Show</button>
      </form>
      <p class="muted">
        {sort === "score" ? (
          <>
            "Best reviewed" ranks by the mean score pulled toward the site's mean when a film has
            few scored reviews, so one rave does not top the list (
            <a href="/about#aggregates-aggregates-v1">how</a>).{" "}
          </>
        ) : null}
        {browse.offset > 0 ? `Films ${browse.offset + 1}–${browse.offset + films.length}.` : null}
      </p>
      <FilmList
        films={films}
        rankedByShrunkMean={sort === "score"}
        empty={
          narrowed || minReviews > 1 ? "No film matches these filters." : "No films reviewed yet."
        }
      />
      {next || browse.offset > 0 ? (
        <p class="pager">
          {browse.offset > 0 ? (
            <a href={`/films${browseQuery(browse, Math.max(0, browse.offset - FILMS_PER_PAGE))}`}>
              ← Previous
            </a>
          ) : null}{" "}
          {next ? (
            <a href={`/films${browseQuery(browse, browse.offset + FILMS_PER_PAGE)}`}>Next →</a>
          ) : null}
        </p>
      ) : null}
    </>
  );
}

export const FILMS_PER_PAGE = 24;

/** /films's query string for these choices at `offset`. */
export function browseQuery(b: BrowseFilms, offset: number): string {
  const params = new URLSearchParams();
  if (b.sort !== "score") params.set("sort", b.sort);
  if (b.filters.decade !== undefined) params.set("decade", String(b.filters.decade));
  if (b.filters.year !== undefined) params.set("year", String(b.filters.year));
  if (b.filters.genre) params.set("genre", b.filters.genre);
  if (b.filters.band) params.set("band", b.filters.band);
  if (b.minReviews !== 1) params.set("min", String(b.minReviews));
  if (b.filters.badge) params.set("badge", "1");
  if (offset > 0) params.set("cursor", Buffer.from(String(offset)).toString("base64url"));
  const s = params.toString();
  return s ? `?${s}` : "";
}
