import type { Selectable } from "kysely";
import { expect } from "vitest";
import { type AggregateSums, emptySums, histogramBin } from "../../src/domain/aggregate.js";
import { verdictWasRead } from "../../src/domain/analysis.js";
import {
  addStanding,
  emptyStanding,
  type FilmFigures,
  STANDING_TOLERANCE,
  type StandingSums,
  standingDrifted,
  standingFigures,
  standingTerms,
} from "../../src/domain/standing.js";
import { sumsOf } from "../../src/store/aggregates.repository.js";
import type { Store } from "../../src/store/db.js";
import type { Database } from "../../src/store/schema.js";

/** The running sums recomputed from the stored reviews, by film. */
export async function recomputedFilmSums(store: Store): Promise<Map<string, AggregateSums>> {
  const rows = await store.db
    .selectFrom("reviews")
    .select(["film_id", "score", "verdict"])
    .execute();
  const byFilm = new Map<string, AggregateSums>();
  for (const r of rows) {
    if (!r.film_id) continue;
    const s = byFilm.get(r.film_id) ?? emptySums();
    s.reviewCount++;
    if (r.verdict) s.verdictCount++;
    if (r.verdict === "positive") s.positiveCount++;
    if (r.score !== null) {
      s.scoreCount++;
      s.scoreSum += Number(r.score);
      const bin = histogramBin(Number(r.score));
      s.histogram[bin] = (s.histogram[bin] ?? 0) + 1;
    }
    byFilm.set(r.film_id, s);
  }
  return byFilm;
}

export async function storedFilmSums(store: Store): Promise<Map<string, AggregateSums>> {
  const rows = await store.db.selectFrom("film_aggregates").selectAll().execute();
  return new Map(rows.filter((r) => Number(r.review_count) > 0).map((r) => [r.film_id, sumsOf(r)]));
}

/** Top critics' sums and the month-by-month counts, stored and recomputed, side by side. */
export async function topAndMonths(store: Store) {
  const reviews = await store.db
    .selectFrom("reviews")
    .select(["film_id", "top_critic", "verdict", "date"])
    .execute();
  const top = new Map<string, number>();
  const months = new Map<string, number>();
  for (const r of reviews) {
    if (!r.film_id) continue;
    if (Number(r.top_critic) === 1) top.set(r.film_id, (top.get(r.film_id) ?? 0) + 1);
    const month = /^(\d{4}-\d{2})/.exec(r.date ?? "")?.[1];
    if (month) months.set(`${r.film_id}|${month}`, (months.get(`${r.film_id}|${month}`) ?? 0) + 1);
  }
  const storedTop = await store.db
    .selectFrom("film_aggregates")
    .select(["film_id", "top_review_count"])
    .execute();
  const storedMonths = await store.db
    .selectFrom("film_months")
    .select(["film_id", "month", "review_count"])
    .execute();
  return {
    recomputed: {
      top: Object.fromEntries([...top].sort()),
      months: Object.fromEntries([...months].sort()),
    },
    stored: {
      top: Object.fromEntries(
        storedTop
          .filter((r) => Number(r.top_review_count) > 0)
          .map((r) => [r.film_id, Number(r.top_review_count)])
          .sort(),
      ),
      months: Object.fromEntries(
        storedMonths
          .filter((r) => Number(r.review_count) > 0)
          .map((r) => [`${r.film_id}|${r.month}`, Number(r.review_count)])
          .sort(),
      ),
    },
  };
}

export function expectSameSums(a: Map<string, AggregateSums>, b: Map<string, AggregateSums>) {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [film, sums] of a) {
    const other = b.get(film) as AggregateSums;
    expect({ ...sums, scoreSum: Math.round(sums.scoreSum * 1000) }).toEqual({
      ...other,
      scoreSum: Math.round(other.scoreSum * 1000),
    });
  }
}

