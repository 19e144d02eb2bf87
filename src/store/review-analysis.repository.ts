import { type Insertable, type Kysely, sql } from "kysely";
import {
  applyContributions,
  type ReviewContribution,
  readVerdictDoubt,
} from "./aggregates.repository.js";
import type { Store } from "./db.js";
import type { Database, ReviewsTable } from "./schema.js";

/**
 * A stored review as it is read again: what its source said (its text, header fields, the
 * rating as written, a stated verdict, the film it is filed under), and what was understood
 * of it when it was stored — its analysis columns and aspect rows.
 */
export interface StoredReading
  extends Pick<
    ReviewsTable,
    | "id"
    | "film_id"
    | "outlet_id"
    | "critic_id"
    | "text"
    | "title"
    | "url"
    | "date"
    | "top_critic"
    | "rating_raw"
    | "stated_verdict"
  > {
  /** The verdict an admin set (reviews.admin_verdict), or null. */
  admin_verdict: string | null;
  /** What an admin set some of its aspects to (reviews.admin_aspects, JSON), or null. */
  admin_aspects: string | null;
  /** The words an admin chose as its quote (reviews.admin_quote), or null. */
  admin_quote: string | null;
  outlet: string | null;
  critic: string | null;
  filmTitle: string | null;
  filmYear: number | null;
  /** Whether the film has a title; an untitled one's `filmTitle` describes it ("A 2007 film by …"). */
  filmTitled: boolean;
  columns: AnalysisColumns;
  aspects: StoredAspect[];
}

/** The columns of a review row that hold its analysis (see analysisColumns). */
export type AnalysisColumns = Pick<
  ReviewsTable,
  | "rating_kind"
  | "rating_score"
  | "rating_max"
  | "score"
  | "score_source"
  | "text_score"
  | "verdict"
  | "verdict_source"
  | "confidence"
  | "quote"
  | "disagreement"
  | "analysis"
>;

export type StoredAspect = Omit<Database["review_aspects"], "review_id" | "film_id">;

const ANALYSIS_COLUMNS = [
  "rating_kind",
  "rating_score",
  "rating_max",
  "score",
  "score_source",
  "text_score",
  "verdict",
  "verdict_source",
  "confidence",
  "quote",
  "disagreement",
  "analysis",
] as const;

/**
 * Up to `limit` stored reviews after the id `after`, in id order (keyset paging: each page
 * costs its own size), optionally only one film's, with their aspect rows.
 */
export async function storedReadings(
  db: Kysely<Database>,
  {
    after,
    limit,
    filmId,
    reviewIds,
  }: {
    after: string;
    limit: number;
    filmId?: string;
    reviewIds?: readonly string[];
  },
): Promise<StoredReading[]> {
  let query = db
    .selectFrom("reviews as r")
    .leftJoin("outlets as o", "o.id", "r.outlet_id")
    .leftJoin("critics as c", "c.id", "r.critic_id")
    .leftJoin("films as f", "f.id", "r.film_id")
    .select([
      "r.id",
      "r.film_id",
      "r.outlet_id",
      "r.critic_id",
      "o.name as outlet",
      "c.name as critic",
      "f.title as filmTitle",
      "f.year as filmYear",
      "f.title_source as filmTitleSource",
      "r.text",
      "r.title",
      "r.url",
      "r.date",
      "r.top_critic",
      "r.rating_raw",
      "r.stated_verdict",
      "r.admin_verdict",
      "r.admin_aspects",
      "r.admin_quote",
      ...ANALYSIS_COLUMNS.map((c) => `r.${c}` as const),
    ])
    .where("r.id", ">", after)
    .orderBy("r.id")
    .limit(limit);
  if (filmId !== undefined) query = query.where("r.film_id", "=", filmId);
  if (reviewIds !== undefined) {
    if (reviewIds.length === 0) return [];
    query = query.where("r.id", "in", reviewIds);
  }
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const aspects = await db
    .selectFrom("review_aspects")
    .select(["review_id", "aspect", "polarity", "evidence", "evidence_at", "evidence_length"])
    .select("strength")
    .where(
      "review_id",
      "in",
      rows.map((r) => r.id),
    )
    .execute();
  const aspectsOf = new Map<string, StoredAspect[]>();
  for (const { review_id, ...aspect } of aspects) {
    const list = aspectsOf.get(review_id) ?? [];
    list.push(aspect);
    aspectsOf.set(review_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    film_id: r.film_id,
    outlet_id: r.outlet_id,
    critic_id: r.critic_id,
    outlet: r.outlet ?? null,
    critic: r.critic ?? null,
    filmTitle: r.filmTitle ?? null,
    filmYear: r.filmYear === null || r.filmYear === undefined ? null : Number(r.filmYear),
    filmTitled: r.filmTitleSource !== null && r.filmTitleSource !== undefined,
    text: r.text,
    title: r.title,
    url: r.url,
    date: r.date,
    top_critic: Number(r.top_critic),
    rating_raw: r.rating_raw,
    stated_verdict: r.stated_verdict,
    admin_verdict: r.admin_verdict ?? null,
    admin_aspects: r.admin_aspects ?? null,
    admin_quote: r.admin_quote ?? null,
    columns: Object.fromEntries(ANALYSIS_COLUMNS.map((c) => [c, r[c]])) as AnalysisColumns,
    aspects: aspectsOf.get(r.id) ?? [],
  }));
}

