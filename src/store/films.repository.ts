import { type Kysely, sql } from "kysely";
import {
  type AggregateFigures,
  aggregateFigures,
  BADGE_RULE,
  BAYESIAN_PRIOR_REVIEWS,
  type Band,
  earnsBadge,
  type TopCriticFigures,
  topCriticFigures,
} from "../domain/aggregate.js";
import { LIKED_PERCENT } from "../domain/consensus.js";
import { titleKey } from "../domain/film.js";
import type { SourceFacts } from "../domain/film-facts.js";
import { misspellsName, nameKey, trigramSimilarity, trigrams } from "../domain/name-search.js";
import { splitTitleYear } from "../domain/title-forms.js";
import type { FilmTitle } from "../domain/title-search.js";
import { sumsOf } from "./aggregates.repository.js";
import { arrival } from "./arrival.js";
import type { Store } from "./db.js";
import { literalLimit } from "./literal-limit.js";
import type { Database } from "./schema.js";

/** A film with its published figures, as `cinemeter films` and the API list it. */
export interface FilmSummary extends AggregateFigures {
  id: string;
  title: string;
  year: number | null;
  imdbId: string | null;
  provisional: boolean;
  /** false: no title is known, and `title` describes the film ("A 2007 film by …"). */
  titled: boolean;
  /** The year is a guess from the reviews' dates ("2023?"). */
  yearInferred: boolean;
  /** The same figures over top critics' reviews only (no histogram: none is kept for them). */
  topCritics: TopCriticFigures;
  /** Whether the film earns the badge, and the published rule that decides it. */
  badge: { earned: boolean; rule: string };
  /**
   * Its verdicts read rather than given (from the text, a rating critics split on, an outlet's
   * own line): how many, and how many of them are likely wrong (the sum of their doubts,
   * 1 − confidence each, to one decimal).
   */
  readVerdicts: { count: number; likelyWrong: number };
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
    histogram: Array(10).fill(0), // not kept for top critics, and not published
  };
  return {
    id: row.id,
    title: row.title,
    year: row.year,
    imdbId: row.imdb_id,
    provisional: Number(row.provisional) === 1,
    titled: row.title_source !== null || Number(row.provisional) === 0,
    yearInferred: Number(row.year_inferred) === 1,
    ...aggregateFigures(all, siteMean),
    topCritics: topCriticFigures(top, siteMean),
    badge: { earned: earnsBadge(all, top), rule: BADGE_RULE.text },
    readVerdicts: {
      count: Number(row.read_verdict_count ?? 0),
      // (Never below 0: a sum taken apart again can end a hair under it.)
      likelyWrong: Math.max(0, Math.round(Number(row.read_verdict_doubt ?? 0) * 10) / 10),
    },
  };
}

/**
 * How films are ordered: `score` the shrunk mean (best first), `positive` % positive,
 * `mean` the plain mean score, `reviews` most reviewed, `recent` most recently added
 * reviews, `newest` the films' own years (newest first).
 */
export type FilmSort = "score" | "positive" | "mean" | "reviews" | "recent" | "newest";

export const FILM_SORTS: readonly FilmSort[] = [
  "score",
  "positive",
  "mean",
  "reviews",
  "newest",
  "recent",
];

/**
 * Which films a list keeps: by the film's year or decade (known, not guessed from its
 * reviews' dates), a genre, its band, the badge.
 */
export interface FilmFilters {
  year?: number;
  /** The decade's first year: 1990 for the 1990s. */
  decade?: number;
  /** A catalog genre, matched whole and case aside ("drama" keeps "Crime,Drama"). */
  genre?: string;
  /** The band of the film's mean score. */
  band?: Band;
  /** Only films that earn the badge. */
  badge?: boolean;
  /** Only films most critics liked: at least LIKED_PERCENT% of their verdicts positive. */
  liked?: boolean;
}

/** Each band's range of mean scores, [lowest, below]: as `band()` in domain/aggregate.ts draws them. */
const BAND_RANGES: Record<Band, [number, number]> = {
  acclaim: [81, 1000],
  favorable: [61, 81],
  mixed: [40, 61],
  unfavorable: [20, 40],
  dislike: [-1000, 20],
};