/** Reviews and score sums per critic and per outlet, stored and recomputed. */
async function sourceSums(store: Store) {
  const reviews = await store.db
    .selectFrom("reviews")
    .select(["critic_id", "outlet_id", "score"])
    .execute();
  const recomputed = { critic: new Map<string, string>(), outlet: new Map<string, string>() };
  const tally = new Map<string, { n: number; sum: number }>();
  for (const r of reviews)
    for (const [kind, id] of [
      ["critic", r.critic_id],
      ["outlet", r.outlet_id],
    ] as const) {
      if (!id) continue;
      const t = tally.get(`${kind}|${id}`) ?? { n: 0, sum: 0 };
      t.n++;
      t.sum += r.score === null ? 0 : Number(r.score);
      tally.set(`${kind}|${id}`, t);
    }
  for (const [key, t] of tally) {
    const [kind, id] = key.split("|") as ["critic" | "outlet", string];
    recomputed[kind].set(id, `${t.n}|${Math.round(t.sum * 1000)}`);
  }
  const stored = { critic: new Map<string, string>(), outlet: new Map<string, string>() };
  for (const row of await store.db.selectFrom("critic_aggregates").selectAll().execute())
    if (Number(row.review_count) > 0)
      stored.critic.set(
        row.critic_id,
        `${Number(row.review_count)}|${Math.round(Number(row.score_sum) * 1000)}`,
      );
  for (const row of await store.db.selectFrom("outlet_aggregates").selectAll().execute())
    if (Number(row.review_count) > 0)
      stored.outlet.set(
        row.outlet_id,
        `${Number(row.review_count)}|${Math.round(Number(row.score_sum) * 1000)}`,
      );
  const sorted = (m: Map<string, string>) => Object.fromEntries([...m].sort());
  return {
    stored: { critic: sorted(stored.critic), outlet: sorted(stored.outlet) },
    recomputed: { critic: sorted(recomputed.critic), outlet: sorted(recomputed.outlet) },
  };
}

/**
 * The running sums — per film, top critics, months, per critic and per outlet — are exactly
 * what the stored reviews say.
 */
export async function expectSumsMatchReviews(store: Store): Promise<void> {
  expectSameSums(await storedFilmSums(store), await recomputedFilmSums(store));
  const read = await readVerdictSums(store);
  expect(Object.keys(read.stored).sort()).toEqual(Object.keys(read.recomputed).sort());
  for (const [film, sums] of Object.entries(read.recomputed)) {
    expect(read.stored[film]?.count, film).toBe(sums.count);
    expect(read.stored[film]?.doubt, film).toBeCloseTo(sums.doubt, 6);
  }
  const { stored, recomputed } = await topAndMonths(store);
  expect(stored).toEqual(recomputed);
  const sources = await sourceSums(store);
  expect(sources.stored).toEqual(sources.recomputed);
  const standing = await standingSums(store, "recorded");
  expect(standing.stored).toEqual(standing.recomputed);
}

/** Each film's verdicts read rather than given, and their doubts, stored and recomputed. */
export async function readVerdictSums(store: Store) {
  const reviews = await store.db
    .selectFrom("reviews")
    .select(["film_id", "verdict", "verdict_source", "confidence"])
    .execute();
  const recomputed: Record<string, { count: number; doubt: number }> = {};
  for (const r of reviews) {
    if (!r.film_id || !r.verdict || r.confidence === null) continue;
    if (!verdictWasRead(r.verdict_source)) continue;
    const sums = recomputed[r.film_id] ?? { count: 0, doubt: 0 };
    sums.count++;
    sums.doubt += 1 - Number(r.confidence);
    recomputed[r.film_id] = sums;
  }
  const stored: Record<string, { count: number; doubt: number }> = {};
  for (const f of await store.db
    .selectFrom("film_aggregates")
    .select(["film_id", "read_verdict_count", "read_verdict_doubt"])
    .where("read_verdict_count", "<>", 0)
    .execute())
    stored[f.film_id] = {
      count: Number(f.read_verdict_count),
      doubt: Number(f.read_verdict_doubt),
    };
  return { stored, recomputed };
}

/** A film's figures as its row records them for standing, or as they are now. */
function figuresOf(
  f: Selectable<Database["film_aggregates"]>,
  against: "recorded" | "now",
): FilmFigures {
  return against === "now"
    ? {
        scoreSum: Number(f.score_sum),
        scoreCount: Number(f.score_count),
        positiveCount: Number(f.positive_count),
        verdictCount: Number(f.verdict_count),
      }
    : {
        scoreSum: Number(f.standing_score_sum),
        scoreCount: Number(f.standing_score_count),
        positiveCount: Number(f.standing_positive_count),
        verdictCount: Number(f.standing_verdict_count),
      };
}

/**
 * Critics' and outlets' standing sums recomputed from the stored reviews, each review's terms
 * measured against its film's figures as the film records them for standing ("recorded": what
 * the sums hold at any moment) or as they are ("now": what they come within the tolerance of
 * once no film is due), and as stored.
 */
