import { type ExpressionBuilder, sql } from "kysely";
import { learnFreshThreshold, type ThresholdLevel } from "../domain/fresh-threshold.js";
import { outletKey } from "../domain/outlet.js";
import { FRESH_THRESHOLD } from "../domain/rating.js";
import type { ReviewInput } from "../domain/review.js";
import { applyContributions, CONTRIBUTION_COLUMNS } from "./aggregates.repository.js";
import type { Store } from "./db.js";
import type { Database } from "./schema.js";
import type { SourceKind } from "./source-stats.repository.js";

/**
 * Each source's learned fresh threshold (null where the data do not allow one), from its
 * reviews that carry both a rating and the critic's own verdict (see learnFreshThreshold).
 */
export async function learnSourceThresholds(
  store: Store,
  kind: SourceKind,
  ids: readonly string[],
): Promise<Map<string, number | null>> {
  const column = sql.ref(kind === "critic" ? "r.critic_id" : "r.outlet_id");
  const { rows } = await sql<{
    id: string;
    score: number | string;
    n: number | string;
    positive: number | string;
  }>`
    select ${column} as id, r.rating_score as score, count(*) as n,
           sum(case when r.stated_verdict = 'positive' then 1 else 0 end) as positive
    from reviews r
    where ${column} in (${sql.join([...ids])}) and r.rating_score is not null
      and r.stated_verdict is not null
    group by ${column}, r.rating_score`.execute(store.db);
  const levels = new Map<string, ThresholdLevel[]>(ids.map((id) => [id, []]));
  for (const row of rows) {
    levels.get(row.id)?.push({
      score: Number(row.score),
      count: Number(row.n),
      positive: Number(row.positive),
    });
  }
  return new Map([...levels].map(([id, l]) => [id, learnFreshThreshold(l)]));
}

/**
 * Gives each outlet's rated reviews without a stated verdict (nor one an admin set) the
 * verdict its threshold gives their score, moving the changed reviews' contributions in the
 * running sums in one transaction. Returns how many verdicts changed. A learned threshold
 * decides every such review, a rating on the fence too (its verdict is then the rating's);
 * without one, 60 decides all but those read on the fence (Analysis.verdictSource "fence":
 * the rating does not decide, the text did).
 */
export async function applyOutletThresholds(
  store: Store,
  thresholds: ReadonlyMap<string, number | null>,
): Promise<number> {
  // Outlets grouped by threshold, learned or not: one query per group, not one per outlet.
  const groups = new Map<string, { threshold: number; learned: boolean; outletIds: string[] }>();
  for (const [outletId, learned] of thresholds) {
    const key = learned === null ? "default" : String(learned);
    const group = groups.get(key) ?? {
      threshold: learned ?? FRESH_THRESHOLD,
      learned: learned !== null,
      outletIds: [],
    };
    group.outletIds.push(outletId);
    groups.set(key, group);
  }
  return store.db.transaction().execute(async (trx) => {
    let changed = 0;
    for (const { threshold, learned, outletIds } of groups.values()) {
      const wrongSide = (eb: ExpressionBuilder<Database, "reviews">) =>
        eb.or([
          eb.and([eb("verdict", "=", "positive"), eb("rating_score", "<", threshold)]),
          eb.and([eb("verdict", "=", "negative"), eb("rating_score", ">=", threshold)]),
        ]);
      const rows = await trx
        .selectFrom("reviews")
        .select(["id", "verdict_source", "rating_score", ...CONTRIBUTION_COLUMNS])
        .where("outlet_id", "in", outletIds)
        .where("rating_score", "is not", null)
        .where("stated_verdict", "is", null)
        // (Nor those an admin set: the admin read the review.)
        .where("admin_verdict", "is", null)
        .where((eb) =>
          learned
            ? eb.or([wrongSide(eb), eb("verdict_source", "=", "fence")])
            : eb.and([
                wrongSide(eb),
                eb.or([eb("verdict_source", "is", null), eb("verdict_source", "!=", "fence")]),
              ]),
        )
        .execute();
      if (rows.length === 0) continue;
      const reread = rows.map((r) => ({
        ...r,
        verdict: Number(r.rating_score) >= threshold ? "positive" : "negative",
      }));
      const wrong = rows.filter((r, i) => r.verdict !== reread[i]?.verdict);
      await applyContributions(trx, wrong, -1);
      for (const verdict of ["positive", "negative"] as const) {
        const ids = reread.filter((r) => r.verdict === verdict).map((r) => r.id);
        for (let i = 0; i < ids.length; i += 500) {
          await trx
            .updateTable("reviews")
            .set({ verdict, verdict_source: "rating" })
            .where("id", "in", ids.slice(i, i + 500))
            .execute();
        }
      }
      await applyContributions(
        trx,
        reread.filter((r, i) => r.verdict !== rows[i]?.verdict),
        1,
      );
      changed += wrong.length;
    }
    return changed;
  });
}

/**
 * The outlets' learned fresh thresholds, by outlet id, for analyzing new reviews: of the
 * outlets these reviews name (by the primary key, so an import's cost follows its batch, not
 * the number of outlets stored), or of every outlet when none are given.
 */
export async function outletThresholds(
  store: Store,
  reviews?: ReadonlyArray<Pick<ReviewInput, "outlet">>,
): Promise<Map<string, number>> {
  const query = store.db
    .selectFrom("outlet_stats")
    .select(["id", "fresh_threshold"])
    .where("fresh_threshold", "is not", null);
  if (!reviews) return thresholdMap(await query.execute());
  const ids = [...new Set(reviews.flatMap((r) => (r.outlet ? [outletKey(r.outlet)] : [])))];
  const rows = [];
  for (let i = 0; i < ids.length; i += CHUNK)
    rows.push(...(await query.where("id", "in", ids.slice(i, i + CHUNK)).execute()));
  return thresholdMap(rows);
}

/** Outlets a threshold query names at once. */
const CHUNK = 500;

const thresholdMap = (rows: Array<{ id: string; fresh_threshold: number | null }>) =>
  new Map(rows.map((r) => [r.id, Number(r.fresh_threshold)]));
