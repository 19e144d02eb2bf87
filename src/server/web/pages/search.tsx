import type { FilmSummary } from "../../../store/films.repository.js";
import type { ReviewMatch } from "../../../store/reviews.repository.js";
import type { SourceKind } from "../../../store/source-stats.repository.js";
import { FilmList } from "../components/film-list.js";
import { counted, seg, siteOf } from "../format.js";

export interface SearchPageProps {
  query: string;
  films: FilmSummary[];
  /** Directors, writers and cast by name, with how many films they are credited on. */
  people: Array<{ name: string; films: number }>;
  sources: Array<{ kind: SourceKind; id: string; name: string; reviewCount: number }>;
  reviews: readonly ReviewMatch[];
}

/** Text with its «marked» words as <mark>; every part escaped by the renderer. */
function Highlighted({ text }: { text: string }) {
  const parts = text.split(/«|»/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? <mark key={i}>{part}</mark> : <span key={i}>{part}</span>,
      )}
    </>
  );
}

/** Search results: films by fuzzy title, critics and outlets by name, reviews by full text. */
export function SearchPage({ query, films, people, sources, reviews }: SearchPageProps) {
  if (!query) {
    return (
      <>
        <h1>Search</h1>
        <p>Type a film's title, a critic's or outlet's name, or words from a review.</p>
      </>
    );
  }
  return (
    <>
      <h1>Results for “{query}”</h1>
      <section aria-labelledby="films">
        <h2 id="films">Films</h2>
        <FilmList films={films} empty="No film has a title like that." />
      </section>
      {people.length ? (
        <section aria-labelledby="people">
          <h2 id="people">People</h2>
          <ul>
            {people.map((p) => (
              <li key={p.name}>
                <a href={`/people/${seg(p.name)}`}>{p.name}</a>{" "}
                <span class="muted">{counted(p.films, "film")}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sources">
        <h2 id="sources">Critics and outlets</h2>
        {sources.length ? (
          <ul>
            {sources.map((s) => (
              <li key={`${s.kind}:${s.id}`}>
                <a href={`/${s.kind === "critic" ? "critics" : "outlets"}/${seg(s.id)}`}>
                  {s.name}
                </a>{" "}
                <span class="muted">
                  {s.kind} · {counted(s.reviewCount, "review")}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">No critic or outlet by that name.</p>
        )}
      </section>
      <section aria-labelledby="review-matches">
        <h2 id="review-matches">Reviews that say it</h2>
        {reviews.length ? (
          <ul class="reviews">
            {reviews.map((r) => (
              <li key={r.id} class="card">
                <p>
                  <Highlighted text={r.excerpt} />
                </p>
                <p class="muted">
                  {r.critic && r.criticId ? (
                    <a href={`/critics/${seg(r.criticId)}`}>{r.critic}</a>
                  ) : null}
                  {r.critic ? ", " : null}
                  {r.outlet ?? siteOf(r.url) ?? "unknown outlet"}
                  {r.filmId && r.filmName ? (
                    <>
                      {" · on "}
                      <a href={`/films/${seg(r.filmId)}`}>{r.filmName}</a>
                    </>
                  ) : null}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">No review contains those words.</p>
        )}
      </section>
    </>
  );
}
