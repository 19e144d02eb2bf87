import type { Kysely, Selectable } from "kysely";
import { filmName } from "../domain/film.js";
import { groupBy } from "../domain/group-by.js";
import type { ReviewIdentity } from "../domain/repeated-reviews.js";
import { errors } from "../errors.js";
import { applyContributions, CONTRIBUTION_COLUMNS } from "./aggregates.repository.js";
import type { Store } from "./db.js";
import { indexNewReviews } from "./review-search-index.js";
import type { Database, FilmsTable, ReviewsTable } from "./schema.js";
import { refreshStanding, standingBudgetFor } from "./source-stats.repository.js";

/** Rows per `in (…)` list. */
const CHUNK = 400;

/** What a merged film was, kept so that the merge can be undone. */
export interface FilmSnapshot {
  film: Selectable<FilmsTable>;
  people: Array<Database["film_people"]>;
  titles: Array<Database["film_titles"]>;
  reviewIds: string[];
}

/** A deleted review, whole, with its aspects: enough to put it back exactly. */
export interface TrashedReview {
  review: Selectable<ReviewsTable>;
  aspects: Array<Database["review_aspects"]>;
}

export async function filmRow(
  db: Kysely<Database>,
  id: string,
): Promise<Selectable<FilmsTable> | null> {
  return (await db.selectFrom("films").selectAll().where("id", "=", id).executeTakeFirst()) ?? null;
}

/** A film as the audit log names it, as its page does; its id when it is gone. */
export async function filmLabel(db: Kysely<Database>, id: string): Promise<string> {
  const film = await filmRow(db, id);
  return film ? labelOf(film) : id;
}

/** Films as their pages name them, by id, read together; a film that is gone by its id. */
export async function filmLabels(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const labels = new Map(unique.map((id) => [id, id]));
  for (let i = 0; i < unique.length; i += CHUNK)
    for (const film of await db
      .selectFrom("films")
      .selectAll()
      .where("id", "in", unique.slice(i, i + CHUNK))
      .execute())
      labels.set(film.id, labelOf(film));
  return labels;
}

function labelOf(film: Selectable<FilmsTable>): string {
  return filmName({
    title: film.title,
    year: film.year,
    titled: film.title_source !== null || film.provisional === 0,
    yearInferred: film.year_inferred === 1,
  });
}

async function mustFilm(db: Kysely<Database>, id: string): Promise<Selectable<FilmsTable>> {
  const film = await filmRow(db, id);
  if (!film) throw errors.notFound(`film ${id}`);
  return film;
}

/**
 * Moves reviews to film `intoId`, their running sums with them, in one transaction; `pin`
 * marks them as put there by an admin (re-linking leaves them). Returns where each was.
 */
export async function moveReviews(
  store: Store,
  reviewIds: readonly string[],
  intoId: string,
  options: { pin?: boolean; standing?: StandingToRefresh } = {},
): Promise<Array<{ id: string; from: string | null }>> {
  const moved = await store.db.transaction().execute(async (trx) => {
    await mustFilm(trx, intoId);
    const moving = [];
    for (let i = 0; i < reviewIds.length; i += CHUNK) {
      const ids = reviewIds.slice(i, i + CHUNK);
      const rows = await trx
        .selectFrom("reviews")
        .select(["id", ...CONTRIBUTION_COLUMNS])
        .where("id", "in", ids)
        .execute();
      await applyContributions(trx, rows, -1);
      await trx
        .updateTable("reviews")
        .set({
          film_id: intoId,
          ...(options.pin !== undefined ? { pinned: options.pin ? 1 : 0 } : {}),
        })
        .where("id", "in", ids)
        .execute();
      await trx
        .updateTable("review_aspects")
        .set({ film_id: intoId })
        .where("review_id", "in", ids)
        .execute();
      await applyContributions(
        trx,
        rows.map((r) => ({ ...r, film_id: intoId })),
        1,
      );
      moving.push(...rows);
    }
    return moving;
  });
  await refreshedOrDeferred(store, moved, options.standing);
  return moved.map((r) => ({ id: r.id, from: r.film_id }));
}

