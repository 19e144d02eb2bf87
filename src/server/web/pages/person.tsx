import type { PersonFilm } from "../../../store/people.repository.js";
import { FilmList } from "../components/film-list.js";
import { counted } from "../format.js";

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
      <FilmList
        films={films.map((f) => f.film)}
        empty="No film credits this name."
        detail={(film) => {
          const credit = films.find((f) => f.film.id === film.id);
          return `${(credit?.roles ?? []).map((r) => ROLE_WORDS[r] ?? r).join(", ")}${credit?.characters ? ` (${credit.characters})` : ""}`;
        }}
      />
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
