import { type Kysely, sql } from "kysely";
import { type AggregateFigures, aggregateFigures } from "../domain/aggregate.js";
import { sumsOf } from "./aggregates.repository.js";
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
  filmId: string;
  filmTitle: string;
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
    .select([
      "films.id as filmId",
      "films.title as filmTitle",
      "reviews.score",
      sql<number>`(a.score_sum - reviews.score) / (a.score_count - 1)`.as("consensus"),
    ])
    .where(column, "=", id)
    .where("reviews.score", "is not", null)
    .where("a.score_count", ">=", 2)
    .orderBy("reviews.created_at", "desc")
    .orderBy("reviews.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    filmId: r.filmId,
    filmTitle: r.filmTitle,
    score: Number(r.score),
    consensus: Number(r.consensus),
  }));
}

/** Critics and outlets whose names contain the query (case aside), most reviews first. */
export async function searchSources(
  db: Kysely<Database>,
  query: string,
  limit = 10,
): Promise<Array<{ kind: SourceKind; id: string; name: string; reviewCount: number }>> {
  const like = `%${query
    .trim()
    .toLowerCase()
    .replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  if (like === "%%") return [];
  // One query for both kinds: the same shape over critics and outlets.
  const { rows } = await sql<{ kind: SourceKind; id: string; name: string; n: number | string }>`
    select 'critic' as kind, c.id, c.name, a.review_count as n
    from critics c join critic_aggregates a on a.critic_id = c.id
    where lower(c.name) like ${like} escape '\\'
    union all
    select 'outlet' as kind, o.id, o.name, a.review_count as n
    from outlets o join outlet_aggregates a on a.outlet_id = o.id
    where lower(o.name) like ${like} escape '\\'
    order by n desc, id
    limit ${limit}`.execute(db);
  return rows.map((r) => ({ kind: r.kind, id: r.id, name: r.name, reviewCount: Number(r.n) }));
}