/**
 * Critics and outlets whose standing a run of moves changed, refreshed once at its end
 * (linking a thousand films would otherwise recompute the same critics a thousand times).
 */
export class StandingToRefresh {
  readonly critics = new Set<string>();
  readonly outlets = new Set<string>();
  /** Reviews moved: the other films' reviews read to correct standing are a few times this. */
  private moved = 0;
  add(rows: ReadonlyArray<{ critic_id: string | null; outlet_id: string | null }>): void {
    this.moved += rows.length;
    for (const r of rows) {
      if (r.critic_id) this.critics.add(r.critic_id);
      if (r.outlet_id) this.outlets.add(r.outlet_id);
    }
  }
  /**
   * Nothing when no review moved: no film's figures changed, so no source's standing did.
   * Returns the reviews to read again where an outlet's line moved (a stated verdict trashed
   * or restored: see refreshStanding).
   */
  async refresh(store: Store): Promise<string[]> {
    if (this.moved === 0) return [];
    return refreshStanding(
      store,
      { critics: [...this.critics], outlets: [...this.outlets] },
      standingBudgetFor(this.moved),
    );
  }
}

/**
 * The consensus the moved reviews' critics and outlets are measured against has changed:
 * their standing is refreshed now, or by the caller's run at its end. (Refreshed now only for
 * reviews moved between films, whose ratings and stated verdicts go with them: no outlet's
 * line moves, so no review is left to read again. Reviews trashed or restored, which can
 * move a line, always come with the caller's StandingToRefresh.)
 */
async function refreshedOrDeferred(
  store: Store,
  rows: ReadonlyArray<{ critic_id: string | null; outlet_id: string | null }>,
  standing: StandingToRefresh | undefined,
): Promise<void> {
  const target = standing ?? new StandingToRefresh();
  target.add(rows);
  if (!standing) await target.refresh(store);
}

/** What tells a film's reviews apart (see domain/repeated-reviews.ts). */
export async function reviewIdentities(
  db: Kysely<Database>,
  filmId: string,
): Promise<ReviewIdentity[]> {
  const rows = await db
    .selectFrom("reviews")
    .select(["id", "outlet_id", "critic_id", "date", "rating_raw", "text"])
    .where("film_id", "=", filmId)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    outletId: r.outlet_id,
    criticId: r.critic_id,
    date: r.date,
    ratingRaw: r.rating_raw,
    text: r.text,
  }));
}

/** The ids of a film's reviews. */
export async function reviewIdsOf(db: Kysely<Database>, filmId: string): Promise<string[]> {
  const rows = await db.selectFrom("reviews").select("id").where("film_id", "=", filmId).execute();
  return rows.map((r) => r.id);
}

/**
 * Merges film `fromId` into `intoId`: its reviews and their running sums move over, its URL
 * redirects to the kept film (and every URL that redirected to it), the source's facts and
 * its other titles go along when the kept film lacks them, then it is gone. Returns what it
 * was, for the audit log and undo.
 */