/** The latest year of a film with at least `minReviews` reviews, or null when none has one. */
export async function latestFilmYear(
  db: Kysely<Database>,
  minReviews: number,
): Promise<number | null> {
  const row = await db
    .selectFrom("films")
    .innerJoin("film_aggregates as a", "a.film_id", "films.id")
    .select((eb) => eb.fn.max("films.year").as("year"))
    .where("a.review_count", ">=", minReviews)
    .where("films.year_inferred", "=", 0)
    .executeTakeFirst();
  return row?.year === null || row?.year === undefined ? null : Number(row.year);
}

/**
 * A fingerprint of the whole site's state — its review sums, how many films it has, its
 * analysis revision and how many corrections it has had — that changes when reviews are
 * added, deleted or read again, when films are merged or imported, and with every correction
 * (a film renamed, reviews moved, an undo): what a memo of site-wide lists is keyed by.
 */
export async function siteFingerprint(db: Kysely<Database>): Promise<string> {
  // One statement: every request of a memoized page or search asks.
  const { rows } = await sql<Record<string, unknown>>`select
    s.review_count, s.verdict_count, s.positive_count, s.score_sum, s.analysis_revision,
    (select films from film_count where id = 1) as films,
    (select revision from site_edits where id = 1) as edits
    from (select 1 as one) x left join site_aggregates s on true`.execute(db);
  const row = rows[0];
  return [
    row?.review_count,
    row?.verdict_count,
    row?.positive_count,
    row?.score_sum,
    row?.films,
    row?.analysis_revision,
    row?.edits,
  ]
    .map((v) => (v === null || v === undefined ? "" : String(v)))
    .join("|");
}

/** Films with their running sums (nulls for a film no review counts towards yet). */
function filmsWithFigures(db: Kysely<Database>) {
  return db
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
      "films.genres",
      "films.title_source",
      "films.year_inferred",
    ]);
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
 * Films with reviews, with their figures, best first by `sort` (ties: most reviewed, then
 * id); with `minReviews`, only films with at least that many reviews, and only those
 * `filters` keep.
 */
