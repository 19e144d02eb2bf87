import { type Kysely, sql } from "kysely";
import {
  addStanding,
  emptyStanding,
  type FilmFigures,
  type StandingSums,
  standingDrifted,
  standingFigures,
  standingTerms,
} from "../domain/standing.js";
import type { ReviewContribution } from "./aggregates.repository.js";
import type { Store } from "./db.js";
import type { Database } from "./schema.js";

/**
 * Critics' and outlets' standing kept as running sums (standing v3, migration 0031). A
 * source's sums hold each of its reviews' terms measured against the figures its film
 * records in `standing_*`; reviews added or removed move the sums by their terms against
 * those figures, in the same transaction as the film's own sums, and note the film in
 * standing_due once its figures have moved past STANDING_TOLERANCE from those it records
 * (standing v4). `correctDueStanding` then measures the due films' reviews again against the
 * films' figures as they are now, so the cost of an update is its films' reviews, never a
 * source's whole history or the database, and a big film a few reviews barely move costs
 * nothing until they add up.
 */

type SourceSumsTable = "critic_aggregates" | "outlet_aggregates";

const SOURCE = {
  outlet: { kind: "outlet", table: "outlet_aggregates", key: "outlet_id", stats: "outlet_stats" },
  critic: { kind: "critic", table: "critic_aggregates", key: "critic_id", stats: "critic_stats" },
} as const;
// Outlets before critics, as applyContributions writes them: concurrent writers lock rows in one order.
const SOURCES = [SOURCE.outlet, SOURCE.critic] as const;

/** Films corrected per transaction: their reviews are read whole. */
const FILMS_PER_CORRECTION = 200;

/** Ids per IN list, and rows per multi-row statement. */
const CHUNK = 400;

/**
 * Moves the standing sums of reviews' critics and outlets by the reviews' terms (sign 1: added,
 * −1: removed), measured against their films' recorded figures, and notes as due the films
 * whose present figures now lie past STANDING_TOLERANCE from those (see standingDrifted). In
 * the caller's transaction, after the films' own sums (whose rows it then holds, so a
 * correction of the same film waits for it).
 */
export async function applyStandingTerms(
  db: Kysely<Database>,
  reviews: readonly ReviewContribution[],
  sign: 1 | -1,
): Promise<void> {
  const judged = reviews.filter(
    (r) => r.film_id !== null && (r.score !== null || r.verdict !== null),
  );
  if (judged.length === 0) return;
  const filmIds = [...new Set(judged.map((r) => r.film_id as string))];
  const figures = await filmFigures(db, filmIds);
  const moves = sourceMoves();
  for (const review of judged) {
    const film = figures.get(review.film_id as string);
    if (!film) continue;
    moves.add(review, standingTerms(review, film.recorded), sign);
  }
  await moves.write(db);
  await noteDue(
    db,
    filmIds.filter((id) => {
      const film = figures.get(id);
      return film !== undefined && standingDrifted(film.recorded, film.now);
    }),
  );
}

/**
 * Measures the reviews of the films noted as due again against the films' figures as they
 * are now, moves their sources' sums by the difference, records the figures and clears the
 * notes — a chunk of films per transaction, each film's row locked first — then writes the
 * standing of every source whose shown figures the move changed (they are rounded: most moves
 * of a big film's sources change none). The longest waiting films first, until their reviews
 * would pass `budget` (the rest wait for the next call: standing is corrected lazily, so no
 * change pays for more than its budget of other films' reviews). Returns how many films it
 * corrected.
 */
