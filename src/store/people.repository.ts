import { type Kysely, sql } from "kysely";
import type { SourceFacts } from "../domain/film-facts.js";
import { type Named, nameKey } from "../domain/name-search.js";
import { type FilmSummary, filmSummaries } from "./films.repository.js";
import type { Database } from "./schema.js";

/** A film someone worked on, with what they did on it. */
export interface PersonFilm {
  film: FilmSummary;
  /** "director", "writer", "cast" … as the catalog or the source's facts credit them. */
  roles: string[];
  /** The characters they played, when the catalog names them. */
  characters: string | null;
}

/**
 * The films a person is credited on, by their name as written: the catalog's credits (IMDb's
 * principals) and the directors and writers a review source's facts name (rt.movie_info), the
 * newest film first. Empty when nobody of that name is credited.
 */
export async function personFilms(db: Kysely<Database>, name: string): Promise<PersonFilm[]> {
  const credits = new Map<string, { roles: Set<string>; characters: string | null }>();
  const credit = (filmId: string, role: string, characters: string | null = null) => {
    const entry = credits.get(filmId) ?? { roles: new Set<string>(), characters: null };
    entry.roles.add(role === "actor" || role === "actress" ? "cast" : role);
    entry.characters ??= characters;
    credits.set(filmId, entry);
  };
  const [catalog, withFacts] = await Promise.all([
    db
      .selectFrom("film_people")
      .innerJoin("people", "people.id", "film_people.person_id")
      .select(["film_people.film_id", "film_people.role", "film_people.characters"])
      .where("people.name", "=", name)
      .execute(),
    // Facts are JSON text: a LIKE narrows the films, the parsed facts decide.
    db
      .selectFrom("films")
      .select(["id", "facts"])
      .where(sql<boolean>`facts like ${likeContaining(JSON.stringify(name))} escape '\\'`)
      .execute(),
  ]);
  for (const row of catalog) credit(row.film_id, row.role, row.characters);
  for (const row of withFacts) {
    const facts = JSON.parse(row.facts ?? "null") as SourceFacts | null;
    if (facts?.directors.includes(name)) credit(row.id, "director");
    if (facts?.writers.includes(name)) credit(row.id, "writer");
  }
  if (credits.size === 0) return [];
  const films = await filmSummaries(db, [...credits.keys()]);
  return films
    .map((film) => {
      const entry = credits.get(film.id) as { roles: Set<string>; characters: string | null };
      return { film, roles: [...entry.roles], characters: entry.characters };
    })
    .sort(
      (a, b) => (b.film.year ?? 0) - (a.film.year ?? 0) || a.film.title.localeCompare(b.film.title),
    );
}

/**
 * Everyone credited on a reviewed film, with how many such films: the catalog's credits and
 * the directors and writers the films' source facts name. What people search looks in.
 */
export async function peopleDirectory(db: Kysely<Database>): Promise<Named[]> {
  const [catalog, withFacts] = await Promise.all([
    db
      .selectFrom("film_people")
      .innerJoin("people", "people.id", "film_people.person_id")
      .innerJoin("film_aggregates as a", "a.film_id", "film_people.film_id")
      .select(["people.name", (eb) => eb.fn.count("film_people.film_id").distinct().as("n")])
      .where("a.review_count", ">", 0)
      .groupBy("people.name")
      .execute(),
    db
      .selectFrom("films")
      .innerJoin("film_aggregates as a", "a.film_id", "films.id")
      .select("films.facts")
      .where("a.review_count", ">", 0)
      .where("films.facts", "is not", null)
      .execute(),
  ]);
  const films = new Map<string, number>();
  for (const row of catalog) films.set(row.name, Number(row.n));
  for (const row of withFacts) {
    const facts = JSON.parse(row.facts ?? "null") as SourceFacts | null;
    for (const name of new Set([...(facts?.directors ?? []), ...(facts?.writers ?? [])]))
      films.set(name, (films.get(name) ?? 0) + 1);
  }
  return [...films].map(([name, weight]) => ({ name, key: nameKey(name), weight }));
}

/** A LIKE pattern for text containing `text`, its wildcards escaped (with a backslash). */
function likeContaining(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
