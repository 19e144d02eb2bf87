import { type Kysely, sql } from "kysely";
import {
  type AggregateFigures,
  aggregateFigures,
  BADGE_RULE,
  BAYESIAN_PRIOR_REVIEWS,
  earnsBadge,
} from "../domain/aggregate.js";
import { titleKey } from "../domain/film.js";
import type { FilmHint } from "../domain/review.js";
import { errors } from "../errors.js";
import { applyContributions, CONTRIBUTION_COLUMNS, sumsOf } from "./aggregates.repository.js";
import type { Store } from "./db.js";
import { filmNamingPeople } from "./film-people-match.js";
import { stableId } from "./keys.js";
import type { Database } from "./schema.js";
import { refreshSourceStats } from "./source-stats.repository.js";

/** The film a review was linked to, and whether the review's own words took part. */
export interface ResolvedFilm {
  id: string;
  /** Several films had the title: the people the review names chose among them. */
  ambiguous: boolean;
}

/**
 * The film a hint names: by IMDb id, else by the source's own id, else by title (and year
 * within one) — when several films have the title, the one whose director or cast the
 * review's `text` names, else a catalog film before a provisional one. A film none of these
 * finds is created, provisional until the catalog knows it.
 */
export async function resolveFilm(
  db: Kysely<Database>,
  hint: FilmHint,
  now: string,
  text = "",
): Promise<ResolvedFilm> {
  const key = hint.title ? titleKey(hint.title) : "";
  const byId = async (column: "imdb_id" | "external_id", value: string | undefined) =>
    value
      ? (await db.selectFrom("films").select("id").where(column, "=", value).executeTakeFirst())?.id
      : undefined;
  const known =
    (await byId("imdb_id", hint.imdbId)) ?? (await byId("external_id", hint.externalId));
  if (known) return { id: known, ambiguous: false };
  if (key && !hint.externalId) {
    let query = db.selectFrom("films").select(["id", "year"]).where("title_key", "=", key);
    const year = hint.year;
    if (year !== null) {
      // A film of that title whose year is unknown fits too, after those a year or less away.
      query = query
        .where((eb) =>
          eb.or([
            eb("year", "is", null),
            eb.and([eb("year", ">=", year - 1), eb("year", "<=", year + 1)]),
          ]),
        )
        .orderBy(sql`case when year is null then 1 else 0 end`);
    }
    const byTitle = await query.orderBy("provisional").orderBy("id").limit(20).execute();
    const named = await filmNamingPeople(
      db,
      byTitle.map((f) => f.id),
      text,
    );
    const ambiguous = byTitle.length > 1;
    const chosen = byTitle.find((f) => f.id === named) ?? byTitle[0];
    if (chosen) {
      // A provisional film learns its year from the first review that gives one.
      if (chosen.year === null && year !== null)
        await db
          .updateTable("films")
          .set({ year })
          .where("id", "=", chosen.id)
          .where("provisional", "=", 1)
          .execute();
      return { id: chosen.id, ambiguous };
    }
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
  return { id, ambiguous: false };
}

/** A film with its published figures, as `cinemeter films` and the API list it. */
export interface FilmSummary extends AggregateFigures {
  id: string;
  title: string;
  year: number | null;
  imdbId: string | null;
  provisional: boolean;
  /** The same figures over top critics' reviews only. */
  topCritics: AggregateFigures;
  /** Whether the film earns the badge, and the published rule that decides it. */
  badge: { earned: boolean; rule: string };
}

/** A film summary from a films row joined with its (possibly missing) aggregates row. */
// biome-ignore lint/suspicious/noExplicitAny: a joined row; missing sums read as zero.
function filmSummary(row: any, siteMean: number): FilmSummary {
  const all = sumsOf(row);
  const top = {
    reviewCount: Number(row.top_review_count ?? 0),
    verdictCount: Number(row.top_verdict_count ?? 0),
    positiveCount: Number(row.top_positive_count ?? 0),
    scoreCount: Number(row.top_score_count ?? 0),
    scoreSum: Number(row.top_score_sum ?? 0),
    histogram: Array(10).fill(0),
  };
  return {
    id: row.id,
    title: row.title,
    year: row.year,
    imdbId: row.imdb_id,
    provisional: Number(row.provisional) === 1,
    ...aggregateFigures(all, siteMean),
    topCritics: aggregateFigures(top, siteMean),
    badge: { earned: earnsBadge(all, top), rule: BADGE_RULE.text },
  };
}

export type FilmSort = "score" | "reviews" | "recent";

/** The latest year any review is dated in, or null when no review has a date. */
export async function latestReviewYear(db: Kysely<Database>): Promise<number | null> {
  const row = await db
    .selectFrom("film_months")
    .select((eb) => eb.fn.max("month").as("month"))
    .executeTakeFirst();
  const year = row?.month ? Number(String(row.month).slice(0, 4)) : Number.NaN;
  return Number.isFinite(year) ? year : null;
}

/**
 * A fingerprint of the whole site's state — its review sums and how many films it has —
 * that changes when reviews are added or deleted and when films are merged or imported:
 * what a memo of site-wide lists is keyed by.
 */
export async function siteFingerprint(db: Kysely<Database>): Promise<string> {
  const site = await db
    .selectFrom("site_aggregates")
    .select(["review_count", "verdict_count", "positive_count", "score_sum"])
    .executeTakeFirst();
  const films = await db
    .selectFrom("films")
    .select((eb) => eb.fn.countAll().as("n"))
    .executeTakeFirst();
  return [
    site?.review_count,
    site?.verdict_count,
    site?.positive_count,
    site?.score_sum,
    films?.n,
  ].join("|");
}

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

/**
 * Films with reviews, with their figures, best first by `sort`; with `reviewedIn`, only
 * films reviewed in that year (by the reviews' own dates), and with `minReviews`, only films
 * with at least that many reviews.
 */
export async function listFilms(
  db: Kysely<Database>,
  {
    sort = "score",
    limit = 50,
    offset = 0,
    reviewedIn,
    minReviews = 1,
  }: {
    sort?: FilmSort;
    limit?: number;
    offset?: number;
    reviewedIn?: number;
    minReviews?: number;
  } = {},
): Promise<FilmSummary[]> {
  const siteMean = await siteMeanScore(db);
  const m = BAYESIAN_PRIOR_REVIEWS;
  let query = db
    .selectFrom("films")
    .innerJoin("film_aggregates as a", "a.film_id", "films.id")
    .selectAll("a")
    .select(["films.id", "films.title", "films.year", "films.imdb_id", "films.provisional"])
    .where("a.review_count", ">=", Math.max(1, minReviews));
  if (reviewedIn !== undefined) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("film_months as fm")
          .select("fm.film_id")
          .whereRef("fm.film_id", "=", "films.id")
          .where("fm.month", ">=", `${reviewedIn}-01`)
          .where("fm.month", "<=", `${reviewedIn}-12`)
          .where("fm.review_count", ">", 0),
      ),
    );
  }
  if (sort === "score") {
    query = query.orderBy(sql`(a.score_sum + ${m * siteMean}) / (a.score_count + ${m})`, "desc");
  } else if (sort === "reviews") {
    query = query.orderBy("a.review_count", "desc");
  } else {
    // The newest reviews first, read down the created_at index until enough films are seen.
    const ids = (await recentFilmIds(db, offset + limit)).slice(offset);
    if (ids.length === 0) return [];
    const rows = await query.where("films.id", "in", ids).execute();
    const order = new Map(ids.map((id, i) => [id, i]));
    return rows
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
      .map((row) => filmSummary(row, siteMean));
  }
  const rows = await query.orderBy("films.id").offset(offset).limit(limit).execute();
  return rows.map((row) => filmSummary(row, siteMean));
}

