import { type Insertable, type Kysely, sql } from "kysely";
import type { CriticRatings } from "../taste/critic-ratings.js";
import type { CriticScore } from "../taste/critic-space.js";
import { stableId } from "./keys.js";
import type { Database, ReaderRatingsTable } from "./schema.js";

const CHUNK = 500;

export interface Reader {
  id: string;
  name: string;
}

/** The reader of that name, made when `create` and there is none; null otherwise. */
export async function readerNamed(
  db: Kysely<Database>,
  name: string,
  create: boolean,
): Promise<Reader | null> {
  const found = await db
    .selectFrom("readers")
    .select(["id", "name"])
    .where("name", "=", name)
    .executeTakeFirst();
  if (found || !create) return found ?? null;
  const reader = { id: stableId("p", name), name };
  await db
    .insertInto("readers")
    .values({ ...reader, created_at: new Date().toISOString() })
    .onConflict((oc) => oc.column("name").doNothing())
    .execute();
  return reader;
}

/**
 * Stores a reader's ratings; one already there (same key) is replaced, and of two with one
 * key in `rows` the later is kept.
 */
export async function saveReaderRatings(
  db: Kysely<Database>,
  given: ReadonlyArray<Insertable<ReaderRatingsTable>>,
): Promise<void> {
  const rows = [...new Map(given.map((r) => [`${r.reader_id}\u0000${r.key}`, r])).values()];
  for (let i = 0; i < rows.length; i += CHUNK)
    await db
      .insertInto("reader_ratings")
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) =>
        oc.columns(["reader_id", "key"]).doUpdateSet((eb) => ({
          film_id: eb.ref("excluded.film_id"),
          title: eb.ref("excluded.title"),
          year: eb.ref("excluded.year"),
          imdb_id: eb.ref("excluded.imdb_id"),
          letterboxd_uri: eb.ref("excluded.letterboxd_uri"),
          score: eb.ref("excluded.score"),
          raw: eb.ref("excluded.raw"),
          rated_at: eb.ref("excluded.rated_at"),
          link: eb.ref("excluded.link"),
        })),
      )
      .execute();
}

/** A reader's ratings, linked first, by title. */
export async function readerRatings(
  db: Kysely<Database>,
  readerId: string,
): Promise<Array<ReaderRatingsTable & { film_title: string | null }>> {
  // A film merged into another since (redirects are kept one hop deep) is read as the film it
  // became; undoing the merge removes the redirect, and the rating is on its film again.
  const rows = await db
    .selectFrom("reader_ratings")
    .leftJoin("film_redirects", "film_redirects.from_id", "reader_ratings.film_id")
    .leftJoin("films", (join) =>
      join.on("films.id", "=", sql<string>`coalesce(film_redirects.to_id, reader_ratings.film_id)`),
    )
    .selectAll("reader_ratings")
    .select(["films.title as film_title", "film_redirects.to_id as moved_to"])
    .where("reader_id", "=", readerId)
    .orderBy("reader_ratings.title")
    .execute();
  return rows.map(({ moved_to, ...row }) => ({ ...row, film_id: moved_to ?? row.film_id }));
}

/** Every reader's ratings that are on no film. */
export async function unlinkedReaderRatings(db: Kysely<Database>): Promise<ReaderRatingsTable[]> {
  return db.selectFrom("reader_ratings").selectAll().where("film_id", "is", null).execute();
}