export async function mergeFilms(
  store: Store,
  fromId: string,
  intoId: string,
  options: { standing?: StandingToRefresh } = {},
): Promise<FilmSnapshot> {
  if (fromId === intoId) throw errors.usage(`film ${fromId} cannot be merged into itself`);
  const film = await mustFilm(store.db, fromId);
  const into = await mustFilm(store.db, intoId);
  const snapshot: FilmSnapshot = {
    film,
    people: await store.db
      .selectFrom("film_people")
      .selectAll()
      .where("film_id", "=", fromId)
      .execute(),
    titles: await store.db
      .selectFrom("film_titles")
      .selectAll()
      .where("film_id", "=", fromId)
      .execute(),
    reviewIds: await reviewIdsOf(store.db, fromId),
  };
  await moveReviews(store, snapshot.reviewIds, intoId, options);
  await store.db.transaction().execute(async (trx) => {
    if (!into.facts && film.facts)
      await trx.updateTable("films").set({ facts: film.facts }).where("id", "=", intoId).execute();
    for (const title of snapshot.titles)
      await trx
        .insertInto("film_titles")
        .values({ ...title, film_id: intoId })
        .onConflict((oc) => oc.doNothing())
        .execute();
    for (const table of ["film_aggregates", "film_months", "film_people", "film_titles"] as const)
      await trx.deleteFrom(table).where("film_id", "=", fromId).execute();
    await trx.deleteFrom("films").where("id", "=", fromId).execute();
    await trx
      .updateTable("film_redirects")
      .set({ to_id: intoId })
      .where("to_id", "=", fromId)
      .execute();
    await trx
      .insertInto("film_redirects")
      .values({ from_id: fromId, to_id: intoId })
      .onConflict((oc) => oc.column("from_id").doUpdateSet({ to_id: intoId }))
      .execute();
  });
  return snapshot;
}

/** Puts a merged (or split-off) film back: its row, credits, titles, and the reviews it had. */
export async function restoreFilm(store: Store, snapshot: FilmSnapshot): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await trx
      .insertInto("films")
      .values(snapshot.film)
      .onConflict((oc) => oc.doNothing())
      .execute();
    if (snapshot.people.length > 0)
      await trx
        .insertInto("film_people")
        .values(snapshot.people)
        .onConflict((oc) => oc.doNothing())
        .execute();
    if (snapshot.titles.length > 0)
      await trx
        .insertInto("film_titles")
        .values(snapshot.titles)
        .onConflict((oc) => oc.doNothing())
        .execute();
    await trx.deleteFrom("film_redirects").where("from_id", "=", snapshot.film.id).execute();
  });
  const still = [];
  for (let i = 0; i < snapshot.reviewIds.length; i += CHUNK) {
    const rows = await store.db
      .selectFrom("reviews")
      .select("id")
      .where("id", "in", snapshot.reviewIds.slice(i, i + CHUNK))
      .execute();
    still.push(...rows.map((r) => r.id));
  }
  if (still.length > 0) await moveReviews(store, still, snapshot.film.id);
}

/** Sets a film's title, year or catalog fields; returns the row before. */
export async function updateFilm(
  db: Kysely<Database>,
  id: string,
  fields: Partial<
    Pick<
      Selectable<FilmsTable>,
      | "title"
      | "title_key"
      | "title_source"
      | "year"
      | "year_inferred"
      | "pinned"
      | "provisional"
      | "link"
    >
  >,
): Promise<Selectable<FilmsTable>> {
  const before = await mustFilm(db, id);
  await db.updateTable("films").set(fields).where("id", "=", id).execute();
  return before;
}

/** Creates a film from a row (a split's new film). */
export async function insertFilm(
  db: Kysely<Database>,
  film: Selectable<FilmsTable>,
): Promise<void> {
  await db.insertInto("films").values(film).execute();
}

/** Deletes a film with no reviews left (an undone split's). */
export async function deleteEmptyFilm(db: Kysely<Database>, id: string): Promise<void> {
  const left = await db
    .selectFrom("reviews")
    .select("id")
    .where("film_id", "=", id)
    .limit(1)
    .execute();
  if (left.length > 0) return;
  for (const table of ["film_aggregates", "film_months", "film_people", "film_titles"] as const)
    await db.deleteFrom(table).where("film_id", "=", id).execute();
  await db.deleteFrom("films").where("id", "=", id).execute();
}