export async function standingSums(store: Store, against: "recorded" | "now") {
  const films = new Map(
    (await store.db.selectFrom("film_aggregates").selectAll().execute()).map((f) => [
      f.film_id,
      figuresOf(f, against),
    ]),
  );
  const reviews = await store.db
    .selectFrom("reviews")
    .select(["film_id", "critic_id", "outlet_id", "score", "verdict"])
    .execute();
  const recomputed = {
    critic: new Map<string, StandingSums>(),
    outlet: new Map<string, StandingSums>(),
  };
  for (const r of reviews) {
    const film = r.film_id ? films.get(r.film_id) : undefined;
    if (!film) continue;
    const terms = standingTerms(
      { score: r.score === null ? null : Number(r.score), verdict: r.verdict },
      film,
    );
    for (const [kind, id] of [
      ["critic", r.critic_id],
      ["outlet", r.outlet_id],
    ] as const) {
      if (!id) continue;
      const sums = recomputed[kind].get(id) ?? emptyStanding();
      addStanding(sums, terms, 1);
      recomputed[kind].set(id, sums);
    }
  }
  const shown = (s: StandingSums) =>
    `${Math.round(s.leanSum * 1000)}|${Math.round(s.scored)}|${Math.round(s.agreeing)}|${Math.round(s.verdicts)}`;
  const nonzero = (m: Map<string, StandingSums>) =>
    Object.fromEntries(
      [...m]
        .map(([id, s]) => [id, shown(s)] as const)
        .filter(([, v]) => v !== "0|0|0|0")
        .sort(),
    );
  const stored = {
    critic: new Map<string, StandingSums>(),
    outlet: new Map<string, StandingSums>(),
  };
  for (const [kind, rows] of [
    ["critic", await store.db.selectFrom("critic_aggregates").selectAll().execute()],
    ["outlet", await store.db.selectFrom("outlet_aggregates").selectAll().execute()],
  ] as const)
    for (const row of rows)
      stored[kind].set("critic_id" in row ? row.critic_id : row.outlet_id, {
        leanSum: Number(row.standing_lean_sum),
        scored: Number(row.standing_scored),
        agreeing: Number(row.standing_agreeing),
        verdicts: Number(row.standing_verdicts),
      });
  return {
    stored: { critic: nonzero(stored.critic), outlet: nonzero(stored.outlet) },
    recomputed: { critic: nonzero(recomputed.critic), outlet: nonzero(recomputed.outlet) },
    figures: {
      critic: new Map([...recomputed.critic].map(([id, s]) => [id, standingFigures(s)])),
      outlet: new Map([...recomputed.outlet].map(([id, s]) => [id, standingFigures(s)])),
    },
  };
}

/**
 * Every critic's and outlet's standing is what the stored reviews and their films' present
 * figures say: no film is due, none has figures past STANDING_TOLERANCE from those it records
 * for standing, the sums are exactly its reviews' terms against those, and each shown
 * standing is the one its sums give — the same count and agreement as computed from scratch
 * against the present figures, the leniency within the tolerance.
 */
export async function expectStandingCurrent(store: Store): Promise<void> {
  expect(await store.db.selectFrom("standing_due").selectAll().execute()).toEqual([]);
  const drifted = (await store.db.selectFrom("film_aggregates").selectAll().execute()).filter((f) =>
    standingDrifted(figuresOf(f, "recorded"), figuresOf(f, "now")),
  );
  expect(drifted.map((f) => f.film_id)).toEqual([]);
  const recorded = await standingSums(store, "recorded");
  expect(recorded.stored).toEqual(recorded.recomputed);
  const now = await standingSums(store, "now");
  for (const kind of ["critic", "outlet"] as const) {
    const rows = await store.db
      .selectFrom(kind === "critic" ? "critic_stats" : "outlet_stats")
      .select(["id", "scored_count", "leniency", "agreement"])
      .execute();
    const none = { scoredCount: 0, leniency: null, agreement: null };
    for (const r of rows) {
      const shown = {
        scoredCount: Number(r.scored_count),
        leniency: r.leniency === null ? null : Number(r.leniency),
        agreement: r.agreement === null ? null : Number(r.agreement),
      };
      expect(shown).toEqual(recorded.figures[kind].get(r.id) ?? none);
      const fromScratch = now.figures[kind].get(r.id) ?? none;
      expect({ ...shown, leniency: null }).toEqual({ ...fromScratch, leniency: null });
      if (shown.leniency !== null)
        expect(Math.abs(shown.leniency - (fromScratch.leniency ?? 0))).toBeLessThanOrEqual(
          STANDING_TOLERANCE + 1e-9,
        );
    }
  }
}
