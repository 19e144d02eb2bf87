import { analyzeForStore } from "../analyze/analyze-review.js";
import { type OutletScale, OutletScaleLearner } from "../analyze/rating/index.js";
import {
  type Analysis,
  parseAdminAspects,
  type Verdict,
  verdictSourceWords,
} from "../domain/analysis.js";
import { filmName } from "../domain/film.js";
import type { FreshLine } from "../domain/fresh-threshold.js";
import type { ReviewInput } from "../domain/review.js";
import type { ReviewContribution } from "../store/aggregates.repository.js";
import type { Store } from "../store/db.js";
import { outletThresholds } from "../store/fresh-thresholds.repository.js";
import {
  type AnalysisColumns,
  outletRatings,
  outletsOfFilm,
  outletsOfReviews,
  type Rewrite,
  rewriteAnalyses,
  rewriteTrashed,
  type StoredAspect,
  type StoredReading,
  sourcesReviewing,
  standingDueFilms,
  storedRatings,
  storedReadings,
  storedReviewCount,
  type TrashedReading,
  trashedReadings,
} from "../store/review-analysis.repository.js";
import { analysisColumns, aspectRows } from "../store/reviews.repository.js";
import { refreshStanding } from "../store/source-stats.repository.js";

/** Reviews read and written per transaction. */
const PAGE = 2_000;
/** Ratings per page of the first, rating-only pass. */
const RATINGS_PAGE = 20_000;

export interface ReanalyzeOptions {
  /** Only this film's reviews (scales learned from their own outlets' stored ratings). */
  filmId?: string;
  /**
   * Only these reviews, however many (reviews just moved to another film, read again with its
   * title); the trash is then not read.
   */
  reviewIds?: readonly string[];
  /** Read and count, write nothing. */
  dryRun?: boolean;
  /** How many changed reviews to describe (10 by default). */
  examples?: number;
  /** Reviews read and written per transaction (PAGE by default). */
  pageSize?: number;
  /** Told each stored review's new reading (the API answers with it). */
  onRead?: (id: string, analysis: Analysis) => void;
  /**
   * This run reads the reviews an outlet's moved line left (readAgainWhereLinesMoved): the
   * standing it refreshes at its end leaves none to read again, and if it did, they would
   * wait for the next run rather than be read in a loop.
   */
  linesMoved?: boolean;
}

/** What reading the stored reviews again changed (or would change, on a dry run). */
export interface ReanalyzeSummary {
  read: number;
  /** Reviews with anything changed. */
  changed: number;
  verdicts: { toPositive: number; toNegative: number; gained: number; lost: number };
  /**
   * Reviews whose score (the one their film's figures count) changed, and by how much on
   * average where they had one before and after.
   */
  scores: { changed: number; meanAbsoluteChange: number | null };
  textScores: number;
  quotes: number;
  /** Reviews whose aspects changed, and the aspect mentions before and after over all reviews read. */
  aspects: { reviews: number; before: number; after: number };
  /** What does not add up in a review: newly flagged, no longer, or said anew. */
  disagreements: { flagged: number; cleared: number; reworded: number };
  /** Reviews whose people or other films named changed. */
  named: number;
  /**
   * Reviews in the trash of undoable deletes, read again so that an undo restores this
   * version's reading (no figure counts them while they are there).
   */
  trash: { read: number; changed: number };
  written: boolean;
  /** The first changed reviews, each with what changed in words. */
  examples: Array<{ id: string; film: string | null; changes: string[] }>;
}

/**
 * `cinemeter reviews reanalyze`: reads every stored review again with this version's rules
 * and model — its text, header fields and rating as stored, its outlet's scale learned from
 * every stored rating of that outlet, outlets' fresh thresholds as learned — and writes what
 * changed: the analysis columns, the aspects, and the running sums of its film, outlet,
 * critic and the site, page by page (each page one transaction), then refreshes the standing
 * of every critic and outlet with a review of a film whose figures moved (standing is read
 * against films' consensus). Where a review is filed is not touched. Idempotent: a second run
 * changes nothing; a run interrupted after some pages leaves their films noted as due, and
 * the next run refreshes their standing too.
 */
