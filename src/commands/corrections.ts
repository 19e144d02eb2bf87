import { adminQuoteChoice } from "../analyze/quote/admin-quote.js";
import {
  type AdminAspect,
  type AdminAspects,
  ASPECT_NAMES,
  type AspectMention,
  type AspectName,
  judgementName,
  parseAdminAspects,
  type Verdict,
  verdictName,
} from "../domain/analysis.js";
import { titleKey } from "../domain/film.js";
import { groupBy } from "../domain/group-by.js";
import { errors } from "../errors.js";
import {
  type AuditSummary,
  getAudit,
  getAuditSummary,
  markUndone,
  recordAudit,
} from "../store/audit.repository.js";
import type { Store } from "../store/db.js";
import {
  deleteEmptyFilm,
  type FilmSnapshot,
  filmLabel,
  filmRow,
  insertFilm,
  mergeFilms,
  moveReviews,
  restoreFilm,
  restoreTrash,
  reviewIdsOfImport,
  reviewsWhole,
  StandingToRefresh,
  trashReviews,
  updateFilm,
} from "../store/film-edits.repository.js";
import { currentFilmId } from "../store/film-linking.repository.js";
import { stableId } from "../store/keys.js";
import {
  buryReviews,
  setAdminAspects,
  setAdminQuote,
  setAdminVerdict,
  unburyReviews,
} from "../store/reviews.repository.js";
import { filmRef } from "./film-ref.js";
import { readAgainWhereLinesMoved, reanalyzeReviews } from "./reanalyze-reviews.js";
import { recordSettingAsideRepeats, restoreRepeats } from "./repeated-reviews.js";
import { reportsCorrected } from "./review-reports.js";

/**
 * Corrections an admin makes — from the CLI, the API and the site alike — each written to
 * the audit log with what it changed (before → after) and undoable from there; a correction
 * of a review closes what readers reported of it (commands/review-reports.ts). Films and
 * reviews an admin placed are pinned: re-imports and automatic linking leave them.
 */

/** Who made a change: a session's or a token's label, "cli (user)", or "linking". */
export type Actor = string;

/**
 * What a correction did: its audit entry and, where reviews changed film (or their film its
 * title or year), how many were read again under it and how many of those readings changed.
 */
export type Correction = AuditSummary & { reread?: { read: number; changed: number } };

/** Renames a film and/or sets its year; pins it. */
export async function editFilm(
  store: Store,
  actor: Actor,
  filmId: string,
  change: { title?: string; year?: number | null },
): Promise<Correction> {
  const title = change.title?.trim();
  if (change.title !== undefined && !title)
    throw errors.unprocessable("title", "a film needs a title");
  if (
    change.year !== undefined &&
    change.year !== null &&
    !(change.year >= 1870 && change.year <= 2200)
  )
    throw errors.unprocessable("year", "expected a year between 1870 and 2200");
  const id = await filmRef(store, filmId);
  const before = await updateFilm(store.db, id, {
    ...(title ? { title, title_key: titleKey(title), title_source: "admin" } : {}),
    ...(change.year !== undefined ? { year: change.year, year_inferred: 0 } : {}),
    pinned: 1,
  });
  const after = await filmRow(store.db, id);
  const entry = await logged(store, {
    actor,
    action: "edit-film",
    target: id,
    summary: `film "${before.title}"${before.year ? ` (${before.year})` : ""} → "${after?.title}"${after?.year ? ` (${after.year})` : ""}`,
    before: pick(before),
    after: after ? pick(after) : null,
  });
  return withReread(entry, await readFilmAgain(store, id, before, after ?? null));
}

/** Merges film `from` into film `into` (a provisional film into its catalog entry, or a duplicate). */
export async function mergeFilm(
  store: Store,
  actor: Actor,
  from: string,
  into: string,
): Promise<Correction> {
  const fromId = await filmRef(store, from);
  const intoId = await filmRef(store, into);
  const snapshot = await mergeFilms(store, fromId, intoId);
  await updateFilm(store.db, intoId, { pinned: 1 });
  const label = await filmLabel(store.db, intoId);
  const id = await recordSettingAsideRepeats(store, intoId, snapshot.reviewIds, (note) =>
    recordAudit(store.db, {
      actor,
      action: "merge",
      target: intoId,
      summary: `"${snapshot.film.title}" merged into ${label} (${snapshot.reviewIds.length} reviews moved${note})`,
      before: snapshot,
      after: { into: intoId },
    }),
  );
  return withReread(await summaryOf(store, id), await readAgain(store, snapshot.reviewIds));
}

