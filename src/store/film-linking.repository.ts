import { type Kysely, sql } from "kysely";
import { titleKey } from "../domain/film.js";
import type { SourceFacts } from "../domain/film-facts.js";
import type { FilmCandidate } from "../link/evidence.js";
import { arrival } from "./arrival.js";
import { stableId } from "./keys.js";
import { saveLinkDecisions } from "./link-decisions.repository.js";
import type { Database } from "./schema.js";

/** Rows per `in (…)` list. */
const CHUNK = 400;

/** The id a film known by a source's own id (or IMDb id) is created under, every time. */
export function provisionalFilmId(hint: { imdbId?: string; externalId?: string }): string | null {
  const key = hint.imdbId ?? hint.externalId;
  return key ? stableId("f", key) : null;
}

/** Where a film id now lives: itself, or the film it was merged into (followed to the end). */
export async function currentFilmId(db: Kysely<Database>, id: string): Promise<string | null> {
  let current = id;
  for (let hops = 0; hops < 8; hops++) {
    const film = await db
      .selectFrom("films")
      .select("id")
      .where("id", "=", current)
      .executeTakeFirst();
    if (film) return film.id;
    const moved = await db
      .selectFrom("film_redirects")
      .select("to_id")
      .where("from_id", "=", current)
      .executeTakeFirst();
    if (!moved) return null;
    current = moved.to_id;
  }
  return null;
}

/**
 * The film a source's own id or an IMDb id names: the film with that id, or the film its
 * provisional film was merged into.
 */
export async function filmByIds(
  db: Kysely<Database>,
  hint: { imdbId?: string; externalId?: string },
): Promise<string | null> {
  for (const column of ["imdb_id", "external_id"] as const) {
    const value = column === "imdb_id" ? hint.imdbId : hint.externalId;
    if (!value) continue;
    const row = await db
      .selectFrom("films")
      .select("id")
      .where(column, "=", value)
      .executeTakeFirst();
    if (row) return row.id;
  }
  const provisional = provisionalFilmId(hint);
  return provisional ? currentFilmId(db, provisional) : null;
}

/**
 * The films each title key names — by their title or by one of their other titles — with
 * their credited people (catalog credits, and the directors and writers their source gives).
 */
export async function titleCandidates(
  db: Kysely<Database>,
  keys: readonly string[],
  options: { catalogOnly?: boolean } = {},
): Promise<Map<string, FilmCandidate[]>> {
  const found = new Map<string, FilmCandidate[]>();
  const wanted = [...new Set(keys.filter(Boolean))];
  const rows: Array<FilmRow & { key: string; match: "exact" | "alternate" }> = [];
  for (let i = 0; i < wanted.length; i += CHUNK) {
    const chunk = wanted.slice(i, i + CHUNK);
    let exact = db.selectFrom("films").select(FILM_COLUMNS).where("title_key", "in", chunk);
    if (options.catalogOnly) exact = exact.where("provisional", "=", 0);
    for (const row of await exact.execute())
      rows.push({ ...row, key: row.title_key, match: "exact" });
    let alternate = db
      .selectFrom("film_titles")
      .innerJoin("films", "films.id", "film_titles.film_id")
      .select(FILM_COLUMNS.map((c) => `films.${c}` as const))
      .select("film_titles.title_key as alt_key")
      .where("film_titles.title_key", "in", chunk);
    if (options.catalogOnly) alternate = alternate.where("films.provisional", "=", 0);
    for (const row of await alternate.execute())
      rows.push({ ...row, key: row.alt_key, match: "alternate" });
  }
  const people = await peopleOf(
    db,
    rows.map((r) => r.id),
  );
  for (const row of rows) {
    const list = found.get(row.key) ?? [];
    if (list.some((c) => c.id === row.id)) continue;
    const facts = row.facts ? (JSON.parse(row.facts) as SourceFacts) : null;
    list.push({
      id: row.id,
      title: row.title,
      year: row.year,
      yearInferred: row.year_inferred === 1,
      provisional: row.provisional === 1,
      titleMatch: row.match,
      people: [
        ...(people.get(row.id) ?? []),
        ...(facts?.directors ?? []).map((name) => ({ name, role: "director" })),
        ...(facts?.writers ?? []).map((name) => ({ name, role: "writer" })),
      ],
    });
    found.set(row.key, list);
  }
  return found;
}

const FILM_COLUMNS = [
  "id",
  "title",
  "title_key",
  "year",
  "year_inferred",
  "provisional",
  "facts",
] as const;
type FilmRow = {
  id: string;
  title: string;
  title_key: string;
  year: number | null;
  year_inferred: number;
  provisional: number;
  facts: string | null;
};

