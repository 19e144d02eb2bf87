import { type Kysely, sql } from "kysely";
import { type AggregateFigures, aggregateFigures } from "../domain/aggregate.js";
import { type Named, nameKey } from "../domain/name-search.js";
import { sumsOf } from "./aggregates.repository.js";
import { arrival } from "./arrival.js";
import type { Store } from "./db.js";
import { siteMeanScore } from "./films.repository.js";
import type { Database } from "./schema.js";
import { type SourceKind, type SourceStats, sourceStats } from "./source-stats.repository.js";

/** A critic or an outlet with its figures over all its reviews and its standing. */
export interface SourceDetail extends AggregateFigures {
  kind: SourceKind;
  id: string;
  name: string;
  topCritic: boolean;
  stats: SourceStats | null;
}

/** One critic or outlet, or null when there is none with this id. */
export async function getSource(
  store: Store,
  kind: SourceKind,
  id: string,
): Promise<SourceDetail | null> {
  const row =
    kind === "critic"
      ? await store.db
          .selectFrom("critics")
          .leftJoin("critic_aggregates as a", "a.critic_id", "critics.id")
          .selectAll("a")
          .select(["critics.id", "critics.name", "critics.top_critic"])
          .where("critics.id", "=", id)
          .executeTakeFirst()
      : await store.db
          .selectFrom("outlets")
          .leftJoin("outlet_aggregates as a", "a.outlet_id", "outlets.id")
          .selectAll("a")
          .select(["outlets.id", "outlets.name", sql<number>`0`.as("top_critic")])
          .where("outlets.id", "=", id)
          .executeTakeFirst();
  if (!row) return null;
  return {
    kind,
    id: row.id,
    name: row.name,
    topCritic: Number(row.top_critic) === 1,
    stats: await sourceStats(store, kind, id),
    ...aggregateFigures(sumsOf(row), await siteMeanScore(store.db)),
  };
}

/** A source's score on one film beside the film's consensus (the mean of the others' scores). */
export interface ScoreAgainstConsensus {
  reviewId: string;
  filmId: string;
  filmTitle: string;
  /** Where the review stands beside the source: its outlet on a critic's page, its critic on an outlet's. */
  alongside: string | null;
  score: number;
  consensus: number;
}

/**
 * A source's scored reviews of films that other reviews scored too, each with the film's
 * consensus (the other scored reviews' mean, the source's own left out): the points of its
 * leniency chart. The newest `limit` reviews.
 */
export async function scoresAgainstConsensus(
  db: Kysely<Database>,
  kind: SourceKind,
  id: string,
  limit = 300,
): Promise<ScoreAgainstConsensus[]> {
  const column = kind === "critic" ? "reviews.critic_id" : "reviews.outlet_id";
  const rows = await db
    .selectFrom("reviews")
    .innerJoin("film_aggregates as a", "a.film_id", "reviews.film_id")
    .innerJoin("films", "films.id", "reviews.film_id")
    .leftJoin("outlets", "outlets.id", "reviews.outlet_id")
    .leftJoin("critics", "critics.id", "reviews.critic_id")
    .select([
      "reviews.id as reviewId",
      "films.id as filmId",
      "films.title as filmTitle",
      (eb) => eb.ref(kind === "critic" ? "outlets.name" : "critics.name").as("alongside"),
      "reviews.score",
      sql<number>`(a.score_sum - reviews.score) / (a.score_count - 1)`.as("consensus"),
    ])
    .where(column, "=", id)
    .where("reviews.score", "is not", null)
    .where("a.score_count", ">=", 2)
    .orderBy(arrival(db), "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    reviewId: r.reviewId,
    filmId: r.filmId,
    filmTitle: r.filmTitle,
    alongside: r.alongside ?? null,
    score: Number(r.score),
    consensus: Number(r.consensus),
  }));
}