/** Moves reviews to another film; pins them there. */
export async function moveReviewsTo(
  store: Store,
  actor: Actor,
  reviewIds: readonly string[],
  filmId: string,
): Promise<Correction> {
  const into = await filmRef(store, filmId);
  const before = await pinnedStates(store, reviewIds);
  const moved = await moveReviews(store, reviewIds, into, { pin: true });
  const label = await filmLabel(store.db, into);
  const ids = moved.map((m) => m.id);
  const id = await recordSettingAsideRepeats(store, into, ids, (note) =>
    recordAudit(store.db, {
      actor,
      action: "move-reviews",
      target: into,
      summary: `${moved.length} review${moved.length === 1 ? "" : "s"} moved to ${label}${note}`,
      before: moved.map((m) => ({ ...m, pinned: before.get(m.id) ?? 0 })),
      after: { into },
    }),
  );
  await reportsCorrected(store, actor, ids);
  return withReread(await summaryOf(store, id), await readAgain(store, ids));
}

/** Splits reviews off into a new film of their own (pinned, provisional until linked by hand). */
export async function splitReviews(
  store: Store,
  actor: Actor,
  reviewIds: readonly string[],
  film: { title: string; year: number | null },
): Promise<Correction> {
  const title = film.title.trim();
  if (!title) throw errors.unprocessable("title", "the new film needs a title");
  if (reviewIds.length === 0) throw errors.usage("name the reviews to split off");
  const now = new Date().toISOString();
  const id = stableId("f", "split", title, film.year ?? "", now);
  await insertFilm(store.db, {
    id,
    title,
    title_key: titleKey(title),
    year: film.year,
    imdb_id: null,
    external_id: null,
    provisional: 1,
    created_at: now,
    tmdb_id: null,
    movielens_id: null,
    genres: null,
    facts: null,
    year_inferred: 0,
    title_source: "admin",
    link: null,
    pinned: 1,
  });
  const before = await pinnedStates(store, reviewIds);
  const moved = await moveReviews(store, reviewIds, id, { pin: true });
  const entry = await logged(store, {
    actor,
    action: "split",
    target: id,
    summary: `${moved.length} review${moved.length === 1 ? "" : "s"} split off into "${title}"${film.year ? ` (${film.year})` : ""}`,
    before: moved.map((m) => ({ ...m, pinned: before.get(m.id) ?? 0 })),
    after: { film: id },
  });
  await reportsCorrected(
    store,
    actor,
    moved.map((m) => m.id),
  );
  return withReread(
    entry,
    await readAgain(
      store,
      moved.map((m) => m.id),
    ),
  );
}

/** Deletes a review (a re-import does not bring it back; undo does). */
export async function deleteReview(
  store: Store,
  actor: Actor,
  reviewId: string,
): Promise<AuditSummary> {
  const [one] = await reviewsWhole(store.db, [reviewId]);
  if (!one) throw errors.notFound(`review ${reviewId}`);
  await buryReviews(store.db, [reviewId]);
  await reportsCorrected(store, actor, [reviewId]);
  return removing(
    store,
    {
      actor,
      action: "delete-review",
      target: reviewId,
      summary: `${await reviewLabel(store, one.review)} deleted`,
    },
    [reviewId],
  );
}

/**
 * Sets the verdict a review counts as — an admin's, for a review its analysis read wrong —
 * or, with null, takes it back so the review is read as it says again. The admin's verdict
 * outranks the source's stated one, the rating's and the text's; the review is read again at
 * once (its score, and its film's, critic's and outlet's figures follow), and every later
 * reading keeps it.
 */