/** Reviews, whole, with their aspects (for the trash before a delete). */
export async function reviewsWhole(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<TrashedReview[]> {
  const whole: TrashedReview[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const reviews = await db.selectFrom("reviews").selectAll().where("id", "in", chunk).execute();
    const aspects = await db
      .selectFrom("review_aspects")
      .selectAll()
      .where("review_id", "in", chunk)
      .execute();
    const aspectsOf = groupBy(aspects, (a) => a.review_id);
    for (const review of reviews) {
      // PostgreSQL's stored tsvector is derived from the text, and its arrival number given
      // anew: neither is copied or restored.
      delete (review as { search_text?: unknown }).search_text;
      delete (review as { seq?: unknown }).seq;
      whole.push({ review, aspects: aspectsOf.get(review.id) ?? [] });
    }
  }
  return whole;
}

/** The ids of the reviews an import stored. */
export async function reviewIdsOfImport(db: Kysely<Database>, importId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("reviews")
    .select("id")
    .where("import_id", "=", importId)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Removes reviews into the trash of an audit entry, a chunk per transaction — each review
 * copied whole with its aspects, then deleted with its running sums — so that any number
 * can be removed in bounded memory. Returns how many were removed.
 */
export async function trashReviews(
  store: Store,
  auditId: string,
  ids: readonly string[],
  standing: StandingToRefresh,
): Promise<number> {
  let removed = 0;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    removed += await store.db.transaction().execute(async (trx) => {
      const whole = await reviewsWhole(trx, chunk);
      if (whole.length === 0) return 0;
      await trx
        .insertInto("review_trash")
        .values(
          whole.map((t) => ({
            audit_id: auditId,
            review_id: t.review.id,
            review: JSON.stringify(t.review),
            aspects: JSON.stringify(t.aspects),
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute();
      await trx.deleteFrom("review_aspects").where("review_id", "in", chunk).execute();
      const gone = await trx
        .deleteFrom("reviews")
        .where("id", "in", chunk)
        .returning([...CONTRIBUTION_COLUMNS])
        .execute();
      await applyContributions(trx, gone, -1);
      standing.add(gone);
      return gone.length;
    });
  }
  return removed;
}

/** Puts an audit entry's trashed reviews back, a chunk at a time; returns their ids. */
export async function restoreTrash(
  store: Store,
  auditId: string,
  standing: StandingToRefresh,
): Promise<string[]> {
  const restoredIds: string[] = [];
  for (;;) {
    const rows = await store.db
      .selectFrom("review_trash")
      .select(["review_id", "review", "aspects"])
      .where("audit_id", "=", auditId)
      .orderBy("review_id")
      .limit(CHUNK)
      .execute();
    if (rows.length === 0) return restoredIds;
    await restoreReviews(
      store,
      rows.map((r) => ({ review: JSON.parse(r.review), aspects: JSON.parse(r.aspects) })),
      standing,
    );
    await store.db
      .deleteFrom("review_trash")
      .where("audit_id", "=", auditId)
      .where(
        "review_id",
        "in",
        rows.map((r) => r.review_id),
      )
      .execute();
    restoredIds.push(...rows.map((r) => r.review_id));
  }
}

/** Puts deleted reviews back as they were, their running sums with them. */
export async function restoreReviews(
  store: Store,
  trashed: readonly TrashedReview[],
  standing: StandingToRefresh,
): Promise<number> {
  const restored = await store.db.transaction().execute(async (trx) => {
    const back = [];
    for (let i = 0; i < trashed.length; i += CHUNK) {
      const chunk = trashed.slice(i, i + CHUNK);
      const saved = await trx
        .insertInto("reviews")
        .values(chunk.map((t) => t.review))
        .onConflict((oc) => oc.doNothing())
        .returning(["id", ...CONTRIBUTION_COLUMNS])
        .execute();
      const ids = new Set(saved.map((r) => r.id));
      const aspects = chunk.flatMap((t) => (ids.has(t.review.id) ? t.aspects : []));
      for (let j = 0; j < aspects.length; j += CHUNK)
        await trx
          .insertInto("review_aspects")
          .values(aspects.slice(j, j + CHUNK))
          .onConflict((oc) => oc.doNothing())
          .execute();
      await applyContributions(trx, saved, 1);
      back.push(...saved);
    }
    await indexNewReviews(trx);
    return back;
  });
  await refreshedOrDeferred(store, restored, standing);
  return restored.length;
}