export async function listFilms(
  db: Kysely<Database>,
  {
    sort = "score",
    limit = 50,
    offset = 0,
    minReviews = 1,
    filters = {},
  }: {
    sort?: FilmSort;
    limit?: number;
    offset?: number;
    minReviews?: number;
    filters?: FilmFilters;
  } = {},
): Promise<FilmSummary[]> {
  const siteMean = await siteMeanScore(db);
  const m = BAYESIAN_PRIOR_REVIEWS;
  let query = filmsWithFigures(db).where("a.review_count", ">=", Math.max(1, minReviews));
  // A year guessed from the reviews' dates ("2023?") does not place a film in a year.
  if (filters.year !== undefined || filters.decade !== undefined)
    query = query.where("films.year_inferred", "=", 0);
  if (filters.year !== undefined) query = query.where("films.year", "=", filters.year);
  if (filters.decade !== undefined)
    query = query
      .where("films.year", ">=", filters.decade)
      .where("films.year", "<=", filters.decade + 9);
  if (filters.genre) {
    // Genres are stored comma-separated ("Crime,Drama", or "Crime, Drama" from some sources).
    const genre = `%,${filters.genre
      .trim()
      .toLowerCase()
      .replace(/[\\%_]/g, (c) => `\\${c}`)},%`;
    query = query.where(
      sql<boolean>`',' || replace(lower(films.genres), ', ', ',') || ',' like ${genre} escape '\\'`,
    );
  }
  if (filters.band) {
    const [lowest, below] = BAND_RANGES[filters.band];
    query = query
      .where("a.score_count", ">", 0)
      .where(sql<boolean>`a.score_sum >= ${lowest} * a.score_count`)
      .where(sql<boolean>`a.score_sum < ${below} * a.score_count`);
  }
  if (filters.badge) {
    query = query
      .where("a.review_count", ">=", BADGE_RULE.minReviews)
      .where("a.top_review_count", ">=", BADGE_RULE.minTopCriticReviews)
      .where("a.verdict_count", ">", 0)
      .where(
        sql<boolean>`100 * a.positive_count >= ${BADGE_RULE.minPercentPositive} * a.verdict_count`,
      );
  }
  if (filters.liked) {
    query = query
      .where("a.verdict_count", ">", 0)
      .where(sql<boolean>`100 * a.positive_count >= ${LIKED_PERCENT} * a.verdict_count`);
  }
  if (sort === "score") {
    query = query.orderBy(sql`(a.score_sum + ${m * siteMean}) / (a.score_count + ${m})`, "desc");
  } else if (sort === "positive") {
    query = query.orderBy(
      sql`case when a.verdict_count > 0 then 1.0 * a.positive_count / a.verdict_count else -1 end`,
      "desc",
    );
  } else if (sort === "mean") {
    query = query.orderBy(
      sql`case when a.score_count > 0 then 1.0 * a.score_sum / a.score_count else -1 end`,
      "desc",
    );
  } else if (sort === "newest") {
    query = query.orderBy(sql`coalesce(films.year, -1)`, "desc");
  }
  if (sort !== "recent") {
    // Most reviewed first: the order of `reviews`, and every other order's tie-break.
    query = query.orderBy("a.review_count", "desc");
  } else {
    // The newest reviews first, read down the table from its end until enough films are seen.
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

/**
 * A film's scored reviews by the score's band, as Metacritic counts them: positive 61–100,
 * mixed 40–60, negative 0–39 (read when its page is rendered, not for every request).
 */
export async function filmScoreSides(
  db: Kysely<Database>,
  id: string,
): Promise<{ positive: number; mixed: number; negative: number }> {
  const sides = await db
    .selectFrom("reviews")
    .select([
      sql<number>`sum(case when score >= 61 then 1 else 0 end)`.as("positive"),
      sql<number>`sum(case when score >= 40 and score < 61 then 1 else 0 end)`.as("mixed"),
      sql<number>`sum(case when score < 40 then 1 else 0 end)`.as("negative"),
    ])
    .where("film_id", "=", id)
    .where("score", "is not", null)
    .executeTakeFirst();
  return {
    positive: Number(sides?.positive ?? 0),
    mixed: Number(sides?.mixed ?? 0),
    negative: Number(sides?.negative ?? 0),
  };
}

/** These films with their figures (reviewed or not), in no particular order. */
export async function filmSummaries(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<FilmSummary[]> {
  const siteMean = await siteMeanScore(db);
  const films: FilmSummary[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await filmsWithFigures(db)
      .where("films.id", "in", ids.slice(i, i + 500))
      .execute();
    for (const row of rows) films.push(filmSummary(row, siteMean));
  }
  return films;
}

/** What the reviewed films can be filtered by: their genres (most films first) and decades. */
export async function filmFacets(
  db: Kysely<Database>,
): Promise<{ genres: Array<{ name: string; films: number }>; decades: number[] }> {
  const rows = await db
    .selectFrom("films")
    .innerJoin("film_aggregates as a", "a.film_id", "films.id")
    .select(["films.genres", "films.year"])
    .where("a.review_count", ">", 0)
    .execute();
  const genres = new Map<string, { name: string; films: number }>();
  const decades = new Set<number>();
  for (const row of rows) {
    if (row.year !== null) decades.add(Math.floor(Number(row.year) / 10) * 10);
    for (const raw of (row.genres ?? "").split(",")) {
      const name = raw.trim();
      if (!name) continue;
      const key = name.toLowerCase();
      const genre = genres.get(key) ?? { name, films: 0 };
      genre.films++;
      genres.set(key, genre);
    }
  }
  return {
    genres: [...genres.values()].sort((a, b) => b.films - a.films || a.name.localeCompare(b.name)),
    decades: [...decades].sort((a, b) => b - a),
  };
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
      .orderBy(arrival(db), "desc")
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

/** One film with its figures, its catalog credits, and the site mean used for them. */
export interface FilmDetail extends FilmSummary {
  genres: string[];
  /** catalog, source, reviews or admin; null when untitled. */
  titleSource: string | null;
  /** An admin fixed its title, year or entry: automatic linking leaves it. */
  pinned: boolean;
  /**
   * How many times reading its reviews again (`reviews reanalyze`) changed what they say:
   * with its figures, what a copy of its page is kept by.
   */
  analysisRevision: number;
  /** Other titles it is known by. */
  alternateTitles: string[];
  /**
   * Whether any of its newest 200 reviews names its critic or outlet. When none does, its
   * reviewers are anonymous (a dump of users' reviews, say): pages call them reviewers.
   */
  criticsNamed: boolean;
  /** What the review source says about it (directors, dates, runtime, synopsis …). */
  facts: SourceFacts | null;
  /** How it was identified: the last linking decision, with its candidates and evidence. */
  identification: unknown;
  people: Array<{ name: string; role: string; characters: string | null }>;
  /** Reviews by the month of their own dates. */
  timeline: Array<{
    month: string;
    reviewCount: number;
    percentPositive: number | null;
    meanScore: number | null;
  }>;
}

/** How many of a film's newest reviews are looked at for a critic or an outlet named. */
const CRITICS_LOOKED_FOR = 200;

/**
 * How many of a film's verdicts a rating gave that, weighed with their text, are less likely
 * right than not (confidence below ½: flagged on their cards); they count in its % positive
 * as given. (A verdict an outlet's line gives counts among those read rather than given,
 * with how likely it is wrong: readVerdicts.) Counted when asked (the film's reviews by their
 * film index): the film page asks when it renders, so a page kept while the film stands still
 * does not ask again.
 */
export async function countDoubtedRatings(db: Kysely<Database>, filmId: string): Promise<number> {
  const row = await db
    .selectFrom("reviews")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("film_id", "=", filmId)
    .where("verdict_source", "=", "rating")
    .where("confidence", "<", 0.5)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getFilm(db: Kysely<Database>, id: string): Promise<FilmDetail | null> {
  const row = await filmsWithFigures(db).where("films.id", "=", id).executeTakeFirst();
  if (!row) return null;
  // Independent reads, side by side (on PostgreSQL, on separate pooled connections).
  const [people, months, siteMean, extra, titles, named] = await Promise.all([
    db
      .selectFrom("film_people")
      .innerJoin("people", "people.id", "film_people.person_id")
      .select(["people.name", "film_people.role", "film_people.characters"])
      .where("film_people.film_id", "=", id)
      .orderBy("film_people.ordering")
      .execute(),
    db.selectFrom("film_months").selectAll().where("film_id", "=", id).orderBy("month").execute(),
    siteMeanScore(db),
    db
      .selectFrom("films")
      .select(["facts", "link", "pinned"])
      .where("id", "=", id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom("film_titles")
      .select("title")
      .where("film_id", "=", id)
      .orderBy("title")
      .limit(20)
      .execute(),
    // Among its newest reviews only: a film of a million anonymous reviews costs what one of
    // CRITICS_LOOKED_FOR does, and "reviewers" is never untrue.
    db
      .selectFrom((sub) =>
        sub
          .selectFrom("reviews")
          .select(["critic_id", "outlet_id"])
          .where("film_id", "=", id)
          .orderBy(arrival(db), "desc")
          .limit(literalLimit(CRITICS_LOOKED_FOR))
          .as("newest"),
      )
      .select("critic_id")
      .where((eb) => eb.or([eb("critic_id", "is not", null), eb("outlet_id", "is not", null)]))
      .limit(literalLimit(1))
      .executeTakeFirst(),
  ]);
  const facts = extra.facts ? (JSON.parse(extra.facts) as SourceFacts) : null;
  const genres = row.genres ? row.genres.split(",") : (facts?.genres ?? []);
  return {
    ...filmSummary(row, siteMean),
    titleSource: row.title_source,
    pinned: Number(extra.pinned) === 1,
    analysisRevision: Number(row.analysis_revision ?? 0),
    alternateTitles: titles.map((t) => t.title).filter((t) => t !== row.title),
    criticsNamed: named !== undefined,
    facts,
    identification: extra.link ? JSON.parse(extra.link) : null,
    genres,
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
 * Every title — its own and its other titles ("Le fabuleux destin d'Amélie Poulain") — of
 * every film some review is about, weighed by the film's reviews: what title search holds in
 * memory (domain/title-search), bounded by the reviews, not by the catalog.
 */
export async function reviewedFilmTitles(db: Kysely<Database>): Promise<FilmTitle[]> {
  const { rows } = await sql<{ film_id: string; title: string; title_key: string; n: unknown }>`
    select f.id as film_id, f.title, f.title_key, a.review_count as n
    from film_aggregates a join films f on f.id = a.film_id where a.review_count > 0
    union all
    select t.film_id, t.title, t.title_key, a.review_count as n
    from film_aggregates a join film_titles t on t.film_id = a.film_id where a.review_count > 0`.execute(
    db,
  );
  return rows.map((r) => ({
    filmId: r.film_id,
    name: r.title,
    key: r.title_key,
    weight: Number(r.n),
  }));
}

/**
 * How many films are in the site at all (catalog entries no review is about yet included),
 * as the triggers of 0028 keep it.
 */
export async function filmCount(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("film_count")
    .select("films")
    .where("id", "=", 1)
    .executeTakeFirst();
  return Number(row?.films ?? 0);
}

/**
 * Catalog films no review is about yet, by title, forgiving (case, accents, punctuation and
 * articles aside): those whose title or another of their titles contains the query, the one
 * titled so first; then, when those are few, titles a typo or two away ("lost in
 * tanslation": close by trigram similarity and misspelt, as reviewed films' titles are, see
 * misspellsName) — candidates from FTS5's trigram index in SQLite, pg_trgm in
 * PostgreSQL (0006), unless `misspellings` is false. Reviewed films are found in memory
 * (NameDirectories); these only when those do not fill a page.
 */
export async function searchCatalogFilms(
  store: Store,
  query: string,
  limit: number,
  misspellings = true,
): Promise<FilmSummary[]> {
  const key = titleKey(query);
  if (!key || limit <= 0) return [];
  const siteMean = await siteMeanScore(store.db);
  const unreviewed = () =>
    filmsWithFigures(store.db).where(sql<boolean>`coalesce(a.review_count, 0) = 0`);
  const pattern = `%${key.replace(/[%_]/g, "")}%`;
  // SQLite finds a title holding the words through its trigram index (0006), where a LIKE on
  // the films table read every film; PostgreSQL's LIKE uses its own (pg_trgm).
  const titled =
    store.dialect === "sqlite"
      ? sql<boolean>`films.rowid in (select rowid from films_fts where title_key like ${pattern})`
      : sql<boolean>`films.title_key like ${pattern}`;
  const contained = await unreviewed()
    .where((eb) =>
      eb.or([
        titled,
        eb(
          "films.id",
          "in",
          eb.selectFrom("film_titles").select("film_id").where("title_key", "like", pattern),
        ),
      ]),
    )
    // The film titled so first ("Up" before "21 Up"), then by title.
    .orderBy(sql`case when films.title_key = ${key} then 0 else 1 end`)
    .orderBy("films.title")
    .limit(limit)
    .execute();
  const found = contained.map((row) => filmSummary(row, siteMean));
  if (found.length >= limit || key.length < 4 || !misspellings) return found;
  const seen = new Set(found.map((f) => f.id));
  const ids = (await fuzzyCandidates(store, key)).filter((id) => !seen.has(id));
  if (ids.length === 0) return found;
  const rows = await unreviewed().where("films.id", "in", ids).execute();
  const typed = nameKey(query);
  const close = rows
    .map((row) => ({ row, similarity: trigramSimilarity(key, row.title_key) }))
    .filter((c) => c.similarity >= 0.35 && misspellsName(key, typed, c.row.title_key, c.row.title))
    .sort((x, y) => y.similarity - x.similarity || x.row.title.localeCompare(y.row.title))
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

/**
 * These films with their figures, in the order given (the reviewed before catalog entries no
 * review is about yet): a title search's answer.
 */
export async function filmSummariesOf(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<FilmSummary[]> {
  if (ids.length === 0) return [];
  // One statement, the site's mean (siteMeanScore) read with the films.
  const rows = await filmsWithFigures(db)
    .select(
      sql<
        string | null
      >`(select score_sum * 1.0 / score_count from site_aggregates where score_count > 0)`.as(
        "site_mean",
      ),
    )
    .where("films.id", "in", ids)
    .execute();
  const byId = new Map(
    rows.map((row) => [
      row.id,
      filmSummary(row, row.site_mean === null ? 60 : Number(row.site_mean)),
    ]),
  );
  const films = ids.flatMap((id) => byId.get(id) ?? []);
  return [...films.filter((f) => f.reviewCount > 0), ...films.filter((f) => f.reviewCount === 0)];
}

/**
 * The films a shown name names: "Title (Year)" or "Title" by their title key (and year), or
 * a film shown by a description ("A 2007 film by …") by that exact text; up to 20.
 */
export async function filmsNamed(
  db: Kysely<Database>,
  name: string,
): Promise<Array<{ id: string; title: string; year: number | null; provisional: boolean }>> {
  const { title, year } = splitTitleYear(name);
  const key = titleKey(title);
  let query = db.selectFrom("films").select(["id", "title", "year", "provisional"]);
  query = query.where((eb) =>
    eb.or([
      eb("title", "=", name.trim()),
      ...(key
        ? [eb.and([eb("title_key", "=", key), ...(year !== null ? [eb("year", "=", year)] : [])])]
        : []),
    ]),
  );
  const rows = await query.orderBy("provisional").orderBy("year").limit(20).execute();
  return rows.map((r) => ({ ...r, provisional: r.provisional === 1 }));
}