/** A review in the trash of an undoable delete, read again as a stored one is. */
export interface TrashedReading extends StoredReading {
  auditId: string;
  /** The review row as the trash keeps it (restored as it is by an undo). */
  row: Record<string, unknown>;
}

/**
 * Up to `limit` reviews in the trash after `after` (audit entry, then review id: keyset
 * paging), with their outlets', critics' and films' names as the store has them now.
 */
export async function trashedReadings(
  db: Kysely<Database>,
  { after, limit }: { after: { auditId: string; reviewId: string } | null; limit: number },
): Promise<TrashedReading[]> {
  let query = db
    .selectFrom("review_trash")
    .select(["audit_id", "review_id", "review", "aspects"])
    .orderBy("audit_id")
    .orderBy("review_id")
    .limit(limit);
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb("audit_id", ">", after.auditId),
        eb.and([eb("audit_id", "=", after.auditId), eb("review_id", ">", after.reviewId)]),
      ]),
    );
  const rows = (await query.execute()).map((r) => ({
    auditId: r.audit_id,
    row: JSON.parse(r.review) as Record<string, unknown>,
    aspects: JSON.parse(r.aspects) as StoredAspect[],
  }));
  const idsOf = (key: string) => [
    ...new Set(rows.flatMap((r) => (typeof r.row[key] === "string" ? [r.row[key] as string] : []))),
  ];
  const names = async (table: "outlets" | "critics", ids: string[]) =>
    new Map(
      ids.length === 0
        ? []
        : (await db.selectFrom(table).select(["id", "name"]).where("id", "in", ids).execute()).map(
            (r) => [r.id, r.name] as const,
          ),
    );
  const outlets = await names("outlets", idsOf("outlet_id"));
  const critics = await names("critics", idsOf("critic_id"));
  const filmIds = idsOf("film_id");
  const films = new Map(
    filmIds.length === 0
      ? []
      : (
          await db
            .selectFrom("films")
            .select(["id", "title", "year", "title_source"])
            .where("id", "in", filmIds)
            .execute()
        ).map((f) => [f.id, f] as const),
  );
  return rows.map(({ auditId, row, aspects }) => {
    const text = (key: string) => (row[key] ?? null) as string | null;
    const film = films.get(text("film_id") ?? "");
    return {
      auditId,
      row,
      id: row.id as string,
      film_id: text("film_id"),
      outlet_id: text("outlet_id"),
      critic_id: text("critic_id"),
      outlet: outlets.get(text("outlet_id") ?? "") ?? null,
      critic: critics.get(text("critic_id") ?? "") ?? null,
      filmTitle: film?.title ?? null,
      filmYear: film?.year === null || film?.year === undefined ? null : Number(film.year),
      filmTitled: film?.title_source !== null && film?.title_source !== undefined,
      text: (row.text as string) ?? "",
      title: text("title"),
      url: text("url"),
      date: text("date"),
      top_critic: Number(row.top_critic),
      rating_raw: text("rating_raw"),
      stated_verdict: text("stated_verdict"),
      // (A review put in the trash before the column was added has none.)
      admin_verdict: text("admin_verdict"),
      admin_aspects: text("admin_aspects"),
      admin_quote: text("admin_quote"),
      columns: Object.fromEntries(
        ANALYSIS_COLUMNS.map((c) => [c, row[c] ?? null]),
      ) as AnalysisColumns,
      aspects,
    };
  });
}