export async function reanalyzeReviews(
  store: Store,
  options: ReanalyzeOptions = {},
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ReanalyzeSummary> {
  const only = options.reviewIds === undefined ? null : [...new Set(options.reviewIds)].sort();
  const total = only ? only.length : await storedReviewCount(store.db, options.filmId);
  const pageSize = options.pageSize ?? PAGE;
  // A few reviews read again (a correction, an import's) learn their own outlets' scales and
  // thresholds alone: the cost is those outlets' history, not every rating stored.
  const outlets = only
    ? await outletsOfReviews(store.db, only)
    : options.filmId !== undefined
      ? await outletsOfFilm(store.db, options.filmId)
      : null;
  const context: OutletContext = outlets
    ? await outletContextOf(store, outlets)
    : {
        scales: await learnStoredScales(store),
        freshThresholds: await outletThresholds(store),
        learned: null,
      };
  const { scales, freshThresholds } = context;
  const summary = emptySummary(!options.dryRun);
  const examples = options.examples ?? 10;
  const scoreChange = { sum: 0, n: 0 };
  let after = "";
  for (let pageNumber = 0; ; pageNumber++) {
    let page: StoredReading[];
    if (only) {
      const ids = only.slice(pageNumber * pageSize, (pageNumber + 1) * pageSize);
      if (ids.length === 0) break;
      page = await storedReadings(store.db, { after: "", limit: ids.length, reviewIds: ids });
    } else {
      page = await storedReadings(store.db, {
        after,
        limit: pageSize,
        ...(options.filmId !== undefined ? { filmId: options.filmId } : {}),
      });
      if (page.length === 0) break;
      after = (page.at(-1) as StoredReading).id;
    }
    const rewrites: Rewrite[] = [];
    for (const stored of page) {
      const { analysis } = analyzeForStore(inputOf(stored), { scales, freshThresholds });
      options.onRead?.(stored.id, analysis);
      const rewrite = rewriteOf(stored, analysis);
      summary.read++;
      summary.aspects.before += stored.aspects.length;
      summary.aspects.after += analysis.aspects.length;
      if (!rewrite) continue;
      const changes = tally(summary, stored, rewrite);
      const [was, now] = [numberOrNull(rewrite.before.score), numberOrNull(rewrite.after.score)];
      if (was !== null && now !== null && was !== now) {
        scoreChange.sum += Math.abs(now - was);
        scoreChange.n++;
      }
      if (summary.examples.length < examples)
        summary.examples.push({ id: stored.id, film: filmLabel(stored), changes });
      rewrites.push(rewrite);
    }
    if (!options.dryRun) await rewriteAnalyses(store, rewrites);
    onProgress(summary.read, total);
  }
  summary.scores.meanAbsoluteChange =
    scoreChange.n > 0 ? Math.round((scoreChange.sum / scoreChange.n) * 10) / 10 : null;
  if (!options.dryRun) {
    const moved = await refreshDueStanding(store);
    if (!options.linesMoved) await readAgainWhereLinesMoved(store, moved);
  }
  if (!only) summary.trash = await reanalyzeTrash(store, options, context);
  return summary;
}

/**
 * Reads again the reviews whose outlet's fresh line moved under them (refreshStanding returns
 * them): where 60 gives a rating's verdict once more, how sure it is, and where a rating is on
 * the fence again, what its text reads, are the analysis's to say — not the 1 − confidence
 * of the verdict the line had given, which the store kept meanwhile.
 */
export async function readAgainWhereLinesMoved(
  store: Store,
  reviewIds: readonly string[],
): Promise<void> {
  if (reviewIds.length > 0)
    await reanalyzeReviews(store, { reviewIds, examples: 0, linesMoved: true });
}

/**
 * Reads the reviews in the trash again (only the film's, with `filmId`) and, unless it is a
 * dry run, writes their new reading there, so an undo puts back what this version reads.
 */
async function reanalyzeTrash(
  store: Store,
  options: ReanalyzeOptions,
  context: OutletContext,
): Promise<ReanalyzeSummary["trash"]> {
  const counts = { read: 0, changed: 0 };
  let after: { auditId: string; reviewId: string } | null = null;
  for (;;) {
    const page: TrashedReading[] = await trashedReadings(store.db, {
      after,
      limit: options.pageSize ?? PAGE,
    });
    if (page.length === 0) return counts;
    const rewrites = [];
    const read = page.filter((t) => options.filmId === undefined || t.film_id === options.filmId);
    // A deleted review's outlet may have no review of the film left: learned as it is met.
    await learnMore(
      store,
      context,
      read.map((t) => t.outlet_id),
    );
    for (const trashed of read) {
      counts.read++;
      const rewrite = rewriteOf(trashed, analyzeForStore(inputOf(trashed), context).analysis);
      if (!rewrite) continue;
      counts.changed++;
      rewrites.push({
        auditId: trashed.auditId,
        row: { ...trashed.row, ...rewrite.columns },
        aspects: rewrite.aspects ?? trashed.aspects,
      });
    }
    if (!options.dryRun) await rewriteTrashed(store.db, rewrites);
    const last = page.at(-1) as TrashedReading;
    after = { auditId: last.auditId, reviewId: last.id };
  }
}

/**
 * The standing of every critic and outlet with a review of a film whose figures moved (this
 * run's, or an interrupted run's left in standing_due): standing is read against films'
 * consensus, so theirs moved too. Returns the reviews whose outlet's line moved under them.
 */
async function refreshDueStanding(store: Store): Promise<string[]> {
  const films = await standingDueFilms(store.db);
  const { critics, outlets } = await sourcesReviewing(store.db, films);
  // Every due film: a read-again leaves no standing behind.
  return refreshStanding(store, { critics, outlets }, Number.POSITIVE_INFINITY);
}

/** Outlet scales learned from every stored rating, as an import learns them from its whole input. */
async function learnStoredScales(store: Store): Promise<Map<string, OutletScale>> {
  const learner = new OutletScaleLearner();
  let after = "";
  for (;;) {
    const page = await storedRatings(store.db, { after, limit: RATINGS_PAGE });
    for (const r of page.rows) learner.add(r.outlet, r.rating);
    if (page.last === null) break;
    after = page.last;
  }
  return learner.scales();
}

/**
 * The outlets' scales and fresh thresholds a run reads reviews with; `learned` says which
 * outlets (by id; null for the reviews without one) they hold, or null when every one.
 */
interface OutletContext {
  scales: Map<string, OutletScale>;
  freshThresholds: Map<string, FreshLine>;
  learned: Set<string | null> | null;
}

/**
 * The scales and fresh thresholds of these outlets (null: the reviews without one), each
 * learned from that outlet's own stored ratings: what learnStoredScales and outletThresholds
 * give them, since no outlet's scale depends on another's.
 */
async function outletContextOf(
  store: Store,
  outlets: ReadonlyArray<string | null>,
): Promise<OutletContext> {
  const context: OutletContext = {
    scales: new Map(),
    freshThresholds: new Map(),
    learned: new Set(),
  };
  await learnMore(store, context, outlets);
  return context;
}

/** Adds to a context of some outlets those of `outlets` it does not hold yet. */
async function learnMore(
  store: Store,
  context: OutletContext,
  outlets: ReadonlyArray<string | null>,
): Promise<void> {
  const { learned } = context;
  if (learned === null) return;
  const fresh = [...new Set(outlets)].filter((outlet) => !learned.has(outlet));
  if (fresh.length === 0) return;
  for (const outlet of fresh) learned.add(outlet);
  const learner = new OutletScaleLearner();
  const named = new Set<string>();
  for (const { outlet, rating } of await outletRatings(store.db, fresh)) {
    learner.add(outlet, rating);
    if (outlet !== null) named.add(outlet);
  }
  for (const [key, scale] of learner.scales()) context.scales.set(key, scale);
  const thresholds = await outletThresholds(
    store,
    [...named].map((outlet) => ({ outlet })),
  );
  for (const [id, line] of thresholds) context.freshThresholds.set(id, line);
}

/** The review as its source gave it, from what the store kept; the film is the one it is filed under. */
function inputOf(r: StoredReading): ReviewInput {
  return {
    text: r.text,
    outlet: r.outlet,
    critic: r.critic,
    rating: r.rating_raw,
    title: r.title,
    // An untitled film's title is found in the review, as when it was first read; the film is
    // known (its id here stands for the source's), so a title quoted once may name it.
    film:
      r.filmTitle === null || r.film_id === null
        ? null
        : {
            title: r.filmTitled ? r.filmTitle : "",
            year: r.filmYear,
            externalId: `film:${r.film_id}`,
          },
    date: r.date,
    url: r.url,
    topCritic: r.top_critic === 1,
    ...(r.stated_verdict ? { verdict: r.stated_verdict as Verdict } : {}),
    // An admin's, which outranks it (commands/corrections.ts).
    ...(r.admin_verdict ? { adminVerdict: r.admin_verdict as Verdict } : {}),
    ...(r.admin_aspects ? { adminAspects: parseAdminAspects(r.admin_aspects) } : {}),
    ...(r.admin_quote ? { adminQuote: r.admin_quote } : {}),
  };
}

/** The rewrite a new analysis asks for, or null when it reads as stored. */
function rewriteOf(stored: StoredReading, analysis: Analysis): Rewrite | null {
  // What was changed in the review before it was first read (a cut text) still holds.
  const notes = (JSON.parse(stored.columns.analysis || "{}") as { notes?: string[] }).notes;
  const columns = analysisColumns(stored.text, notes?.length ? { ...analysis, notes } : analysis);
  const aspects = aspectRows(stored, stored.text, analysis.aspects);
  const sameColumns = (Object.keys(columns) as Array<keyof AnalysisColumns>).every((c) =>
    sameValue(stored.columns[c], columns[c]),
  );
  const sameAspects = aspectKey(stored.aspects) === aspectKey(aspects);
  if (sameColumns && sameAspects) return null;
  const before: ReviewContribution = {
    film_id: stored.film_id,
    outlet_id: stored.outlet_id,
    critic_id: stored.critic_id,
    score: numberOrNull(stored.columns.score),
    verdict: stored.columns.verdict,
    top_critic: stored.top_critic,
    date: stored.date,
    verdict_source: stored.columns.verdict_source,
    confidence: numberOrNull(stored.columns.confidence),
  };
  return {
    id: stored.id,
    columns,
    aspects: sameAspects ? null : aspects,
    before,
    after: {
      ...before,
      score: columns.score,
      verdict: columns.verdict,
      verdict_source: columns.verdict_source,
      confidence: columns.confidence,
    },
  };
}

/** Aspect rows compared as a set; strengths as PostgreSQL's `real` keeps them. */
function aspectKey(rows: ReadonlyArray<Partial<StoredAspect> & Pick<StoredAspect, "aspect">>) {
  return rows
    .map((a) =>
      JSON.stringify([
        a.aspect,
        a.polarity,
        a.evidence,
        numberOrNull(a.evidence_at),
        numberOrNull(a.evidence_length),
        a.strength === null || a.strength === undefined ? null : Math.fround(Number(a.strength)),
      ]),
    )
    .sort()
    .join("\n");
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === null || a === undefined || b === null || b === undefined)
    return (a ?? null) === (b ?? null);
  if (typeof a === "number" || typeof b === "number") return Number(a) === Number(b);
  return a === b;
}

function numberOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

/** Counts what changed in one review into the summary; returns the changes in words. */
function tally(summary: ReanalyzeSummary, stored: StoredReading, r: Rewrite): string[] {
  const was = stored.columns;
  const now = r.columns;
  const changes: string[] = [];
  summary.changed++;
  if (was.verdict !== now.verdict) {
    if (was.verdict === null) summary.verdicts.gained++;
    else if (now.verdict === null) summary.verdicts.lost++;
    else if (now.verdict === "positive") summary.verdicts.toPositive++;
    else summary.verdicts.toNegative++;
    changes.push(`verdict ${was.verdict ?? "none"} → ${now.verdict ?? "none"}`);
  }
  if ((was.verdict_source ?? null) !== (now.verdict_source ?? null) && now.verdict !== null)
    changes.push(`verdict ${verdictSourceWords(now.verdict_source)}`);
  if (!sameValue(was.score, now.score)) {
    summary.scores.changed++;
    changes.push(`score ${was.score ?? "none"} → ${now.score ?? "none"}`);
  }
  if (!sameValue(was.text_score, now.text_score)) {
    summary.textScores++;
    changes.push(`text score ${was.text_score ?? "none"} → ${now.text_score ?? "none"}`);
  }
  if (was.quote !== now.quote) {
    summary.quotes++;
    changes.push(`quote → ${now.quote === "" ? "the whole text" : `“${now.quote ?? "none"}”`}`);
  }
  if (r.aspects !== null) {
    summary.aspects.reviews++;
    changes.push(...aspectChanges(stored, r.aspects));
  }
  if ((was.disagreement ?? null) !== (now.disagreement ?? null)) {
    if (now.disagreement && !was.disagreement) summary.disagreements.flagged++;
    else if (was.disagreement && !now.disagreement) summary.disagreements.cleared++;
    else summary.disagreements.reworded++;
    changes.push(now.disagreement ? `flagged: ${now.disagreement}` : "no longer flagged");
  }
  if (was.analysis !== now.analysis) {
    summary.named++;
    changes.push(...namedChanges(was.analysis, now.analysis));
  }
  if (
    !sameValue(was.rating_score, now.rating_score) ||
    was.rating_kind !== now.rating_kind ||
    !sameValue(was.rating_max, now.rating_max)
  )
    changes.push(`rating “${stored.rating_raw}” read as ${readAs(now)} (was ${readAs(was)})`);
  if (!sameValue(was.confidence, now.confidence) && changes.length === 0)
    changes.push(`confidence ${was.confidence ?? "none"} → ${now.confidence ?? "none"}`);
  return changes;
}

