import { type Kysely, sql } from "kysely";
import { groupBy } from "../domain/group-by.js";
import type { Store } from "./db.js";
import { applyOutletThresholds, learnSourceThresholds } from "./fresh-thresholds.repository.js";
import type { Database } from "./schema.js";

/** Reviews a source needs before its leniency leans on its own offsets more than on zero. */
export const LENIENCY_PRIOR_REVIEWS = 10;

export type SourceKind = "critic" | "outlet";

export interface SourceStats {
  scoredCount: number;
  leniency: number | null;
  agreement: number | null;
  scale: string | null;
  /** The lowest score that counts as fresh, learned from its texts; null: the default 60. */
  freshThreshold: number | null;
}

const CHUNK = 500;

/**
 * Recomputes critics' or outlets' standing against consensus — leniency (mean offset from
 * each film's consensus, the review itself left out of it, shrunk toward 0), agreement with
 * each film's majority verdict, the scale used most, and the learned fresh threshold — for
 * the given ids, after their reviews (or their films) change. An outlet's threshold is applied
 * first: its rated reviews take the verdict it gives. Never per request.
 */
export async function refreshSourceStats(
  store: Store,
  kind: SourceKind,
  ids: readonly string[],
): Promise<void> {
  const column = sql.ref(kind === "critic" ? "r.critic_id" : "r.outlet_id");
  const table = kind === "critic" ? "critic_stats" : "outlet_stats";
  const now = new Date().toISOString();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const inChunk = sql.join(chunk);
    const thresholds = await learnSourceThresholds(store, kind, chunk);
    if (kind === "outlet") await applyOutletThresholds(store, thresholds);
    const lean = await sql<{ id: string; n: number | string; lean: number | string | null }>`
      select ${column} as id, count(*) as n,
             avg(r.score - (fa.score_sum - r.score) / (fa.score_count - 1)) as lean
      from reviews r join film_aggregates fa on fa.film_id = r.film_id
      where ${column} in (${inChunk}) and r.score is not null and fa.score_count >= 2
      group by ${column}`.execute(store.db);
    const agree = await sql<{ id: string; n: number | string; agree: number | string }>`
      select ${column} as id, count(*) as n,
             sum(case when (r.verdict = 'positive') =
                   ((fa.positive_count - case when r.verdict = 'positive' then 1 else 0 end) * 2 >= fa.verdict_count - 1)
                 then 1 else 0 end) as agree
      from reviews r join film_aggregates fa on fa.film_id = r.film_id
      where ${column} in (${inChunk}) and r.verdict is not null and fa.verdict_count >= 2
      group by ${column}`.execute(store.db);
    const scales = await sql<{ id: string; kind: string; max: number | null; n: number | string }>`
      select ${column} as id, r.rating_kind as kind, r.rating_max as max, count(*) as n
      from reviews r
      where ${column} in (${inChunk}) and r.rating_kind is not null
        and r.rating_kind not in ('unrecognized', 'empty')
      group by ${column}, r.rating_kind, r.rating_max`.execute(store.db);

    const leanOf = new Map(lean.rows.map((r) => [r.id, r]));
    const agreeOf = new Map(agree.rows.map((r) => [r.id, r]));
    const scalesOf = groupBy(scales.rows, (r) => r.id);
    const rows = chunk.map((id) => {
      const l = leanOf.get(id);
      const a = agreeOf.get(id);
      const n = Number(l?.n ?? 0);
      const raw = l?.lean === null || l?.lean === undefined ? null : Number(l.lean);
      const usage = (scalesOf.get(id) ?? []).sort((x, y) => Number(y.n) - Number(x.n))[0];
      return {
        id,
        scored_count: n,
        leniency:
          raw === null ? null : Math.round((raw * n * 10) / (n + LENIENCY_PRIOR_REVIEWS)) / 10,
        agreement:
          a && Number(a.n) > 0 ? Math.round((1000 * Number(a.agree)) / Number(a.n)) / 1000 : null,
        scale: usage ? describeScale(usage.kind, usage.max) : null,
        fresh_threshold: thresholds.get(id) ?? null,
        updated_at: now,
      };
    });
    await store.db
      .insertInto(table)
      .values(rows)
      .onConflict((oc) =>
        oc.column("id").doUpdateSet((eb) => ({
          scored_count: eb.ref("excluded.scored_count"),
          leniency: eb.ref("excluded.leniency"),
          agreement: eb.ref("excluded.agreement"),
          scale: eb.ref("excluded.scale"),
          fresh_threshold: eb.ref("excluded.fresh_threshold"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }
}

/** When critics' or outlets' standing last changed: what a list of them is kept by. */
export async function sourceStatsStamp(db: Kysely<Database>, kind: SourceKind): Promise<string> {
  const row = await db
    .selectFrom(kind === "critic" ? "critic_stats" : "outlet_stats")
    .select((eb) => eb.fn.max("updated_at").as("at"))
    .executeTakeFirst();
  return String(row?.at ?? "");
}

/** A source's stats, or null before any were computed. */
export async function sourceStats(
  store: Store,
  kind: SourceKind,
  id: string,
): Promise<SourceStats | null> {
  const row = await store.db
    .selectFrom(kind === "critic" ? "critic_stats" : "outlet_stats")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    scoredCount: Number(row.scored_count),
    leniency: row.leniency === null ? null : Number(row.leniency),
    agreement: row.agreement === null ? null : Number(row.agreement),
    scale: row.scale,
    freshThreshold: row.fresh_threshold === null ? null : Number(row.fresh_threshold),
  };
}

function describeScale(kind: string, max: number | null): string {
  if (kind === "letter") return "letter grades";
  if (kind === "percent") return "percentages";
  if (kind === "verdict") return "verdict words";
  if (kind === "symmetric") return `a symmetric scale up to ${max}`;
  if (max === null) return kind;
  return kind === "stars" ? `stars out of ${max}` : `x/${max}`;
}