/** Writes reviews in the trash as read again: the row and its aspect rows, as an undo will restore them. */
export async function rewriteTrashed(
  db: Kysely<Database>,
  rewrites: ReadonlyArray<{
    auditId: string;
    row: Record<string, unknown>;
    aspects: readonly object[];
  }>,
): Promise<void> {
  if (rewrites.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (const r of rewrites)
      await trx
        .updateTable("review_trash")
        .set({ review: JSON.stringify(r.row), aspects: JSON.stringify(r.aspects) })
        .where("audit_id", "=", r.auditId)
        .where("review_id", "=", r.row.id as string)
        .execute();
  });
}

/**
 * A page of stored ratings (the outlet's name and the rating as written) after the review id
 * `after`, and the last id the page looked at (null when there are no more).
 */
export async function storedRatings(
  db: Kysely<Database>,
  { after, limit }: { after: string; limit: number },
): Promise<{ rows: Array<{ outlet: string | null; rating: string }>; last: string | null }> {
  const rows = await db
    .selectFrom("reviews as r")
    .leftJoin("outlets as o", "o.id", "r.outlet_id")
    .select(["r.id", "o.name as outlet", "r.rating_raw"])
    .where("r.id", ">", after)
    .orderBy("r.id")
    .limit(limit)
    .execute();
  return {
    rows: rows.flatMap((r) =>
      r.rating_raw === null ? [] : [{ outlet: r.outlet ?? null, rating: r.rating_raw }],
    ),
    last: rows.at(-1)?.id ?? null,
  };
}

/** The outlets of these reviews, by id, each once (null: reviews without an outlet). */
export async function outletsOfReviews(
  db: Kysely<Database>,
  reviewIds: readonly string[],
): Promise<Array<string | null>> {
  const outlets = new Set<string | null>();
  for (let i = 0; i < reviewIds.length; i += ID_CHUNK) {
    const rows = await db
      .selectFrom("reviews")
      .select("outlet_id")
      .distinct()
      .where("id", "in", reviewIds.slice(i, i + ID_CHUNK))
      .execute();
    for (const r of rows) outlets.add(r.outlet_id);
  }
  return [...outlets];
}

/** The outlets of a film's reviews, by id, each once (null: reviews without an outlet). */
export async function outletsOfFilm(
  db: Kysely<Database>,
  filmId: string,
): Promise<Array<string | null>> {
  const rows = await db
    .selectFrom("reviews")
    .select("outlet_id")
    .distinct()
    .where("film_id", "=", filmId)
    .execute();
  return rows.map((r) => r.outlet_id);
}

/**
 * The stored ratings as written of these outlets' reviews, with the outlet's name (null: the
 * reviews without an outlet, learned as one source), read through the outlet index.
 */
export async function outletRatings(
  db: Kysely<Database>,
  outletIds: ReadonlyArray<string | null>,
): Promise<Array<{ outlet: string | null; rating: string }>> {
  const ratings: Array<{ outlet: string | null; rating: string }> = [];
  const named = outletIds.filter((id): id is string => id !== null);
  for (let i = 0; i < named.length; i += ID_CHUNK) {
    const rows = await db
      .selectFrom("reviews as r")
      .innerJoin("outlets as o", "o.id", "r.outlet_id")
      .select(["o.name", "r.rating_raw"])
      .where("r.outlet_id", "in", named.slice(i, i + ID_CHUNK))
      .where("r.rating_raw", "is not", null)
      .execute();
    for (const r of rows) ratings.push({ outlet: r.name, rating: r.rating_raw as string });
  }
  if (outletIds.includes(null)) {
    const rows = await db
      .selectFrom("reviews")
      .select("rating_raw")
      .where("outlet_id", "is", null)
      .where("rating_raw", "is not", null)
      .execute();
    for (const r of rows) ratings.push({ outlet: null, rating: r.rating_raw as string });
  }
  return ratings;
}