export async function correctDueStanding(
  store: Store,
  budget = Number.POSITIVE_INFINITY,
): Promise<number> {
  let corrected = 0;
  let left = budget;
  // A source with reviews of films in several chunks is written once, at the end (read again
  // then: another writer may have moved it since).
  const moved = { critic: new Set<string>(), outlet: new Set<string>() };
  for (;;) {
    const waiting = await store.db
      .selectFrom("standing_due as d")
      .leftJoin("film_aggregates as f", "f.film_id", "d.film_id")
      .select(["d.film_id", "f.review_count"])
      .orderBy("d.noted")
      .orderBy("d.film_id")
      .limit(FILMS_PER_CORRECTION)
      .execute();
    // The longest waiting films whose reviews fit what is left of the budget (the first
    // always, so each call makes progress).
    const due: string[] = [];
    for (const film of waiting) {
      const reviews = Number(film.review_count ?? 0);
      if (corrected + due.length > 0 && reviews > left) break;
      due.push(film.film_id);
      left -= reviews;
    }
    if (due.length === 0) break;
    const sources = await store.db.transaction().execute(async (trx) => {
      const films = await filmFigures(trx, due, store.dialect === "postgres");
      const reviews = await trx
        .selectFrom("reviews")
        .select(["film_id", "critic_id", "outlet_id", "score", "verdict"])
        .where("film_id", "in", due)
        .where((eb) => eb.or([eb("score", "is not", null), eb("verdict", "is not", null)]))
        .execute();
      const moves = sourceMoves();
      for (const review of reviews) {
        const film = films.get(review.film_id as string);
        if (!film) continue;
        const contribution = {
          ...review,
          score: review.score === null ? null : Number(review.score),
        };
        moves.add(contribution, standingTerms(contribution, film.recorded), -1);
        moves.add(contribution, standingTerms(contribution, film.now), 1);
      }
      const changed = await moves.write(trx);
      // The rows are locked: their figures are still the ones just measured against.
      await trx
        .updateTable("film_aggregates")
        .set((eb) => ({
          standing_score_sum: eb.ref("score_sum"),
          standing_score_count: eb.ref("score_count"),
          standing_positive_count: eb.ref("positive_count"),
          standing_verdict_count: eb.ref("verdict_count"),
        }))
        .where("film_id", "in", due)
        .execute();
      await trx.deleteFrom("standing_due").where("film_id", "in", due).execute();
      return changed;
    });
    for (const id of sources.outlet) moved.outlet.add(id);
    for (const id of sources.critic) moved.critic.add(id);
    corrected += due.length;
  }
  await writeStanding(store, "outlet", [...moved.outlet]);
  await writeStanding(store, "critic", [...moved.critic]);
  return corrected;
}

/**
 * Writes the standing (scored count, leniency, agreement) of these critics or outlets as
 * their sums say; a row is written only where a figure changed or none was written yet.
 */