/** Catalog credits (directors, writers, the first ten of the cast) of each film. */
async function peopleOf(
  db: Kysely<Database>,
  filmIds: readonly string[],
): Promise<Map<string, Array<{ name: string; role: string }>>> {
  const people = new Map<string, Array<{ name: string; role: string }>>();
  const ids = [...new Set(filmIds)];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom("film_people")
      .innerJoin("people", "people.id", "film_people.person_id")
      .select(["film_people.film_id", "film_people.role", "people.name"])
      .where("film_people.film_id", "in", ids.slice(i, i + CHUNK))
      .where("film_people.ordering", "<=", 10)
      .execute();
    for (const row of rows) {
      const list = people.get(row.film_id) ?? [];
      list.push({ name: row.name, role: row.role });
      people.set(row.film_id, list);
    }
  }
  return people;
}

/** A provisional film, created unless it exists; returns its id. */
export async function createProvisionalFilm(
  db: Kysely<Database>,
  film: {
    id: string;
    title: string;
    year: number | null;
    yearInferred: boolean;
    imdbId?: string | undefined;
    externalId?: string | undefined;
    titleSource: string | null;
  },
  now: string,
): Promise<string> {
  await db
    .insertInto("films")
    .values({
      id: film.id,
      title: film.title,
      title_key: film.titleSource ? titleKey(film.title) : "",
      year: film.year,
      year_inferred: film.yearInferred ? 1 : 0,
      imdb_id: film.imdbId ?? null,
      external_id: film.externalId ?? null,
      provisional: 1,
      title_source: film.titleSource,
      // The facts its source gave, and their genres, read in the same statement.
      facts: film.externalId
        ? (eb) =>
            eb
              .selectFrom("source_facts")
              .select("facts")
              .where("external_id", "=", film.externalId as string)
        : null,
      genres: film.externalId
        ? (eb) =>
            eb
              .selectFrom("source_facts")
              .select("genres")
              .where("external_id", "=", film.externalId as string)
        : null,
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return film.id;
}

/** Of these films, the titled ones (catalog, source, reviews or admin) with their titles. */
export async function filmTitles(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .selectFrom("films")
      .select(["id", "title"])
      .where("id", "in", ids.slice(i, i + CHUNK))
      .where("title_source", "is not", null)
      .execute();
    for (const r of rows) titles.set(r.id, r.title);
  }
  return titles;
}

/** The provisional films linking may move or title (an admin's pinned films left alone). */
export async function provisionalFilms(
  db: Kysely<Database>,
  ids: readonly string[] | null,
): Promise<
  Array<{
    id: string;
    title: string;
    title_key: string;
    title_source: string | null;
    year: number | null;
    year_inferred: number;
    external_id: string | null;
    imdb_id: string | null;
    facts: SourceFacts | null;
  }>
> {
  const select = () =>
    db
      .selectFrom("films")
      .select([
        "id",
        "title",
        "title_key",
        "title_source",
        "year",
        "year_inferred",
        "external_id",
        "imdb_id",
        "facts",
      ])
      .where("provisional", "=", 1)
      .where("pinned", "=", 0);
  const rows = [];
  if (ids === null) rows.push(...(await select().execute()));
  else
    for (let i = 0; i < ids.length; i += CHUNK)
      rows.push(
        ...(await select()
          .where("id", "in", ids.slice(i, i + CHUNK))
          .execute()),
      );
  return rows.map((r) => ({ ...r, facts: r.facts ? (JSON.parse(r.facts) as SourceFacts) : null }));
}

/** A review as linking reads it: its words, date and (when asked) the people it credits. */
export interface ReviewForLinking {
  id: string;
  /** Put on its film by an admin: linking leaves it. */
  pinned: boolean;
  /** Its words; "" unless `withText`. */
  text: string;
  date: string | null;
  /** The stored analysis (JSON), when `withAnalysis`. */
  analysis?: string;
}

/**
 * Films' reviews as linking reads them, the newest `perFilm` of each (through the film's
 * index, so a film's older reviews beyond those are never read), for many films in one query
 * a chunk (linking a thousand films takes a few dozen queries, not thousands).
 */
export async function reviewsForLinking(
  db: Kysely<Database>,
  filmIds: readonly string[],
  options: { perFilm: number; withText: boolean; withAnalysis: boolean },
): Promise<Map<string, ReviewForLinking[]>> {
  const byFilm = new Map<string, ReviewForLinking[]>();
  const columns = sql.join([
    sql.ref("film_id"),
    sql.ref("id"),
    sql.ref("pinned"),
    sql.ref("date"),
    ...(options.withText ? [sql.ref("text")] : []),
    ...(options.withAnalysis ? [sql.ref("analysis")] : []),
  ]);
  for (let i = 0; i < filmIds.length; i += 50) {
    const each = filmIds.slice(i, i + 50).map(
      (id, n) => sql`select * from (select ${columns} from reviews where film_id = ${id}
        order by ${arrival(db)} desc limit ${options.perFilm}) as ${sql.id(`f${n}`)}`,
    );
    const { rows } = await sql<{
      film_id: string;
      id: string;
      pinned: number;
      date: string | null;
      text?: string;
      analysis?: string;
    }>`${sql.join(each, sql` union all `)}`.execute(db);
    for (const row of rows) {
      const list = byFilm.get(row.film_id) ?? [];
      list.push({
        id: row.id,
        pinned: Number(row.pinned) === 1,
        text: row.text ?? "",
        date: row.date,
        ...(row.analysis !== undefined ? { analysis: row.analysis } : {}),
      });
      byFilm.set(row.film_id, list);
    }
  }
  return byFilm;
}

/** Each review's linking decision, stored with it (after linking moved it). */
export async function saveReviewLinks(
  db: Kysely<Database>,
  links: ReadonlyArray<{ id: string; link: string }>,
): Promise<void> {
  const decisions = await saveLinkDecisions(
    db,
    links.map((l) => l.link),
  );
  for (const [i, { id }] of links.entries())
    await db
      .updateTable("reviews")
      .set({ link: decisions[i] as string })
      .where("id", "=", id)
      .execute();
}

/** Whether the store holds any catalog film (without one, there is nothing to link to). */
export async function hasCatalogFilms(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom("films")
    .select("id")
    .where("provisional", "=", 0)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** A provisional film without a year takes the one a review states. */
export async function learnYear(db: Kysely<Database>, id: string, year: number): Promise<void> {
  await db
    .updateTable("films")
    .set({ year, year_inferred: 0 })
    .where("id", "=", id)
    .where("provisional", "=", 1)
    .where("pinned", "=", 0)
    .where((eb) => eb.or([eb("year", "is", null), eb("year_inferred", "=", 1)]))
    .execute();
}

/** Stores what linking decided about a film that stays provisional: title, year, evidence. */
export async function saveFilmIdentity(
  db: Kysely<Database>,
  id: string,
  identity: {
    title: string;
    titleSource: string | null;
    year: number | null;
    yearInferred: boolean;
    link: unknown;
  },
): Promise<void> {
  await db
    .updateTable("films")
    .set({
      title: identity.title,
      title_key: identity.titleSource ? titleKey(identity.title) : "",
      title_source: identity.titleSource,
      year: identity.year,
      year_inferred: identity.yearInferred ? 1 : 0,
      link: JSON.stringify(identity.link),
    })
    .where("id", "=", id)
    .where("pinned", "=", 0)
    .execute();
}

/** A source's genres as films store them: comma-separated, or null for none. */
function genresOf(facts: SourceFacts): string | null {
  return facts.genres.length > 0 ? facts.genres.join(",") : null;
}

/**
 * Source facts by the source's film id, kept for films not yet seen, and copied onto the
 * film each names now (its provisional film, or the catalog film that became).
 */
export async function saveSourceFacts(
  db: Kysely<Database>,
  facts: readonly SourceFacts[],
): Promise<void> {
  for (let i = 0; i < facts.length; i += CHUNK) {
    const chunk = facts.slice(i, i + CHUNK);
    await db
      .insertInto("source_facts")
      .values(
        chunk.map((f) => ({
          external_id: f.externalId,
          facts: JSON.stringify(f),
          genres: genresOf(f),
        })),
      )
      .onConflict((oc) =>
        oc.column("external_id").doUpdateSet((eb) => ({
          facts: eb.ref("excluded.facts"),
          genres: eb.ref("excluded.genres"),
        })),
      )
      .execute();
    // The films they name now: by the source's id, or where a merged one's redirect leads.
    const byExternal = new Map(
      (
        await db
          .selectFrom("films")
          .select(["id", "external_id"])
          .where(
            "external_id",
            "in",
            chunk.map((f) => f.externalId),
          )
          .execute()
      ).map((r) => [r.external_id, r.id]),
    );
    const redirected = new Map(
      (
        await db
          .selectFrom("film_redirects")
          .select(["from_id", "to_id"])
          .where(
            "from_id",
            "in",
            chunk.map((f) => provisionalFilmId({ externalId: f.externalId }) as string),
          )
          .execute()
      ).map((r) => [r.from_id, r.to_id]),
    );
    for (const fact of chunk) {
      const moved = redirected.get(provisionalFilmId({ externalId: fact.externalId }) as string);
      const id =
        byExternal.get(fact.externalId) ?? (moved ? await currentFilmId(db, moved) : undefined);
      if (!id) continue;
      // The catalog's genres, when it has named the film, stand.
      await db
        .updateTable("films")
        .set((eb) => ({
          facts: JSON.stringify(fact),
          genres: eb.fn.coalesce("genres", eb.val(genresOf(fact))),
        }))
        .where("id", "=", id)
        .execute();
    }
  }
}