/** How many reviews are stored, or filed under one film. */
export async function storedReviewCount(db: Kysely<Database>, filmId?: string): Promise<number> {
  let query = db.selectFrom("reviews").select((eb) => eb.fn.countAll().as("n"));
  if (filmId !== undefined) query = query.where("film_id", "=", filmId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** The critics and outlets with a review of any of these films (ids, each once). */
export async function sourcesReviewing(
  db: Kysely<Database>,
  filmIds: readonly string[],
): Promise<{ critics: string[]; outlets: string[] }> {
  const critics = new Set<string>();
  const outlets = new Set<string>();
  for (let i = 0; i < filmIds.length; i += ID_CHUNK) {
    const rows = await db
      .selectFrom("reviews")
      .select(["critic_id", "outlet_id"])
      .distinct()
      .where("film_id", "in", filmIds.slice(i, i + ID_CHUNK))
      .execute();
    for (const r of rows) {
      if (r.critic_id) critics.add(r.critic_id);
      if (r.outlet_id) outlets.add(r.outlet_id);
    }
  }
  return { critics: [...critics], outlets: [...outlets] };
}

/** Ids per IN list. */
const ID_CHUNK = 500;

/** A review's analysis as read again: its new columns, and its aspect rows when they changed. */
export interface Rewrite {
  id: string;
  columns: AnalysisColumns;
  /** The new aspect rows, or null to keep the stored ones. */
  aspects: Array<Insertable<Database["review_aspects"]>> | null;
  /** What the review counts towards, before and after. */
  before: ReviewContribution;
  after: ReviewContribution;
}

/**
 * Writes analyses read again, in one transaction: each review's analysis columns, its aspect
 * rows where they changed, the running sums moved from what each review counted before to
 * what it counts now (which notes the films whose figures moved as due a standing refresh:
 * standing_due), and the analysis revision of their films and the site counted up.
 */
export async function rewriteAnalyses(store: Store, rewrites: readonly Rewrite[]): Promise<void> {
  if (rewrites.length === 0) return;
  await store.db.transaction().execute(async (trx) => {
    for (const r of rewrites) {
      await trx.updateTable("reviews").set(r.columns).where("id", "=", r.id).execute();
    }
    const reAspected = rewrites.filter((r) => r.aspects !== null);
    if (reAspected.length > 0) {
      await trx
        .deleteFrom("review_aspects")
        .where(
          "review_id",
          "in",
          reAspected.map((r) => r.id),
        )
        .execute();
      const rows = reAspected.flatMap((r) => r.aspects ?? []);
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
        await trx
          .insertInto("review_aspects")
          .values(rows.slice(i, i + INSERT_CHUNK))
          .onConflict((oc) => oc.doNothing())
          .execute();
      }
    }
    const moved = rewrites.filter(
      (r) =>
        r.before.score !== r.after.score ||
        r.before.verdict !== r.after.verdict ||
        readVerdictDoubt(r.before) !== readVerdictDoubt(r.after),
    );
    await applyContributions(
      trx,
      moved.map((r) => r.before),
      -1,
    );
    await applyContributions(
      trx,
      moved.map((r) => r.after),
      1,
    );
    await countAnalysisRevisions(
      trx,
      rewrites.flatMap((r) => r.after.film_id ?? []),
    );
  });
}

/**
 * Counts up the analysis revision of these films and of the site, in the caller's
 * transaction: their reviews were read again, so pages kept for their figures are not current.
 */
export async function countAnalysisRevisions(
  db: Kysely<Database>,
  filmIds: readonly string[],
): Promise<void> {
  const films = [...new Set(filmIds)];
  for (let i = 0; i < films.length; i += ID_CHUNK)
    await db
      .updateTable("film_aggregates")
      .set({ analysis_revision: sql`analysis_revision + 1` })
      .where("film_id", "in", films.slice(i, i + ID_CHUNK))
      .execute();
  await db
    .updateTable("site_aggregates")
    .set({ analysis_revision: sql`analysis_revision + 1` })
    .execute();
}

/** The films noted as due a standing refresh (see applyStandingTerms). */
export async function standingDueFilms(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom("standing_due").select("film_id").execute()).map((r) => r.film_id);
}

/** Rows per INSERT: well under both dialects' limits on bound parameters. */
const INSERT_CHUNK = 400;
