import { type Kysely, sql } from "kysely";
import { type CatalogCredit, type CatalogFilm, titleKey } from "../domain/film.js";
import { stableId } from "./keys.js";
import type { Database } from "./schema.js";

/** The id a catalog film has in Cinemeter: the same one a review naming its IMDb id resolves to. */
export const catalogFilmId = (imdbId: string) => stableId("f", imdbId);

const CHUNK = 200;

/**
 * Adds catalog films, or confirms them: a film already there takes the catalog's title,
 * year and ids and stops being provisional. A second catalog (MovieLens after IMDb) fills in
 * only what the first left empty.
 */
export async function upsertCatalogFilms(
  db: Kysely<Database>,
  films: readonly CatalogFilm[],
  now: string,
): Promise<void> {
  for (let i = 0; i < films.length; i += CHUNK) {
    const rows = films.slice(i, i + CHUNK).map((f) => ({
      id: catalogFilmId(f.imdbId),
      title: f.title,
      title_key: titleKey(f.title),
      year: f.year,
      imdb_id: f.imdbId,
      external_id: null,
      provisional: 0,
      created_at: now,
      genres: f.genres,
      title_source: "catalog",
      tmdb_id: f.tmdbId ?? null,
      movielens_id: f.movielensId ?? null,
    }));
    await db
      .insertInto("films")
      .values(rows)
      .onConflict((oc) =>
        oc.column("id").doUpdateSet((eb) => ({
          // A provisional film (named by a review) takes the catalog's title and year.
          // (Not one an admin named by hand.)
          title: sql<string>`case when films.provisional = 1 and films.pinned = 0 then excluded.title else films.title end`,
          title_key: sql<string>`case when films.provisional = 1 and films.pinned = 0 then excluded.title_key else films.title_key end`,
          title_source: sql<string>`case when films.provisional = 1 and films.pinned = 0 then excluded.title_source else films.title_source end`,
          year: sql<
            number | null
          >`case when films.provisional = 1 and films.pinned = 0 then excluded.year else coalesce(films.year, excluded.year) end`,
          year_inferred: sql<number>`case when films.provisional = 1 and films.pinned = 0 then 0 else films.year_inferred end`,
          provisional: 0,
          imdb_id: eb.ref("excluded.imdb_id"),
          genres: eb.fn.coalesce(eb.ref("films.genres"), eb.ref("excluded.genres")),
          tmdb_id: eb.fn.coalesce(eb.ref("films.tmdb_id"), eb.ref("excluded.tmdb_id")),
          movielens_id: eb.fn.coalesce(
            eb.ref("films.movielens_id"),
            eb.ref("excluded.movielens_id"),
          ),
        })),
      )
      .execute();
  }
}

/** Adds who worked on which catalog film, and their names. */
export async function upsertCredits(
  db: Kysely<Database>,
  credits: readonly CatalogCredit[],
): Promise<void> {
  for (let i = 0; i < credits.length; i += CHUNK) {
    await db
      .insertInto("film_people")
      .values(
        credits.slice(i, i + CHUNK).map((c) => ({
          film_id: catalogFilmId(c.imdbId),
          person_id: c.personId,
          role: c.role,
          ordering: c.ordering,
          characters: c.characters,
        })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

export async function upsertPeople(
  db: Kysely<Database>,
  people: ReadonlyArray<{ id: string; name: string }>,
): Promise<void> {
  for (let i = 0; i < people.length; i += CHUNK) {
    await db
      .insertInto("people")
      .values(people.slice(i, i + CHUNK) as Array<{ id: string; name: string }>)
      .onConflict((oc) => oc.column("id").doUpdateSet((eb) => ({ name: eb.ref("excluded.name") })))
      .execute();
  }
}

/** Other titles of catalog films (alternate, original-language), by IMDb id. */
export async function upsertFilmTitles(
  db: Kysely<Database>,
  titles: ReadonlyArray<{ imdbId: string; title: string; kind: string }>,
): Promise<void> {
  const rows = titles
    .map((t) => ({
      film_id: catalogFilmId(t.imdbId),
      title: t.title,
      title_key: titleKey(t.title),
      kind: t.kind,
    }))
    .filter((t) => t.title_key !== "");
  const unique = [...new Map(rows.map((r) => [`${r.film_id}|${r.title_key}`, r])).values()];
  for (let i = 0; i < unique.length; i += CHUNK) {
    await db
      .insertInto("film_titles")
      .values(unique.slice(i, i + CHUNK))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}