/** Puts one of a reader's ratings on a film (the reader's own choice, `link` says so). */
export async function linkReaderRating(
  db: Kysely<Database>,
  readerId: string,
  key: string,
  filmId: string,
  link: string,
): Promise<boolean> {
  const result = await db
    .updateTable("reader_ratings")
    .set({ film_id: filmId, link })
    .where("reader_id", "=", readerId)
    .where("key", "=", key)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Removes a reader's ratings of a film (those of films merged into it too); how many went. */
export async function removeReaderRatingsOfFilm(
  db: Kysely<Database>,
  readerId: string,
  filmId: string,
): Promise<number> {
  const result = await db
    .deleteFrom("reader_ratings")
    .where("reader_id", "=", readerId)
    .where((eb) =>
      eb.or([
        eb("film_id", "=", filmId),
        eb(
          "film_id",
          "in",
          eb.selectFrom("film_redirects").select("from_id").where("to_id", "=", filmId),
        ),
      ]),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes a reader, their sessions and every rating of theirs; how many ratings went. */
export async function deleteReader(db: Kysely<Database>, readerId: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const gone = await trx
      .deleteFrom("reader_ratings")
      .where("reader_id", "=", readerId)
      .executeTakeFirst();
    await trx.deleteFrom("reader_sessions").where("reader_id", "=", readerId).execute();
    await trx.deleteFrom("review_reports").where("reader_id", "=", readerId).execute();
    await trx.deleteFrom("readers").where("id", "=", readerId).execute();
    return Number(gone.numDeletedRows);
  });
}

/** Critics' scores from their own ratings (not estimated from text) of the given films. */
export async function criticRatingsOf(
  db: Kysely<Database>,
  filmIds: readonly string[],
): Promise<CriticScore[]> {
  const scores: CriticScore[] = [];
  for (let i = 0; i < filmIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom("reviews")
      .select(["critic_id as critic", "film_id as film", "score"])
      .where("film_id", "in", filmIds.slice(i, i + CHUNK))
      .where("score_source", "=", "rating")
      .where("critic_id", "is not", null)
      .execute();
    // Rows as they come: critic and film are not null here, nor the score of a rated review.
    for (const row of rows as CriticScore[]) scores.push(row);
  }
  return scores;
}

/** Films the given critics rated, `limit` at most. */
export async function filmsRatedBy(
  db: Kysely<Database>,
  criticIds: readonly string[],
  limit: number,
): Promise<string[]> {
  if (criticIds.length === 0) return [];
  const rows = await db
    .selectFrom("reviews")
    .select("film_id")
    .distinct()
    .where("critic_id", "in", [...criticIds])
    .where("score_source", "=", "rating")
    .where("film_id", "is not", null)
    .limit(limit)
    .execute();
  return rows.map((r) => r.film_id as string);
}

/** The critics' ratings as taste reads them, straight from the database (per call). */
export function databaseCriticRatings(db: Kysely<Database>): CriticRatings {
  return {
    scoresOf: (films) => criticRatingsOf(db, films),
    filmsOf: (critics, limit) => filmsRatedBy(db, critics, limit),
  };
}

/** Rows read a statement at a time when reading every critic's rating. */
const EVERY_RATING_PAGE = 50_000;

/**
 * Every critic's own rating of a film (not estimated from text), a page at a time in the
 * order of the reviews' ids (the primary key: no sort, no scan held open).
 */
export async function* everyCriticRating(db: Kysely<Database>): AsyncGenerator<CriticScore[]> {
  let after = "";
  for (;;) {
    const rows = await db
      .selectFrom("reviews")
      .select(["id", "critic_id", "film_id", "score", "score_source"])
      .where("id", ">", after)
      .orderBy("id")
      .limit(EVERY_RATING_PAGE)
      .execute();
    const scores: CriticScore[] = [];
    for (const r of rows)
      if (r.score_source === "rating" && r.critic_id && r.film_id && r.score !== null)
        scores.push({ critic: r.critic_id, film: r.film_id, score: Number(r.score) });
    yield scores;
    if (rows.length < EVERY_RATING_PAGE) return;
    after = (rows[rows.length - 1] as { id: string }).id;
  }
}

/** Critics' names by id. */
export async function criticNames(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (let i = 0; i < ids.length; i += CHUNK)
    for (const r of await db
      .selectFrom("critics")
      .select(["id", "name"])
      .where("id", "in", ids.slice(i, i + CHUNK))
      .execute())
      names.set(r.id, r.name);
  return names;
}