export async function writeStanding(
  store: Store,
  kind: "critic" | "outlet",
  ids: readonly string[],
): Promise<void> {
  const { table, key, stats } = SOURCE[kind];
  const now = new Date().toISOString();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const rows = await sql<{
      id: string;
      lean: number | string;
      scored: number | string;
      agreeing: number | string;
      verdicts: number | string;
      scored_count: number | string | null;
      leniency: number | string | null;
      agreement: number | string | null;
    }>`select s.${sql.ref(key)} as id, s.standing_lean_sum as lean, s.standing_scored as scored,
              s.standing_agreeing as agreeing, s.standing_verdicts as verdicts,
              t.scored_count, t.leniency, t.agreement
       from ${sql.table(table)} s left join ${sql.table(stats)} t on t.id = s.${sql.ref(key)}
       where s.${sql.ref(key)} in (${sql.join(chunk)})`.execute(store.db);
    const changed = rows.rows.flatMap((r) => {
      const figures = standingFigures({
        leanSum: Number(r.lean),
        scored: Number(r.scored),
        agreeing: Number(r.agreeing),
        verdicts: Number(r.verdicts),
      });
      const same =
        r.scored_count !== null &&
        Number(r.scored_count) === figures.scoredCount &&
        numberOrNull(r.leniency) === figures.leniency &&
        numberOrNull(r.agreement) === figures.agreement;
      return same
        ? []
        : [
            {
              id: r.id,
              scored_count: figures.scoredCount,
              leniency: figures.leniency,
              agreement: figures.agreement,
              updated_at: now,
            },
          ];
    });
    if (changed.length === 0) continue;
    await store.db
      .insertInto(stats)
      .values(changed)
      .onConflict((oc) =>
        oc.column("id").doUpdateSet((eb) => ({
          scored_count: eb.ref("excluded.scored_count"),
          leniency: eb.ref("excluded.leniency"),
          agreement: eb.ref("excluded.agreement"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }
}

const numberOrNull = (v: number | string | null) => (v === null ? null : Number(v));

/** Standing sums to move, by source, and which sources they are. */
function sourceMoves() {
  const bySource = {
    critic: new Map<string, StandingSums>(),
    outlet: new Map<string, StandingSums>(),
  };
  return {
    add(
      review: { critic_id: string | null; outlet_id: string | null },
      terms: StandingSums,
      sign: number,
    ) {
      for (const [kind, id] of [
        ["critic", review.critic_id],
        ["outlet", review.outlet_id],
      ] as const) {
        if (id === null) continue;
        const sums = bySource[kind].get(id) ?? emptyStanding();
        addStanding(sums, terms, sign);
        bySource[kind].set(id, sums);
      }
    },
    /**
     * Adds the moves to the sources' sums; returns the sources whose shown figures the moves
     * changed (their sums after the move against the same less the move), the only ones whose
     * standing needs writing.
     */
    async write(db: Kysely<Database>) {
      const changed = { critic: [] as string[], outlet: [] as string[] };
      for (const { kind, table, key } of SOURCES) {
        const moved = [...bySource[kind]]
          .filter(
            ([, s]) => s.leanSum !== 0 || s.scored !== 0 || s.agreeing !== 0 || s.verdicts !== 0,
          )
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        for (let i = 0; i < moved.length; i += CHUNK)
          for (const after of await addToSources(db, table, key, moved.slice(i, i + CHUNK))) {
            const before = { ...after.sums };
            addStanding(before, bySource[kind].get(after.id) as StandingSums, -1);
            const [was, is] = [standingFigures(before), standingFigures(after.sums)];
            if (
              was.scoredCount !== is.scoredCount ||
              was.leniency !== is.leniency ||
              was.agreement !== is.agreement
            )
              changed[kind].push(after.id);
          }
      }
      return changed;
    },
  };
}

/**
 * Adds sums to sources' rows (in id order: concurrent writers lock rows in one order); returns
 * each row's sums after the addition.
 */
async function addToSources(
  db: Kysely<Database>,
  table: SourceSumsTable,
  key: "critic_id" | "outlet_id",
  rows: Array<[string, StandingSums]>,
): Promise<Array<{ id: string; sums: StandingSums }>> {
  // biome-ignore lint/suspicious/noExplicitAny: one statement for the two tables of one shape.
  const t = table as any;
  const after: Array<Record<string, string | number>> = await db
    .insertInto(t)
    .values(
      rows.map(([id, s]) => ({
        [key]: id,
        standing_lean_sum: s.leanSum,
        standing_scored: s.scored,
        standing_agreeing: s.agreeing,
        standing_verdicts: s.verdicts,
      })),
    )
    .onConflict((oc) =>
      // biome-ignore lint/suspicious/noExplicitAny: the key column is the table's own.
      (oc.column(key as any) as any).doUpdateSet((eb: any) =>
        Object.fromEntries(
          ["standing_lean_sum", "standing_scored", "standing_agreeing", "standing_verdicts"].map(
            (c) => [c, eb(`${table}.${c}`, "+", eb.ref(`excluded.${c}`))],
          ),
        ),
      ),
    )
    .returning([
      `${key} as id`,
      "standing_lean_sum",
      "standing_scored",
      "standing_agreeing",
      "standing_verdicts",
    ])
    .execute();
  return after.map((r) => ({
    id: String(r.id),
    sums: {
      leanSum: Number(r.standing_lean_sum),
      scored: Number(r.standing_scored),
      agreeing: Number(r.standing_agreeing),
      verdicts: Number(r.standing_verdicts),
    },
  }));
}

/**
 * Films' figures as they record them for their reviews' standing terms, and as they are now;
 * with `lock` (PostgreSQL), their rows locked in id order until the transaction ends.
 */
async function filmFigures(
  db: Kysely<Database>,
  filmIds: readonly string[],
  lock = false,
): Promise<Map<string, { recorded: FilmFigures; now: FilmFigures }>> {
  const figures = new Map<string, { recorded: FilmFigures; now: FilmFigures }>();
  for (let i = 0; i < filmIds.length; i += CHUNK) {
    let query = db
      .selectFrom("film_aggregates")
      .select(["film_id", ...PRESENT, ...RECORDED])
      .where("film_id", "in", filmIds.slice(i, i + CHUNK));
    if (lock) query = query.orderBy("film_id").forUpdate();
    for (const r of await query.execute())
      figures.set(r.film_id, { recorded: figuresOf(r, RECORDED), now: figuresOf(r, PRESENT) });
  }
  return figures;
}

/** A film's figures as it has them now, and as it recorded them for standing. */
const PRESENT = ["score_sum", "score_count", "positive_count", "verdict_count"] as const;
const RECORDED = [
  "standing_score_sum",
  "standing_score_count",
  "standing_positive_count",
  "standing_verdict_count",
] as const;

function figuresOf<K extends string>(
  row: Record<K, number | string>,
  [scoreSum, scoreCount, positiveCount, verdictCount]: readonly [K, K, K, K],
): FilmFigures {
  return {
    scoreSum: Number(row[scoreSum]),
    scoreCount: Number(row[scoreCount]),
    positiveCount: Number(row[positiveCount]),
    verdictCount: Number(row[verdictCount]),
  };
}

/**
 * Notes films as due (their figures moved since their reviews' terms were measured); a film
 * already waiting keeps its place.
 */
export async function noteDue(db: Kysely<Database>, filmIds: readonly string[]): Promise<void> {
  const sorted = [...filmIds].sort();
  const now = Date.now();
  for (let i = 0; i < sorted.length; i += CHUNK)
    await db
      .insertInto("standing_due")
      .values(sorted.slice(i, i + CHUNK).map((film_id) => ({ film_id, noted: now })))
      .onConflict((oc) => oc.doNothing())
      .execute();
}