/** What the stored extras name (people credited, other films and filmmakers), before and after, in words. */
function namedChanges(was: string, now: string): string[] {
  const named = (json: string) => {
    const extras = JSON.parse(json || "{}") as {
      people?: Array<{ name: string; role: string }>;
      mentions?: { films: string[]; people: string[] };
    };
    return {
      people: (extras.people ?? []).map((p) => `${p.name} (${p.role})`),
      "other films": extras.mentions?.films ?? [],
      "other people": extras.mentions?.people ?? [],
    };
  };
  const [before, after] = [named(was), named(now)];
  const lines = (Object.keys(before) as Array<keyof typeof before>).flatMap((kind) => {
    const gone = before[kind].filter((n) => !after[kind].includes(n));
    const added = after[kind].filter((n) => !before[kind].includes(n));
    if (gone.length + added.length === 0) return [];
    return [
      `${kind} named: ${[...added.map((n) => `+ ${n}`), ...gone.map((n) => `− ${n}`)].join(", ")}`,
    ];
  });
  return lines.length > 0 ? lines : ["what else it names (notes)"];
}

/**
 * Each aspect whose polarity or evidence changed: "pacing negative “…” → positive “…”"; or,
 * when only how clearly it is judged changed, "pacing negative, strength 1.4 → 0.35".
 */
