import { type ExpressionBuilder, sql } from "kysely";
import {
  type FreshLine,
  learnFreshLine,
  lineConfidence,
  lineFenceShare,
  lineVerdict,
  overrules,
  type ThresholdLevel,
} from "../domain/fresh-threshold.js";
import { outletKey } from "../domain/outlet.js";
import { FRESH_THRESHOLD } from "../domain/rating.js";
import type { ReviewInput } from "../domain/review.js";
import { applyContributions, CONTRIBUTION_COLUMNS } from "./aggregates.repository.js";
import type { Store } from "./db.js";
import { countAnalysisRevisions } from "./review-analysis.repository.js";
import type { Database } from "./schema.js";
import type { SourceKind } from "./source-stats.repository.js";

/**
 * Each source's learned fresh line (null where the data do not allow one), from its reviews
 * that carry both a rating and the critic's own verdict (see learnFreshThreshold).
 */
export async function learnSourceThresholds(
  store: Store,
  kind: SourceKind,
  ids: readonly string[],
): Promise<Map<string, FreshLine | null>> {
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
  return new Map([...levels].map(([id, l]) => [id, learnFreshLine(l)]));
}

/**
 * Gives each outlet's rated reviews without a stated verdict (nor one an admin set) the
 * verdict its line gives their score, moving the changed reviews' contributions in the
 * running sums in one transaction. Returns how many verdicts changed, and the reviews to read
 * again (`reread`). A learned line decides
 * every such review, a rating on the fence too, and where it overrules 60 says how sure it is
 * by the outlet's own critics (lineConfidence; Analysis.verdictSource "outlet"), as they
 * stand now, weighed with its text (a review it overruled before is read again as its verdicts
 * grow); without one, 60 decides all but those read on the fence (verdictSource "fence": the
 * rating does not decide, the text did). A review whose verdict no line overrules any more,
 * or that a line now decides, is given 60's (or the line's) side here, and is among
 * `reread`: how sure a rating's verdict is (weighed with its text: ratedConfidence), and what
 * a text on the fence reads, are the analysis's to say, which the caller reads again
 * (reanalyze-reviews.ts, readAgainWhereLinesMoved). `movedLines`: the outlets whose line is
 * not the one stored (all of them by default): their reviews read on their own fence, and
 * those with a text their line overrules, are read again, since the verdicts they were
 * weighed with moved.
 */