export async function setReviewVerdict(
  store: Store,
  actor: Actor,
  reviewId: string,
  verdict: Verdict | null,
): Promise<Correction> {
  const [one] = await reviewsWhole(store.db, [reviewId]);
  if (!one) throw errors.notFound(`review ${reviewId}`);
  const before = (one.review.admin_verdict ?? null) as Verdict | null;
  if (before === verdict)
    throw errors.usage(
      verdict
        ? `review ${reviewId} is set ${verdictName(verdict)} already`
        : `review ${reviewId} has no verdict set by an admin`,
    );
  const read = verdictName(one.review.verdict) ?? "no verdict";
  const whose = await reviewLabel(store, one.review);
  const id = await recordAudit(store.db, {
    actor,
    action: "set-verdict",
    target: reviewId,
    summary: !verdict
      ? `${whose}: the verdict an admin set taken back (it is read as it says again)`
      : verdict === one.review.verdict
        ? `${whose}: verdict confirmed as ${verdictName(verdict)} (as it read)`
        : `${whose}: verdict set to ${verdictName(verdict)} (it had read ${read})`,
    before: { verdict: before },
    after: { verdict },
  });
  await setAdminVerdict(store.db, reviewId, verdict);
  return reviewCorrected(store, actor, reviewId, id);
}

/**
 * Sets what some aspects of a review are — an admin's word, where its reading had them wrong:
 * praise ("positive"), a complaint ("negative"), or nothing the review judges ("none") — or,
 * with null, takes an aspect's back so it is read as the review says again. The aspects not
 * named stay as they were. The review is read again at once (its film's aspect bars and
 * quotes follow), and every later reading keeps the admin's word (withAdminAspects).
 */
export async function setReviewAspects(
  store: Store,
  actor: Actor,
  reviewId: string,
  changes: Partial<Record<AspectName, AdminAspect | null>>,
): Promise<Correction> {
  const [one] = await reviewsWhole(store.db, [reviewId]);
  if (!one) throw errors.notFound(`review ${reviewId}`);
  const before = parseAdminAspects(one.review.admin_aspects);
  const after: AdminAspects = { ...before };
  for (const aspect of ASPECT_NAMES) {
    const set = changes[aspect];
    if (set === null) delete after[aspect];
    else if (set !== undefined) after[aspect] = set;
  }
  const changed = ASPECT_NAMES.filter((a) => before[a] !== after[a]);
  if (changed.length === 0)
    throw errors.usage(
      Object.keys(changes).length === 0
        ? `name at least one aspect to set (${ASPECT_NAMES.join(", ")})`
        : `review ${reviewId}'s aspects are set so already`,
    );
  const read = new Map(one.aspects.map((a) => [a.aspect, a.polarity as AspectMention["polarity"]]));
  const whose = await reviewLabel(store, one.review);
  const said = changed.map((aspect) => {
    const set = after[aspect];
    return set === undefined
      ? `${aspect} as the review reads again`
      : `${aspect} set to ${judgementName(set)} (it had read ${judgementName(read.get(aspect) ?? "none")})`;
  });
  const id = await recordAudit(store.db, {
    actor,
    action: "set-aspects",
    target: reviewId,
    summary: `${whose}: ${said.join("; ")}`,
    before: { aspects: before },
    after: { aspects: after },
  });
  await setAdminAspects(store.db, reviewId, after);
  return reviewCorrected(store, actor, reviewId, id);
}

/**
 * Sets a review's pull quote to words of its text an admin chose — where the one its reading
 * chose is not the best line (the story retold, a concession, a cut that loses the point) — or,
 * with null, takes them back so the reading chooses again. The words must be the review's own,
 * as its text writes them (whitespace aside), at most ADMIN_QUOTE_MAX_WORDS; they are kept as
 * the text has them, read again at once, and every later reading keeps them while the text
 * has them (adminQuoteOf).
 */
export async function setReviewQuote(
  store: Store,
  actor: Actor,
  reviewId: string,
  words: string | null,
): Promise<Correction> {
  const [one] = await reviewsWhole(store.db, [reviewId]);
  if (!one) throw errors.notFound(`review ${reviewId}`);
  const text = one.review.text;
  const before = one.review.admin_quote ?? null;
  const choice = words === null ? { words: null } : adminQuoteChoice(text, words);
  if ("problem" in choice) throw errors.unprocessable("quote", choice.problem);
  const chosen = choice.words;
  if (chosen === before)
    throw errors.usage(
      chosen === null
        ? `review ${reviewId} has no quote chosen by an admin`
        : `review ${reviewId} is quoted so already`,
    );
  const read = one.review.quote === "" ? text : one.review.quote;
  const whose = await reviewLabel(store, one.review);
  const id = await recordAudit(store.db, {
    actor,
    action: "set-quote",
    target: reviewId,
    summary:
      chosen === null
        ? `${whose}: the quote an admin chose taken back (the reading chooses it again)`
        : `${whose}: quote set to “${short(chosen)}”${read ? ` (it had quoted “${short(read)}”)` : ""}`,
    before: { quote: before },
    after: { quote: chosen },
  });
  await setAdminQuote(store.db, reviewId, chosen);
  return reviewCorrected(store, actor, reviewId, id);
}

