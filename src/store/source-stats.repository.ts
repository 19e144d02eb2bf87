import { type Kysely, sql } from "kysely";
import type { FreshLine, ThresholdLevel } from "../domain/fresh-threshold.js";
import { groupBy } from "../domain/group-by.js";
import type { Store } from "./db.js";
import { applyOutletThresholds, learnSourceThresholds } from "./fresh-thresholds.repository.js";
import type { Database } from "./schema.js";
import { correctDueStanding, writeStanding } from "./standing.repository.js";

export type SourceKind = "critic" | "outlet";

export interface SourceStats {
  scoredCount: number;
  leniency: number | null;
  agreement: number | null;
  scale: string | null;
  /** The lowest score that counts as fresh, learned from its texts; null: the default 60. */
  freshThreshold: number | null;
  /** The stated verdicts `freshThreshold` was learned from, by score (empty without one). */
  freshLevels: ThresholdLevel[];
}

const CHUNK = 500;

/**
 * Reviews of due films a refresh reads at most to correct other sources' standing (see
 * correctDueStanding): a change of a few reviews does not pay for re-reading every big film
 * it touched; what is left waits for the next refresh.
 */
export const STANDING_BUDGET = 2_000;

/**
 * The budget for a change of `reviews` reviews (stored, moved or removed): five times that,
 * at least STANDING_BUDGET — what the change costs itself, give or take, never the database.
 */
export const standingBudgetFor = (reviews: number) => Math.max(STANDING_BUDGET, 5 * reviews);

/**
 * Brings critics' and outlets' standing up to date after their reviews (or their films)
 * changed: each outlet's learned fresh threshold first (its rated reviews take the verdict it
 * gives), the scale each uses most, then — once for the whole change — the films whose
 * figures moved measured again (the longest waiting, within `standingBudget` of their
 * reviews: see correctDueStanding), so every source of those films, not only these, stands as
 * its films now say, and last these sources' leniency and agreement from their running sums
 * (standing v3). Never per request. Returns the reviews whose outlet's line moved under them,
 * for the caller to read again (reanalyze-reviews.ts, readAgainWhereLinesMoved).
 */
export async function refreshStanding(
  store: Store,
  sources: { critics: readonly string[]; outlets: readonly string[] },
  standingBudget = STANDING_BUDGET,
): Promise<string[]> {
  await refreshScales(store, "critic", sources.critics);
  const reread = await refreshScales(store, "outlet", sources.outlets);
  await correctDueStanding(store, standingBudget);
  await writeStanding(store, "critic", sources.critics);
  await writeStanding(store, "outlet", sources.outlets);
  return reread;
}

/**
 * Sources' learned fresh thresholds (an outlet's applied to its rated reviews) and the scale
 * each uses most. Returns the reviews to read again now that their outlet's line moved
 * (applyOutletThresholds).
 */
async function refreshScales(
  store: Store,
  kind: SourceKind,
  ids: readonly string[],
): Promise<string[]> {
  const reread: string[] = [];
  const column = sql.ref(kind === "critic" ? "r.critic_id" : "r.outlet_id");
  const table = kind === "critic" ? "critic_stats" : "outlet_stats";
  const now = new Date().toISOString();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const thresholds = await learnSourceThresholds(store, kind, chunk);
    if (kind === "outlet") {
      const moved = await outletsWhoseLineMoved(store, thresholds);
      reread.push(...(await applyOutletThresholds(store, thresholds, moved)).reread);
    }
    const scales = await sql<{ id: string; kind: string; max: number | null; n: number | string }>`
      select ${column} as id, r.rating_kind as kind, r.rating_max as max, count(*) as n
      from reviews r
      where ${column} in (${sql.join(chunk)}) and r.rating_kind is not null
        and r.rating_kind not in ('unrecognized', 'empty')
      group by ${column}, r.rating_kind, r.rating_max`.execute(store.db);
    const scalesOf = groupBy(scales.rows, (r) => r.id);
    const rows = chunk.map((id) => {
      const usage = (scalesOf.get(id) ?? []).sort((x, y) => Number(y.n) - Number(x.n))[0];
      const line = thresholds.get(id) ?? null;
      return {
        id,
        scored_count: 0,
        scale: usage ? describeScale(usage.kind, usage.max) : null,
        fresh_threshold: line?.threshold ?? null,
        // The stated verdicts the line was learned from: how sure a verdict it gives is.
        fresh_levels: levelsKept(line),
        updated_at: now,
      };
    });
    await store.db
      .insertInto(table)
      .values(rows)
      .onConflict((oc) =>
        oc.column("id").doUpdateSet((eb) => ({
          scale: eb.ref("excluded.scale"),
          fresh_threshold: eb.ref("excluded.fresh_threshold"),
          fresh_levels: eb.ref("excluded.fresh_levels"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }
  return reread;
}

/** The outlets whose learned line is not the one stored (threshold or verdicts). */
async function outletsWhoseLineMoved(
  store: Store,
  lines: ReadonlyMap<string, FreshLine | null>,
): Promise<Set<string>> {
  const stored = await store.db
    .selectFrom("outlet_stats")
    .select(["id", "fresh_threshold", "fresh_levels"])
    .where("id", "in", [...lines.keys()])
    .execute();
  const was = new Map(stored.map((r) => [r.id, r]));
  return new Set(
    [...lines].flatMap(([id, line]) => {
      const before = was.get(id);
      const same =
        (before?.fresh_threshold ?? null) === (line?.threshold ?? null) &&
        (before?.fresh_levels ?? null) === levelsKept(line);
      return same ? [] : [id];
    }),
  );
}

/** A line's stated verdicts as `fresh_levels` keeps them (null without a line). */
const levelsKept = (line: FreshLine | null): string | null =>
  line ? JSON.stringify(line.levels) : null;

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
    freshLevels: row.fresh_levels ? (JSON.parse(row.fresh_levels) as ThresholdLevel[]) : [],
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