export async function applyOutletThresholds(
  store: Store,
  lines: ReadonlyMap<string, FreshLine | null>,
  movedLines: ReadonlySet<string> = new Set(lines.keys()),
): Promise<{ changed: number; reread: string[] }> {
  // Outlets grouped by threshold, learned or not: one query per group, not one per outlet.
  type Group = { threshold: number; lines: Map<string, FreshLine> | null; outletIds: string[] };
  const groups = new Map<string, Group>();
  for (const [outletId, line] of lines) {
    const key = line === null ? "default" : String(line.threshold);
    const group: Group = groups.get(key) ?? {
      threshold: line?.threshold ?? FRESH_THRESHOLD,
      lines: line === null ? null : new Map(),
      outletIds: [],
    };
    group.outletIds.push(outletId);
    if (line) group.lines?.set(outletId, line);
    groups.set(key, group);
  }
  return store.db.transaction().execute(async (trx) => {
    let changed = 0;
    const readAgain: string[] = [];
    for (const { threshold, lines: learned, outletIds } of groups.values()) {
      const linesMovedHere = outletIds.filter((id) => movedLines.has(id));
      const wrongSide = (eb: ExpressionBuilder<Database, "reviews">) =>
        eb.or([
          eb.and([eb("verdict", "=", "positive"), eb("rating_score", "<", threshold)]),
          eb.and([eb("verdict", "=", "negative"), eb("rating_score", ">=", threshold)]),
        ]);
      const rows = await trx
        .selectFrom("reviews")
        .select(["id", "rating_score", "text_score", ...CONTRIBUTION_COLUMNS])
        .where("outlet_id", "in", outletIds)
        .where("rating_score", "is not", null)
        .where("stated_verdict", "is", null)
        // (Nor those an admin set: the admin read the review.)
        .where("admin_verdict", "is", null)
        .where((eb) =>
          learned
            ? // (Those its line overruled before too: how sure it is moves with its verdicts.)
              eb.or([wrongSide(eb), eb("verdict_source", "in", ["fence", "outlet"])])
            : eb.or([
                eb.and([
                  wrongSide(eb),
                  eb.or([eb("verdict_source", "is", null), eb("verdict_source", "!=", "fence")]),
                ]),
                // (Those read on a fence where a line, since unlearned, had put them.)
                ...(linesMovedHere.length > 0
                  ? [
                      eb.and([
                        eb("verdict_source", "=", "fence"),
                        eb("outlet_id", "in", linesMovedHere),
                      ]),
                    ]
                  : []),
              ]),
        )
        .execute();
      if (rows.length === 0) continue;
      // A rating on its outlet's own fence (lineFenceShare) is its text's to decide, weighed
      // with the line's verdicts; without a line, on critics' fence, with theirs. One read on
      // its fence stays there, and is read again by the caller when its outlet's line moved
      // (the verdicts it was weighed with moved); one its line now puts there, and has text
      // to read, is read again.
      const onItsFence = (r: (typeof rows)[number]) => {
        const line = learned?.get(r.outlet_id ?? "");
        return line !== undefined && lineFenceShare(line, Number(r.rating_score)) !== null;
      };
      const staysOnItsFence = (r: (typeof rows)[number]) =>
        r.verdict_source === "fence" && (learned === null || onItsFence(r));
      for (const r of rows)
        if (
          r.text_score !== null &&
          (staysOnItsFence(r) ? movedLines.has(r.outlet_id ?? "") : onItsFence(r))
        )
          readAgain.push(r.id);
      const decided = rows.map((r) => {
        const score = Number(r.rating_score);
        const line = learned?.get(r.outlet_id ?? "");
        const verdict = lineVerdict(line, score);
        if (staysOnItsFence(r)) return r;
        if (line && overrules(line, score)) {
          // How sure it is weighs its text too, which the analysis reads (read again by the
          // caller: below). One already decided so, by a line that has not moved, keeps what
          // it was read as; until it is read again, one the line decides now shows its critics'
          // share alone.
          const keeps =
            r.verdict_source === "outlet" &&
            r.verdict === verdict &&
            r.text_score !== null &&
            !movedLines.has(r.outlet_id ?? "");
          return {
            ...r,
            verdict,
            verdict_source: "outlet",
            confidence: keeps ? r.confidence : roundedShare(lineConfidence(line, score)),
          };
        }
        // Where 60 gives the verdict, how sure it is (critics' at large) is the text model's
        // to give, and a rating on the fence is the text's to decide: read again by the
        // caller. Until then, a verdict turned keeps how sure the other side was.
        const turned = verdict !== r.verdict && r.confidence !== null;
        return {
          ...r,
          verdict,
          verdict_source: "rating",
          confidence: turned ? roundedShare(1 - Number(r.confidence)) : r.confidence,
        };
      });
      const changedAt = decided.flatMap((r, i) => {
        const was = rows[i];
        return was &&
          (r.verdict !== was.verdict ||
            r.verdict_source !== was.verdict_source ||
            r.confidence !== was.confidence)
          ? [i]
          : [];
      });
      const moved = changedAt.map((i) => decided[i] as (typeof decided)[number]);
      // What they counted for (a verdict, a read verdict's doubt) moves with them.
      await applyContributions(
        trx,
        changedAt.map((i) => rows[i] as (typeof rows)[number]),
        -1,
      );
      // One update per verdict, source and confidence given: a few per outlet (its scores).
      const byChange = new Map<
        string,
        {
          set: Pick<(typeof decided)[number], "verdict" | "verdict_source" | "confidence">;
          ids: string[];
        }
      >();
      for (const r of moved) {
        const key = `${r.verdict}|${r.verdict_source}|${r.confidence}`;
        const change = byChange.get(key) ?? {
          set: { verdict: r.verdict, verdict_source: r.verdict_source, confidence: r.confidence },
          ids: [],
        };
        change.ids.push(r.id);
        byChange.set(key, change);
      }
      for (const { set, ids } of byChange.values()) {
        for (let i = 0; i < ids.length; i += 500) {
          await trx
            .updateTable("reviews")
            .set(set)
            .where("id", "in", ids.slice(i, i + 500))
            .execute();
        }
      }
      await applyContributions(trx, moved, 1);
      if (moved.length > 0)
        await countAnalysisRevisions(
          trx,
          moved.flatMap((r) => r.film_id ?? []),
        );
      changed += moved.filter((r, n) => r.verdict !== rows[changedAt[n] as number]?.verdict).length;
      // How sure a rating's verdict is, or a line's, weighs its review's text
      // (ratedConfidence): the analysis's to say. Read again: those 60 decides now, and those
      // with a text that a line decides now or whose line moved.
      const withText = (r: (typeof decided)[number]) =>
        r.verdict_source === "outlet" && r.text_score !== null;
      for (const r of moved) if (r.verdict_source === "rating" || withText(r)) readAgain.push(r.id);
      for (const r of decided)
        if (withText(r) && movedLines.has(r.outlet_id ?? "")) readAgain.push(r.id);
    }
    return { changed, reread: [...new Set(readAgain)] };
  });
}

/**
 * The outlets' learned fresh lines, by outlet id, for analyzing new reviews: of the outlets
 * these reviews name (by the primary key, so an import's cost follows its batch, not the
 * number of outlets stored), or of every outlet when none are given.
 */
export async function outletThresholds(
  store: Store,
  reviews?: ReadonlyArray<Pick<ReviewInput, "outlet">>,
): Promise<Map<string, FreshLine>> {
  const query = store.db
    .selectFrom("outlet_stats")
    .select(["id", "fresh_threshold", "fresh_levels"])
    .where("fresh_threshold", "is not", null);
  const rows = [];
  if (!reviews) rows.push(...(await query.execute()));
  else {
    const ids = [...new Set(reviews.flatMap((r) => (r.outlet ? [outletKey(r.outlet)] : [])))];
    for (let i = 0; i < ids.length; i += CHUNK)
      rows.push(...(await query.where("id", "in", ids.slice(i, i + CHUNK)).execute()));
  }
  // A threshold learned before its verdicts were kept (0036), and not since: they are read
  // again, until the outlet's next refresh keeps them.
  const unkept = rows.flatMap((r) => (r.fresh_levels === null ? [r.id] : []));
  const relearned = new Map<string, FreshLine | null>();
  for (let i = 0; i < unkept.length; i += CHUNK)
    for (const [id, line] of await learnSourceThresholds(
      store,
      "outlet",
      unkept.slice(i, i + CHUNK),
    ))
      relearned.set(id, line);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        threshold: Number(r.fresh_threshold),
        levels:
          r.fresh_levels === null
            ? (relearned.get(r.id)?.levels ?? [])
            : (JSON.parse(r.fresh_levels) as ThresholdLevel[]),
      },
    ]),
  );
}

/** Outlets a threshold query names at once. */
const CHUNK = 500;

/** A confidence as stored: three decimals, at most 0.99 (an estimate is never certain). */
const roundedShare = (p: number) => Math.round(Math.min(0.99, p) * 1000) / 1000;