/** A quote as an audit entry names it: its first 12 words. */
function short(quote: string): string {
  const words = quote.trim().split(/\s+/);
  return words.length <= 12 ? words.join(" ") : `${words.slice(0, 12).join(" ")} …`;
}

/** Takes back everything one import stored (re-running the import brings it back). */
export async function undoImport(
  store: Store,
  actor: Actor,
  importId: string,
): Promise<AuditSummary> {
  const exists = await store.db
    .selectFrom("imports")
    .select("id")
    .where("id", "=", importId)
    .executeTakeFirst();
  if (!exists) throw errors.notFound(`import ${importId}`);
  const ids = await reviewIdsOfImport(store.db, importId);
  return removing(
    store,
    {
      actor,
      action: "undo-import",
      target: importId,
      summary: `import ${importId} taken back: ${ids.length} reviews removed`,
    },
    ids,
  );
}

/** Undoes one audited change (a correction or an automatic merge); the undo is logged too. */
export async function undo(store: Store, actor: Actor, auditId: string): Promise<Correction> {
  const entry = await getAudit(store.db, auditId);
  if (!entry) throw errors.notFound(`audit entry ${auditId}`);
  if (entry.undoneAt) throw errors.usage(`${auditId} was undone already (${entry.undoneAt})`);
  // The reviews that went back to a film, or whose film got its title back, read again.
  let reread: Correction["reread"];
  switch (entry.action) {
    case "edit-film": {
      const before = entry.before as ReturnType<typeof pick>;
      const now = await filmRow(store.db, entry.target);
      await updateFilm(store.db, entry.target, before);
      reread = await readFilmAgain(store, entry.target, now ?? null, before);
      break;
    }
    case "merge": {
      await restoreRepeats(store, entry.id);
      const snapshot = entry.before as FilmSnapshot;
      await restoreFilm(store, snapshot);
      reread = await readAgain(store, snapshot.reviewIds);
      break;
    }
    case "move-reviews":
    case "split": {
      if (entry.action === "move-reviews") await restoreRepeats(store, entry.id);
      const before = entry.before as Array<{ id: string; from: string | null; pinned: number }>;
      for (const [from, group] of groupBy(before, (m) => m.from)) {
        if (from === null) continue;
        const target = await currentFilmId(store.db, from);
        if (!target) throw errors.usage(`film ${from} is gone; cannot move its reviews back`);
        await moveReviews(
          store,
          group.filter((m) => m.pinned === 0).map((m) => m.id),
          target,
          { pin: false },
        );
        await moveReviews(
          store,
          group.filter((m) => m.pinned !== 0).map((m) => m.id),
          target,
          { pin: true },
        );
      }
      if (entry.action === "split") await deleteEmptyFilm(store.db, entry.target);
      reread = await readAgain(
        store,
        before.map((m) => m.id),
      );
      break;
    }
    case "set-verdict":
      await setBack(store, entry.target, "verdict", () =>
        setAdminVerdict(
          store.db,
          entry.target,
          (entry.before as { verdict: Verdict | null }).verdict,
        ),
      );
      break;
    case "set-aspects":
      await setBack(store, entry.target, "aspects", () =>
        setAdminAspects(
          store.db,
          entry.target,
          (entry.before as { aspects: AdminAspects }).aspects,
        ),
      );
      break;
    case "set-quote":
      await setBack(store, entry.target, "quote", () =>
        setAdminQuote(store.db, entry.target, (entry.before as { quote: string | null }).quote),
      );
      break;
    case "delete-review":
    case "undo-import": {
      const standing = new StandingToRefresh();
      await unburyReviews(store.db, await restoreTrash(store, entry.id, standing));
      await readAgainWhereLinesMoved(store, await standing.refresh(store));
      break;
    }
    default:
      throw errors.usage(`a ${entry.action} cannot be undone`);
  }
  await markUndone(store.db, entry.id, actor);
  const undone = await logged(store, {
    actor,
    action: "undo",
    target: entry.id,
    summary: `undid: ${entry.summary}`,
    before: { undid: entry.id },
    after: null,
  });
  return withReread(undone, reread);
}