function aspectChanges(
  stored: StoredReading,
  now: ReadonlyArray<{
    aspect: string;
    polarity: string;
    evidence: string;
    evidence_at?: number | null;
    evidence_length?: number | null;
    strength?: number | null;
  }>,
): string[] {
  const said = (
    a:
      | {
          polarity: string;
          evidence: string;
          evidence_at?: number | null;
          evidence_length?: number | null;
        }
      | undefined,
  ) => (a ? `${a.polarity} “${evidenceOf(stored.text, a)}”` : "none");
  const was = new Map(stored.aspects.map((a) => [a.aspect, a]));
  const is = new Map(now.map((a) => [a.aspect, a]));
  return [...new Set([...was.keys(), ...is.keys()])].flatMap((aspect) => {
    const [before, after] = [said(was.get(aspect)), said(is.get(aspect))];
    if (before !== after) return [`${aspect} ${before} → ${after}`];
    const strength = (a: { strength?: number | null } | undefined) =>
      a?.strength === null || a?.strength === undefined ? "none" : Number(a.strength).toFixed(2);
    const [from, to] = [strength(was.get(aspect)), strength(is.get(aspect))];
    return from === to ? [] : [`${aspect} ${is.get(aspect)?.polarity}, strength ${from} → ${to}`];
  });
}

/** An aspect row's evidence in words: its own, or the text's characters it points at. */
function evidenceOf(
  text: string,
  a: { evidence: string; evidence_at?: number | null; evidence_length?: number | null },
): string {
  if (a.evidence_at === null || a.evidence_at === undefined) return a.evidence;
  return [...text]
    .slice(Number(a.evidence_at), Number(a.evidence_at) + Number(a.evidence_length ?? 0))
    .join("");
}

function readAs(c: Pick<AnalysisColumns, "rating_kind" | "rating_score" | "rating_max">): string {
  if (c.rating_score === null) return c.rating_kind ?? "nothing";
  return `${c.rating_score}${c.rating_max === null ? "" : ` (of ${c.rating_max})`}`;
}

function filmLabel(r: StoredReading): string | null {
  if (r.filmTitle === null) return null;
  return filmName({ title: r.filmTitle, year: r.filmYear, titled: r.filmTitled });
}

function emptySummary(written: boolean): ReanalyzeSummary {
  return {
    read: 0,
    changed: 0,
    verdicts: { toPositive: 0, toNegative: 0, gained: 0, lost: 0 },
    scores: { changed: 0, meanAbsoluteChange: null },
    textScores: 0,
    quotes: 0,
    aspects: { reviews: 0, before: 0, after: 0 },
    disagreements: { flagged: 0, cleared: 0, reworded: 0 },
    named: 0,
    trash: { read: 0, changed: 0 },
    written,
    examples: [],
  };
}