/** An outlet's critics, most reviews there first, `limit` at most, and how many it has. */
export async function outletCritics(
  db: Kysely<Database>,
  outletId: string,
  limit = 30,
): Promise<{ critics: Array<{ id: string; name: string; reviewCount: number }>; total: number }> {
  const rows = await db
    .selectFrom("reviews")
    .innerJoin("critics", "critics.id", "reviews.critic_id")
    .select(["critics.id", "critics.name", (eb) => eb.fn.countAll().as("n")])
    .where("reviews.outlet_id", "=", outletId)
    .groupBy(["critics.id", "critics.name"])
    .orderBy("n", "desc")
    .orderBy("critics.name")
    .execute();
  return {
    critics: rows
      .slice(0, limit)
      .map((r) => ({ id: r.id, name: r.name, reviewCount: Number(r.n) })),
    total: rows.length,
  };
}

/**
 * How critics and outlets are ordered: most reviews, most in agreement with each film's
 * majority, most lenient (scores above consensus) or harshest first.
 */
export type SourceSort = "reviews" | "agreement" | "lenient" | "harsh";

/** A critic or an outlet in a list: its figures and standing. */
export type SourceSummary = Omit<SourceDetail, "stats"> & {
  agreement: number | null;
  leniency: number | null;
};

/**
 * Critics or outlets with reviews, sorted (ties: most reviews, then id), optionally only
 * those of `ids` (a name search's matches). Standing (agreement, leniency) comes from the
 * stats refreshed after each import; sources without any sort after those with.
 */
export async function listSources(
  db: Kysely<Database>,
  kind: SourceKind,
  {
    sort = "reviews",
    ids = null,
    offset = 0,
    limit = 50,
  }: { sort?: SourceSort; ids?: readonly string[] | null; offset?: number; limit?: number } = {},
): Promise<SourceSummary[]> {
  const critic = kind === "critic";
  const table = critic ? "critics" : "outlets";
  const order = {
    reviews: sql`a.review_count desc`,
    agreement: sql`coalesce(s.agreement, -1) desc, a.review_count desc`,
    lenient: sql`coalesce(s.leniency, -1000) desc, a.review_count desc`,
    harsh: sql`coalesce(s.leniency, 1000) asc, a.review_count desc`,
  }[sort];
  if (ids?.length === 0) return [];
  const { rows } = await sql<Record<string, unknown>>`
    select t.id, t.name, ${critic ? sql`t.top_critic` : sql`0`} as top_critic,
           s.agreement as stat_agreement, s.leniency as stat_leniency, a.*
    from ${sql.table(table)} t
    join ${sql.table(critic ? "critic_aggregates" : "outlet_aggregates")} a
      on a.${sql.ref(critic ? "critic_id" : "outlet_id")} = t.id
    left join ${sql.table(critic ? "critic_stats" : "outlet_stats")} s on s.id = t.id
    where a.review_count > 0 ${ids ? sql`and t.id in (${sql.join(ids)})` : sql``}
    order by ${order}, t.id
    limit ${limit} offset ${offset}`.execute(db);
  const siteMean = await siteMeanScore(db);
  return rows.map((row) => ({
    kind,
    id: String(row.id),
    name: String(row.name),
    topCritic: Number(row.top_critic) === 1,
    agreement: row.stat_agreement === null ? null : Number(row.stat_agreement),
    leniency: row.stat_leniency === null ? null : Number(row.stat_leniency),
    ...aggregateFigures(sumsOf(row), siteMean),
  }));
}

/** A critic or an outlet as name search sees it. */
export interface NamedSource extends Named {
  kind: SourceKind;
  id: string;
}

/** Every critic and outlet with reviews, weighed by how many: what name search looks in. */
export async function sourcesDirectory(db: Kysely<Database>): Promise<NamedSource[]> {
  const { rows } = await sql<{ kind: SourceKind; id: string; name: string; n: number | string }>`
    select 'critic' as kind, c.id, c.name, a.review_count as n
    from critics c join critic_aggregates a on a.critic_id = c.id where a.review_count > 0
    union all
    select 'outlet' as kind, o.id, o.name, a.review_count as n
    from outlets o join outlet_aggregates a on a.outlet_id = o.id where a.review_count > 0`.execute(
    db,
  );
  return rows.map((r) => ({
    kind: r.kind,
    id: r.id,
    name: r.name,
    key: nameKey(r.name),
    weight: Number(r.n),
  }));
}