/**
 * Reads moved reviews again under the film they are now filed under, as `reviews reanalyze`
 * would: a review's reading depends on its film's title (a title's comma is not a clause's
 * end; the film's own title is not another film named).
 */
async function readAgain(
  store: Store,
  reviewIds: readonly string[],
): Promise<Correction["reread"]> {
  if (reviewIds.length === 0) return undefined;
  const { read, changed } = await reanalyzeReviews(store, { reviewIds, examples: 0 });
  return { read, changed };
}

/** Undoes an admin's word on one review (its verdict, aspects or quote), then reads it again. */
async function setBack(
  store: Store,
  reviewId: string,
  what: string,
  set: () => Promise<void>,
): Promise<void> {
  if ((await reviewsWhole(store.db, [reviewId])).length === 0)
    throw errors.usage(`review ${reviewId} is gone: its ${what} cannot be set back`);
  await set();
  await readAgain(store, [reviewId]);
}

/** A review as the audit log names it: "review by critic-5 of King Kong (2005)". */
async function reviewLabel(
  store: Store,
  review: { critic_id: string | null; film_id: string | null },
): Promise<string> {
  const film = review.film_id ? await filmLabel(store.db, review.film_id) : "no film";
  return `review by ${review.critic_id ?? "an unnamed critic"} of ${film}`;
}

/**
 * After one review is corrected: it is read again at once, what readers reported of it is
 * settled, and the audit entry is the answer.
 */
async function reviewCorrected(
  store: Store,
  actor: Actor,
  reviewId: string,
  auditId: string,
): Promise<Correction> {
  await readAgain(store, [reviewId]);
  await reportsCorrected(store, actor, [reviewId]);
  return summaryOf(store, auditId);
}

/** Reads a film's reviews again where its title or year changed. */
async function readFilmAgain(
  store: Store,
  filmId: string,
  before: { title: string; year: number | null } | null,
  after: { title: string; year: number | null } | null,
): Promise<Correction["reread"]> {
  if (!before || !after || (before.title === after.title && before.year === after.year))
    return undefined;
  const { read, changed } = await reanalyzeReviews(store, { filmId, examples: 0 });
  return { read, changed };
}

function withReread(entry: AuditSummary, reread: Correction["reread"]): Correction {
  return reread ? { ...entry, reread } : entry;
}

/**
 * Records a removal in the audit log, then moves the reviews into its trash (any number, in
 * bounded memory); the critics' and outlets' standing is refreshed once at the end.
 */
async function removing(
  store: Store,
  entry: Pick<AuditSummary, "actor" | "action" | "target" | "summary">,
  ids: readonly string[],
): Promise<AuditSummary> {
  const id = await recordAudit(store.db, { ...entry, before: { trash: ids.length }, after: null });
  const standing = new StandingToRefresh();
  await trashReviews(store, id, ids, standing);
  await readAgainWhereLinesMoved(store, await standing.refresh(store));
  return summaryOf(store, id);
}

async function pinnedStates(store: Store, ids: readonly string[]): Promise<Map<string, number>> {
  const whole = await reviewsWhole(store.db, ids);
  if (whole.length !== new Set(ids).size) {
    const found = new Set(whole.map((w) => w.review.id));
    throw errors.notFound(`review ${ids.find((id) => !found.has(id))}`);
  }
  return new Map(whole.map((w) => [w.review.id, w.review.pinned]));
}

function pick(film: NonNullable<Awaited<ReturnType<typeof filmRow>>>) {
  return {
    title: film.title,
    title_key: film.title_key,
    title_source: film.title_source,
    year: film.year,
    year_inferred: film.year_inferred,
    pinned: film.pinned,
  };
}

async function summaryOf(store: Store, auditId: string): Promise<AuditSummary> {
  return (await getAuditSummary(store.db, auditId)) as AuditSummary;
}

async function logged(
  store: Store,
  entry: Parameters<typeof recordAudit>[1],
): Promise<AuditSummary> {
  return summaryOf(store, await recordAudit(store.db, entry));
}
