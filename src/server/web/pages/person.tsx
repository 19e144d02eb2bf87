import { filmName } from "../../../domain/film.js";
import type { PersonFilm } from "../../../store/people.repository.js";
import { bandClass, counted, percent, score, seg } from "../format.js";

/** Each role in words, for "Director and writer of 3 films". */
const ROLE_WORDS: Record<string, string> = {
  director: "director",
  writer: "writer",
  cast: "cast",
  producer: "producer",
  composer: "composer",
  cinematographer: "cinematographer",
  editor: "editor",
};

/**
 * A director's, writer's or actor's page: what they did on which films, each film with the
 * figures its critics gave it, and across them how many critics' reviews were positive.
 */
export function PersonPage({ name, films }: { name: string; films: PersonFilm[] }) {
  const roles = [...new Set(films.flatMap((f) => f.roles))];
  const reviewed = films.filter((f) => f.film.reviewCount > 0);
  const positive = reviewed.reduce((n, f) => n + f.film.positiveCount, 0);
  const reviews = reviewed.reduce((n, f) => n + f.film.reviewCount, 0);
  return (
    <article>
      <h1>{name}</h1>
      <p class="muted">
        {sentence(roles.map((r) => ROLE_WORDS[r] ?? r).join(", "))} ·{" "}
        {counted(films.length, "film")} here
        {reviews > 0
          ? ` · ${counted(reviews, "critic's review", "critics' reviews")} of them, ${Math.round((100 * positive) / reviews)}% positive`
          : ""}
      </p>
      <ul class="grid">
        {films.map(({ film, roles, characters }) => (
          <li key={film.id} class="card">
            <a href={`/films/${seg(film.id)}`}>
              <strong>{filmName(film)}</strong>
            </a>
            <div class="muted small">
              {roles.map((r) => ROLE_WORDS[r] ?? r).join(", ")}
              {characters ? ` (${characters})` : ""}
            </div>
            {film.reviewCount === 0 ? (
              <div class="muted">In the catalog; no reviews yet</div>
            ) : (
              <div>
                <span class={`score ${bandClass(film.band)}`}>{score(film.meanScore)}</span>{" "}
                {percent(film.percentPositive)} positive ·{" "}
                <span class="muted">{counted(film.reviewCount, "review")}</span>
              </div>
            )}
          </li>
        ))}
      </ul>
      <p class="muted small">
        Credits from the catalog (IMDb) and from the review sources' facts (directors and writers),
        matched by the name as written.
      </p>
    </article>
  );
}

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/** schema.org Person with the films they made or appeared in. */
export function personJsonLd(name: string, films: PersonFilm[], url: string): unknown {
  return {
    "@context": "https://schema.org",
    "@type": "Person",
    name,
    url,
    subjectOf: films.slice(0, 20).map(({ film }) => ({
      "@type": "Movie",
      name: film.title,
      ...(film.year ? { dateCreated: String(film.year) } : {}),
    })),
  };
}
