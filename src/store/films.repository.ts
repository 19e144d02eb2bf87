import { type Kysely, sql } from "kysely";
import {
  type AggregateFigures,
  aggregateFigures,
  BAYESIAN_PRIOR_REVIEWS,
} from "../domain/aggregate.js";
import { titleKey } from "../domain/film.js";
import type { FilmHint } from "../domain/review.js";
import { sumsOf } from "./aggregates.repository.js";
import { stableId } from "./keys.js";
import type { Database } from "./schema.js";

/**
 * The film a hint names: by IMDb id, else by the source's own id, else by title (and year
 * within one); a film none of these finds is created, provisional until the catalog knows it.
 */
export async function resolveFilm(
  db: Kysely<Database>,
  hint: FilmHint,
  now: string,
): Promise<string> {
  const key = hint.title ? titleKey(hint.title) : "";
  if (hint.imdbId) {
    const byImdb = await db
      .selectFrom("films")
      .select("id")
      .where("imdb_id", "=", hint.imdbId)
      .executeTakeFirst();
    if (byImdb) return byImdb.id;
  }
  if (hint.externalId) {
    const byExternal = await db
      .selectFrom("films")
      .select("id")
      .where("external_id", "=", hint.externalId)
      .executeTakeFirst();
    if (byExternal) return byExternal.id;
  }
  if (key && !hint.externalId) {
    let query = db.selectFrom("films").select("id").where("title_key", "=", key);
    if (hint.year !== null)
      query = query.where("year", ">=", hint.year - 1).where("year", "<=", hint.year + 1);
    const byTitle = await query.orderBy("provisional").orderBy("id").executeTakeFirst();
    if (byTitle) return byTitle.id;
  }
  const id = stableId("f", hint.imdbId ?? hint.externalId ?? `${key}|${hint.year ?? ""}`);
  await db
    .insertInto("films")
    .values({
      id,
      title: hint.title || `Untitled (${hint.externalId ?? hint.imdbId ?? "unknown"})`,
      title_key: key,
      year: hint.year,
      imdb_id: hint.imdbId ?? null,
      external_id: hint.externalId ?? null,
      provisional: 1,
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return id;
}

/** A film with its published figures, as `cinemeter films` and the API list it. */
export interface FilmSummary extends AggregateFigures {
  id: string;
  title: string;
  year: number | null;
  imdbId: string | null;
  provisional: boolean;
}

export type FilmSort = "score" | "reviews" | "recent";

/** The mean of every scored review (C in the Bayesian score), or 60 on an empty site. */
export async function siteMeanScore(db: Kysely<Database>): Promise<number> {
  const site = await db
    .selectFrom("site_aggregates")
    .select(["score_sum", "score_count"])
    .executeTakeFirst();
  return site && Number(site.score_count) > 0
    ? Number(site.score_sum) / Number(site.score_count)
    : 60;
}

/** Films with reviews, with their figures, best first by `sort`. */
export async function listFilms(
  db: Kysely<Database>,
  { sort = "score", limit = 50 }: { sort?: FilmSort; limit?: number } = {},
): Promise<FilmSummary[]> {
  const siteMean = await siteMeanScore(db);
  const m = BAYESIAN_PRIOR_REVIEWS;
  let query = db
    .selectFrom("films")
    .innerJoin("film_aggregates as a", "a.film_id", "films.id")
    .selectAll("a")
    .select(["films.id", "films.title", "films.year", "films.imdb_id", "films.provisional"])
    .where("a.review_count", ">", 0);
  if (sort === "score") {
    query = query.orderBy(sql`(a.score_sum + ${m * siteMean}) / (a.score_count + ${m})`, "desc");
  } else if (sort === "reviews") {
    query = query.orderBy("a.review_count", "desc");
  } else {
    query = query.orderBy(
      (eb) =>
        eb
          .selectFrom("reviews")
          .select((r) => r.fn.max("reviews.created_at").as("latest"))
          .whereRef("reviews.film_id", "=", "films.id"),
      "desc",
    );
  }
  const rows = await query.orderBy("films.id").limit(limit).execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    year: row.year,
    imdbId: row.imdb_id,
    provisional: Number(row.provisional) === 1,
    ...aggregateFigures(sumsOf(row), siteMean),
  }));
}

/**
 * Gives provisional films known only by a source's id ("rt:3") the title their reviews
 * name most often (each review's detected film title, two reviews at least), so that
 * "Untitled (rt:3)" becomes "Cosmopolis". Returns how many films got a title.
 */
export async function titleUntitledFilms(
  db: Kysely<Database>,
  filmIds: readonly string[],
): Promise<number> {
  let titled = 0;
  for (let i = 0; i < filmIds.length; i += 200) {
    const ids = filmIds.slice(i, i + 200);
    const untitled = await db
      .selectFrom("films")
      .select("id")
      .where("id", "in", ids)
      .where("provisional", "=", 1)
      .where("title_key", "=", "")
      .execute();
    for (const { id } of untitled) {
      const reviews = await db
        .selectFrom("reviews")
        .select("analysis")
        .where("film_id", "=", id)
        .execute();
      const votes = new Map<string, { title: string; count: number }>();
      for (const { analysis } of reviews) {
        const title = (JSON.parse(analysis) as { film?: { title?: string } }).film?.title;
        if (!title) continue;
        const key = titleKey(title);
        const vote = votes.get(key) ?? { title, count: 0 };
        vote.count++;
        votes.set(key, vote);
      }
      const best = [...votes.values()].sort(
        (a, b) => b.count - a.count || a.title.localeCompare(b.title),
      )[0];
      if (!best || best.count < 2) continue;
      await db
        .updateTable("films")
        .set({ title: best.title, title_key: titleKey(best.title) })
        .where("id", "=", id)
        .execute();
      titled++;
    }
  }
  return titled;
}