/** The films of the most recently added reviews, newest first, `count` at most. */
async function recentFilmIds(db: Kysely<Database>, count: number): Promise<string[]> {
  const ids = new Set<string>();
  // Read 25 reviews a film, then ten times more, and so on: a home page needs the first batch.
  for (let limit = Math.max(200, count * 25); ; limit *= 10) {
    const rows = await db
      .selectFrom("reviews")
      .select("film_id")
      .where("film_id", "is not", null)
      .orderBy("created_at", "desc")
      .limit(limit)
      .execute();
    for (const { film_id } of rows) {
      if (film_id) ids.add(film_id);
      if (ids.size >= count) return [...ids];
    }
    if (rows.length < limit) return [...ids];
    ids.clear();
  }
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
      const titles = reviews.flatMap(({ analysis }) => {
        const title = (JSON.parse(analysis) as { film?: { title?: string } }).film?.title;
        return title ? [title] : [];
      });
      const [best, second] = titleVotes(titles);
      if (!best || best.count < 2 || best.count === second?.count) continue;
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

/**
 * Titles by how many reviews name them, most first. A short form counts for the full title
 * it begins ("Three Billboards" for "Three Billboards Outside Ebbing, Missouri"), and
 * spellings that differ only by small words ("of", "the") count as one, a possessive "'s"
 * is dropped; each group is
 * published under the spelling most of its reviews use.
 */
export function titleVotes(titles: readonly string[]): Array<{ title: string; count: number }> {
  const loose = (title: string) =>
    titleKey(title)
      .replace(/\b(?:of|the|a|an|and)\b/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const named of titles) {
    // "Call Me by Your Name's score": the possessive is the sentence's, not the title's.
    const title = named.replace(/['’]s$/u, "");
    const key = loose(title);
    if (!key) continue;
    const group = groups.get(key) ?? { count: 0, spellings: new Map<string, number>() };
    group.count++;
    group.spellings.set(title, (group.spellings.get(title) ?? 0) + 1);
    groups.set(key, group);
  }
  // Longest keys first: a short form's votes go to the longest title it begins.
  const keys = [...groups.keys()].sort((a, b) => b.length - a.length);
  for (const short of keys) {
    const full = keys.find((k) => k.length > short.length && k.startsWith(`${short} `));
    const from = groups.get(short);
    const into = full ? groups.get(full) : undefined;
    if (!from || !into) continue;
    into.count += from.count;
    groups.delete(short);
  }
  return [...groups.values()]
    .map((g) => ({
      // The spelling most reviews use, the longest on a tie.
      title:
        [...g.spellings].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? "",
      count: g.count,
    }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}

/**
 * Merges film `fromId` into `intoId`: its reviews and their running sums move over, then it
 * is gone. For a provisional film that turns out to be a catalog one, and for mistakes
 * (`cinemeter films merge`). Returns how many reviews moved.
 */
export async function mergeFilms(store: Store, fromId: string, intoId: string): Promise<number> {
  if (fromId === intoId) return 0;
  const moving = await moveReviews(store, fromId, intoId);
  // The consensus the moved reviews' critics and outlets are measured against has changed.
  const ids = (column: "critic_id" | "outlet_id") => [
    ...new Set(moving.flatMap((r) => (r[column] ? [r[column]] : []))),
  ];
  await refreshSourceStats(store, "critic", ids("critic_id"));
  await refreshSourceStats(store, "outlet", ids("outlet_id"));
  return moving.length;
}

async function moveReviews(store: Store, fromId: string, intoId: string) {
  return store.db.transaction().execute(async (trx) => {
    const into = await trx
      .selectFrom("films")
      .select("id")
      .where("id", "=", intoId)
      .executeTakeFirst();
    if (!into) throw errors.notFound(`film ${intoId}`);
    // Take the reviews' contributions out of the old film, move them, put them into the new one.
    const moving = await trx
      .selectFrom("reviews")
      .select([...CONTRIBUTION_COLUMNS])
      .where("film_id", "=", fromId)
      .execute();
    await applyContributions(trx, moving, -1);
    for (const table of ["reviews", "review_aspects"] as const) {
      await trx.updateTable(table).set({ film_id: intoId }).where("film_id", "=", fromId).execute();
    }
    await applyContributions(
      trx,
      moving.map((r) => ({ ...r, film_id: intoId })),
      1,
    );
    for (const table of ["film_aggregates", "film_months", "film_people"] as const) {
      await trx.deleteFrom(table).where("film_id", "=", fromId).execute();
    }
    await trx.deleteFrom("films").where("id", "=", fromId).execute();
    return moving;
  });
}

/**
 * Merges each provisional film into the catalog film with the same title (articles,
 * accents, punctuation aside) whose year is within one of its own: the only one that fits,
 * or among several, the one whose director or cast its reviews name. Returns how many films
 * were merged.
 */
export async function linkProvisionalFilms(store: Store): Promise<number> {
  const provisional = await store.db
    .selectFrom("films")
    .select(["id", "title_key", "year"])
    .where("provisional", "=", 1)
    .where("title_key", "!=", "")
    .execute();
  let merged = 0;
  for (const film of provisional) {
    let query = store.db
      .selectFrom("films")
      .select("id")
      .where("provisional", "=", 0)
      .where("title_key", "=", film.title_key);
    if (film.year !== null)
      query = query.where("year", ">=", film.year - 1).where("year", "<=", film.year + 1);
    const candidates = await query.limit(20).execute();
    const into =
      candidates.length === 1
        ? candidates[0]?.id
        : await filmNamingPeople(
            store.db,
            candidates.map((c) => c.id),
            await reviewTexts(store.db, film.id),
          );
    if (!into) continue;
    await mergeFilms(store, film.id, into);
    merged++;
  }
  return merged;
}

/** One film with its figures, its catalog credits, and the site mean used for them. */
export interface FilmDetail extends FilmSummary {
  genres: string[];
  people: Array<{ name: string; role: string; characters: string | null }>;
  /** Reviews by the month of their own dates. */
  timeline: Array<{
    month: string;
    reviewCount: number;
    percentPositive: number | null;
    meanScore: number | null;
  }>;
}

export async function getFilm(db: Kysely<Database>, id: string): Promise<FilmDetail | null> {
  const row = await db
    .selectFrom("films")
    .leftJoin("film_aggregates as a", "a.film_id", "films.id")
    .selectAll("a")
    .select([
      "films.id",
      "films.title",
      "films.year",
      "films.imdb_id",
      "films.provisional",
      "films.genres",
    ])
    .where("films.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  // Independent reads, side by side (on PostgreSQL, on separate pooled connections).
  const [people, months, siteMean] = await Promise.all([
    db
      .selectFrom("film_people")
      .innerJoin("people", "people.id", "film_people.person_id")
      .select(["people.name", "film_people.role", "film_people.characters"])
      .where("film_people.film_id", "=", id)
      .orderBy("film_people.ordering")
      .execute(),
    db.selectFrom("film_months").selectAll().where("film_id", "=", id).orderBy("month").execute(),
    siteMeanScore(db),
  ]);
  return {
    ...filmSummary(row, siteMean),
    genres: row.genres ? row.genres.split(",") : [],
    people,
    timeline: months
      .filter((m) => Number(m.review_count) > 0)
      .map((m) => ({
        month: m.month,
        reviewCount: Number(m.review_count),
        percentPositive:
          Number(m.verdict_count) > 0
            ? Math.round((1000 * Number(m.positive_count)) / Number(m.verdict_count)) / 10
            : null,
        meanScore:
          Number(m.score_count) > 0
            ? Math.round((10 * Number(m.score_sum)) / Number(m.score_count)) / 10
            : null,
      })),
  };
}

/**
 * Films by title, forgiving: first those whose title contains the query (case, accents,
 * punctuation and articles aside), most reviewed first; then, when those are few, titles a
 * typo or two away ("lost in tanslation"), by trigram similarity — FTS5's trigram index in
 * SQLite, pg_trgm in PostgreSQL.
 */
export async function searchFilms(store: Store, query: string, limit = 20): Promise<FilmSummary[]> {
  const key = titleKey(query);
  if (!key) return [];
  const siteMean = await siteMeanScore(store.db);
  const select = () =>
    store.db
      .selectFrom("films")
      .leftJoin("film_aggregates as a", "a.film_id", "films.id")
      .selectAll("a")
      .select([
        "films.id",
        "films.title",
        "films.title_key",
        "films.year",
        "films.imdb_id",
        "films.provisional",
      ]);
  const contained = await select()
    .where("films.title_key", "like", `%${key.replace(/[%_]/g, "")}%`)
    .orderBy(sql`coalesce(a.review_count, 0)`, "desc")
    .orderBy("films.title")
    .limit(limit)
    .execute();
  const found = contained.map((row) => filmSummary(row, siteMean));
  if (found.length >= limit || key.length < 4) return found;

  const candidates = await fuzzyCandidates(store, key);
  const seen = new Set(found.map((f) => f.id));
  const ids = candidates.filter((id) => !seen.has(id));
  if (ids.length === 0) return found;
  const rows = await select().where("films.id", "in", ids).execute();
  const close = rows
    .map((row) => ({ row, similarity: trigramSimilarity(key, row.title_key) }))
    .filter((c) => c.similarity >= 0.35)
    .sort(
      (x, y) =>
        y.similarity - x.similarity ||
        Number(y.row.review_count ?? 0) - Number(x.row.review_count ?? 0),
    )
    .slice(0, limit - found.length);
  return [...found, ...close.map((c) => filmSummary(c.row, siteMean))];
}

/** Up to 100 films sharing the most trigrams with a title key, from the dialect's index. */
async function fuzzyCandidates(store: Store, key: string): Promise<string[]> {
  if (store.dialect === "sqlite") {
    const grams = [...trigrams(key)].map((g) => `"${g}"`).join(" OR ");
    const result = await sql<{ id: string }>`
      select films.id from films_fts join films on films.rowid = films_fts.rowid
      where films_fts match ${grams} order by rank limit 100`.execute(store.db);
    return result.rows.map((r) => r.id);
  }
  try {
    const result = await sql<{ id: string }>`
      select id from films where title_key operator(public.%) ${key}
      order by public.similarity(title_key, ${key}) desc limit 100`.execute(store.db);
    return result.rows.map((r) => r.id);
  } catch {
    return []; // no pg_trgm: substring matches only
  }
}

function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Shared trigrams over all trigrams (Jaccard), as pg_trgm measures similarity. */
export function trigramSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared || 1);
}

/** A film's review texts (the first 50), joined, for matching the people they name. */
async function reviewTexts(db: Kysely<Database>, filmId: string): Promise<string> {
  const rows = await db
    .selectFrom("reviews")
    .select("text")
    .where("film_id", "=", filmId)
    .orderBy("id")
    .limit(50)
    .execute();
  return rows.map((r) => r.text).join("\n");
}
