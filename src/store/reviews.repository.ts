import { type Insertable, type Kysely, sql } from "kysely";
import {
  type AdminAspects,
  type Analysis,
  type AspectMention,
  type AspectName,
  parseAdminAspects,
  READ_VERDICT_SOURCES,
  type Verdict,
} from "../domain/analysis.js";
import type { ChecksList } from "../domain/checks.js";
import { filmName } from "../domain/film.js";
import { groupBy } from "../domain/group-by.js";
import { outletKey } from "../domain/outlet.js";
import type { ReviewReport } from "../domain/report.js";
import type { ReviewInput } from "../domain/review.js";
import {
  PAGE_REVIEWS_COMPARED,
  type PageReview,
  PageReviews,
  sameReviewAtUrl,
} from "../domain/same-page-reviews.js";
import {
  applyContributions,
  CONTRIBUTION_COLUMNS,
  type ReviewContribution,
} from "./aggregates.repository.js";
import { arrival } from "./arrival.js";
import { evidenceInContext } from "./aspects.repository.js";
import type { Dialect, Store } from "./db.js";
import { criticId, normalizeReviewText, normalizeUrl, stableId } from "./keys.js";
import { linkDecisionId, saveLinkDecisions } from "./link-decisions.repository.js";
import { literalLimit } from "./literal-limit.js";
import { oneOf } from "./one-of.js";
import { openReportsOf, reviewIdsReported } from "./review-reports.repository.js";
import { indexNewReviews } from "./review-search-index.js";
import type { Database, ReviewsTable } from "./schema.js";

/** A review and what Cinemeter understood of it, ready to store. */
export interface AnalyzedReview {
  input: ReviewInput;
  analysis: Analysis;
}

/** A review with the film linking chose for it, and why (JSON). */
export interface LinkedReview extends AnalyzedReview {
  filmId: string | null;
  /** The film as its source names it (ids or title and year): part of the review's identity. */
  filmKey: string | null;
  link: string;
}

/** Rows per INSERT: well under both dialects' limits on bound parameters. */
const INSERT_CHUNK = 400;

/** What storing a batch did: counts, and each review's id and whether it was stored now, in order. */
export interface SavedReviews {
  imported: number;
  duplicates: number;
  ids: string[];
  stored: boolean[];
}

/**
 * Stores a batch of reviews in one transaction: their outlets, critics and films, the
 * reviews not already stored (the same URL, or the same words, from the same outlet is a
 * duplicate), and the running sums of everything they count towards. Returns how many were
 * new, how many were duplicates, and each review's id and whether it was stored now, in order.
 */
export async function saveReviews(
  store: Store,
  reviews: readonly LinkedReview[],
  importId: string | null,
  now = new Date().toISOString(),
): Promise<SavedReviews> {
  return store.db.transaction().execute(async (trx) => {
    const outlets = new Map<string, string>();
    const critics = new Map<string, { name: string; top: number }>();
    for (const { input } of reviews) {
      if (input.outlet) outlets.set(outletKey(input.outlet), input.outlet);
      if (input.critic)
        critics.set(criticId(input.critic), { name: input.critic, top: input.topCritic ? 1 : 0 });
    }
    if (outlets.size > 0) {
      await trx
        .insertInto("outlets")
        .values([...outlets].map(([id, name]) => ({ id, name })))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    if (critics.size > 0) {
      await trx
        .insertInto("critics")
        .values([...critics].map(([id, c]) => ({ id, name: c.name, top_critic: c.top })))
        .onConflict((oc) =>
          oc.column("id").doUpdateSet({
            // Once a top critic, always one (portable: no GREATEST in SQLite, no two-argument max in PostgreSQL).
            top_critic: sql<number>`case when excluded.top_critic > critics.top_critic then excluded.top_critic else critics.top_critic end`,
          }),
        )
        .execute();
    }
    await saveLinkDecisions(
      trx,
      reviews.map((r) => r.link),
    );
    const rows = reviews.map(({ input, analysis, filmId, filmKey, link }) =>
      reviewRow(input, analysis, { filmId, filmKey, link }, importId, now),
    );
    const inserted = await insertNewRows(trx, rows);
    const othersOnPage = await otherReviewsAtTheirUrl(trx, rows, inserted);
    for (const row of othersOnPage) row.values.id = idOnSharedPage(row);
    inserted.push(...(await insertNewRows(trx, othersOnPage)));
    const aspects = inserted.flatMap(({ row, saved }) =>
      aspectRows(saved, row.values.text, row.aspects),
    );
    for (let i = 0; i < aspects.length; i += INSERT_CHUNK) {
      await trx
        .insertInto("review_aspects")
        .values(aspects.slice(i, i + INSERT_CHUNK))
        .onConflict((oc) => oc.doNothing())
        .execute();
    }
    await applyContributions(
      trx,
      inserted.map((r) => r.saved),
      1,
    );
    const stored = new Set(inserted.map((r) => r.row));
    await indexNewReviews(trx);
    return {
      imported: inserted.length,
      duplicates: rows.length - inserted.length,
      ids: rows.map((r) => r.values.id),
      stored: rows.map((r) => stored.has(r)),
    };
  });
}

/** A review's row, with the URL key its id was made from (null when it has no URL) and its aspects. */
interface ReviewRow {
  values: Insertable<ReviewsTable> & { id: string; text: string };
  urlKey: string | null;
  aspects: Analysis["aspects"];
}

type SavedRow = ReviewContribution & { id: string; text_key: string | null };

/**
 * Inserts the rows not stored already (by id or by words) and not deleted by an admin, and
 * says which rows went in, with what each contributes to the running sums. Of two rows of one
 * id and the same words, the first goes in.
 */
async function insertNewRows(
  trx: Kysely<Database>,
  rows: readonly ReviewRow[],
): Promise<Array<{ row: ReviewRow; saved: SavedRow }>> {
  const stored: Array<{ row: ReviewRow; saved: SavedRow }> = [];
  const key = (id: string, textKey: string | null | undefined) => `${id}\u0000${textKey ?? ""}`;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    const chunk = rows.slice(i, i + INSERT_CHUNK);
    // A review an admin deleted stays deleted.
    const buried = new Set(
      (
        await trx
          .selectFrom("review_tombstones")
          .select("id")
          .where(
            "id",
            "in",
            chunk.map((r) => r.values.id),
          )
          .execute()
      ).map((r) => r.id),
    );
    const live = buried.size > 0 ? chunk.filter((r) => !buried.has(r.values.id)) : chunk;
    if (live.length === 0) continue;
    const saved = await trx
      .insertInto("reviews")
      .values(live.map((r) => r.values))
      .onConflict((oc) => oc.doNothing())
      .returning(["id", "text_key", ...CONTRIBUTION_COLUMNS])
      .execute();
    const savedByKey = new Map(saved.map((r) => [key(r.id, r.text_key), r]));
    for (const row of live) {
      const k = key(row.values.id, row.values.text_key);
      const s = savedByKey.get(k);
      if (!s) continue;
      stored.push({ row, saved: s });
      savedByKey.delete(k);
    }
  }
  return stored;
}

/**
 * The rows with a URL that were not stored because a review at that URL was, and that are
 * another review on that page rather than the stored one again (sameReviewAtUrl: another
 * critic, or other words). Same words are a duplicate, whatever the page.
 */
async function otherReviewsAtTheirUrl(
  trx: Kysely<Database>,
  rows: readonly ReviewRow[],
  inserted: ReadonlyArray<{ row: ReviewRow }>,
): Promise<ReviewRow[]> {
  const went = new Set(inserted.map((r) => r.row));
  const waiting = rows.filter((r) => r.urlKey !== null && r.values.text !== "" && !went.has(r));
  const others: ReviewRow[] = [];
  for (let i = 0; i < waiting.length; i += INSERT_CHUNK) {
    const chunk = waiting.slice(i, i + INSERT_CHUNK);
    const stored = new Map(
      (
        await trx
          .selectFrom("reviews")
          .select(["id", "text", "critic_id", "text_key"])
          .where(
            "id",
            "in",
            chunk.map((r) => r.values.id),
          )
          .execute()
      ).map((r) => [r.id, r]),
    );
    const notFirst: ReviewRow[] = [];
    for (const row of chunk) {
      const there = stored.get(row.values.id);
      if (!there || there.text_key === row.values.text_key) continue;
      const arriving = { text: row.values.text, criticId: row.values.critic_id ?? null };
      if (!sameReviewAtUrl({ text: there.text, criticId: there.critic_id }, arriving))
        notFirst.push(row);
    }
    others.push(...(await notStoredOnPage(trx, notFirst)));
  }
  return others;
}

/** The most of a film's reviews read to find a page's. */
const FILM_REVIEWS_READ = 500;
/** Films whose newest reviews one statement reads. */
const FILMS_A_STATEMENT = 100;

/**
 * Of rows that are not their page's first review, those that are not another review stored on
 * that page either (PageReviews: the same words, or on a page of a few, mostly the same words
 * or the same critic's); one that is takes that review's id, as a duplicate of it. The page's
 * other reviews are found among its film's newest FILM_REVIEWS_READ (a bigger page's reviews
 * of the same words are found by their id, its URL's and words' key).
 */
async function notStoredOnPage(
  trx: Kysely<Database>,
  rows: readonly ReviewRow[],
): Promise<ReviewRow[]> {
  const pages = groupBy(
    rows.filter((row) => row.values.film_id),
    (row) => `${row.values.film_id}\u0000${row.urlKey}`,
  );
  const films = await newestOfFilms(trx, [
    ...new Set(rows.flatMap((row) => (row.values.film_id ? [row.values.film_id] : []))),
  ]);
  const duplicates = new Set<ReviewRow>();
  for (const onPage of pages.values()) {
    const { film_id: filmId } = (onPage[0] as ReviewRow).values;
    const page = new PageReviews(
      (films.get(filmId as string) ?? [])
        .filter((s) => s.url !== null && urlKeyOf(s.outlet_id, s.url) === onPage[0]?.urlKey)
        .slice(0, PAGE_REVIEWS_COMPARED + 1)
        .map((s) => ({ id: s.id, text: s.text, textKey: s.text_key, criticId: s.critic_id })),
    );
    for (const row of onPage) {
      const { id, text, text_key: textKey = null, critic_id: criticId = null } = row.values;
      const same = page.match({ text, textKey, criticId }, id);
      if (same === null) continue;
      row.values.id = same;
      duplicates.add(row);
    }
  }
  return rows.filter((row) => !duplicates.has(row));
}

/**
 * Each film's newest FILM_REVIEWS_READ reviews, through the film index: a page's earlier
 * reviews arrived with it, and a film of a million reviews costs what one of
 * FILM_REVIEWS_READ does. Many films a statement, each its own bounded part.
 */
async function newestOfFilms(trx: Kysely<Database>, filmIds: readonly string[]) {
  const newest = (filmId: string) =>
    trx
      .selectFrom((db) =>
        db
          .selectFrom("reviews")
          .select(["id", "film_id", "text", "text_key", "critic_id", "outlet_id", "url"])
          .where("film_id", "=", filmId)
          .orderBy(arrival(trx), "desc")
          .limit(literalLimit(FILM_REVIEWS_READ))
          .as("newest"),
      )
      .selectAll();
  const rows = [];
  for (let i = 0; i < filmIds.length; i += FILMS_A_STATEMENT) {
    const [first, ...rest] = filmIds.slice(i, i + FILMS_A_STATEMENT).map(newest);
    if (first)
      rows.push(...(await rest.reduce((query, part) => query.unionAll(part), first).execute()));
  }
  return groupBy(rows, (r) => r.film_id as string);
}

/** A review's URL as its identity reads it: its outlet's and the URL's (normalized). */
function urlKeyOf(outletId: string | null, url: string): string {
  return `${outletId ?? ""}|${normalizeUrl(url)}`;
}

/** The id of a review on a page of several: its URL's key and its words. */
function idOnSharedPage(row: ReviewRow): string {
  return sharedPageId(row.urlKey, row.values.text);
}

function sharedPageId(urlKey: string | null, text: string): string {
  return stableId("r", urlKey, stableId("", normalizeReviewText(text)));
}

/** A review's aspects as review_aspects holds them. */
export function aspectRows(
  review: { id: string; film_id: string | null },
  text: string,
  aspects: Analysis["aspects"],
): Array<Insertable<Database["review_aspects"]>> {
  return aspects.map((a) => ({
    review_id: review.id,
    film_id: review.film_id,
    aspect: a.aspect,
    polarity: a.polarity,
    ...storedEvidence(text, a.evidence),
    strength: a.strength ?? null,
  }));
}

/**
 * An aspect's evidence as stored (migration 0025): where it is in the review's text, in
 * characters as both databases count them (code points), or its words when the text does not
 * hold them as they are.
 */
function storedEvidence(
  text: string,
  evidence: string,
): { evidence: string; evidence_at: number | null; evidence_length: number } {
  const at = text.indexOf(evidence);
  const length = codePoints(evidence);
  return at < 0
    ? { evidence, evidence_at: null, evidence_length: length }
    : { evidence: "", evidence_at: codePoints(text.slice(0, at)), evidence_length: length };
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Deletes reviews by id, taking their contributions out of the running sums. */
export async function deleteReviews(store: Store, ids: readonly string[]): Promise<number> {
  if (ids.length === 0) return 0;
  return store.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom("review_aspects")
      .where("review_id", "in", [...ids])
      .execute();
    const gone = await trx
      .deleteFrom("reviews")
      .where("id", "in", [...ids])
      .returning([...CONTRIBUTION_COLUMNS])
      .execute();
    await applyContributions(trx, gone, -1);
    return gone.length;
  });
}

/**
 * What of an analysis the review's columns and its aspects' rows do not hold and cannot be
 * read again from them — the people and films it names, what was changed before it was read
 * — as JSON, the empty parts left out ("{}" for most reviews). How the rating was read is
 * not kept: its raw text, kind, scale and score are columns, and it reads the same again.
 */
function analysisExtras(analysis: Analysis): string {
  const { people, mentions, notes } = analysis;
  return JSON.stringify({
    ...(people.length > 0 ? { people } : {}),
    ...(mentions.films.length + mentions.people.length > 0 ? { mentions } : {}),
    ...(notes?.length ? { notes } : {}),
  });
}

/** The columns of a review's row that hold what was understood of it (its text as stored). */
export function analysisColumns(text: string, analysis: Analysis) {
  const { rating } = analysis;
  return {
    rating_kind: rating?.kind ?? null,
    rating_score: rating?.score ?? null,
    rating_max: rating?.kind === "letter" ? null : (rating?.max ?? null),
    score: analysis.score,
    score_source: analysis.scoreSource,
    text_score: analysis.textScore,
    verdict: analysis.verdict,
    verdict_source: analysis.verdictSource,
    confidence: analysis.confidence,
    // The whole text as its own quote (most snippets) is stored as "": never twice.
    quote: analysis.quote !== null && analysis.quote === text ? "" : analysis.quote,
    disagreement: analysis.disagreement ?? null,
    analysis: analysisExtras(analysis),
  } satisfies Partial<Insertable<ReviewsTable>>;
}

/**
 * Who a review is, from its source's words and the key of the film its source names (see
 * LinkedReview): its id, and the keys duplicates are found by (its text_key as stored).
 */
export function reviewIdentity(
  input: ReviewInput,
  filmKey: string | null,
): {
  id: string;
  outletId: string | null;
  text: string;
  urlKey: string | null;
  textKey: string | null;
} {
  const outletId = input.outlet ? outletKey(input.outlet) : null;
  const text = input.text.trim();
  const urlKey = input.url ? urlKeyOf(outletId, input.url) : null;
  // The same words from the same outlet about the same film: a short line ("Watched on
  // Friday March 19, 2021.") can be every review of a day, each about another film.
  const textKey = text
    ? `${outletId ?? ""}|${filmKey ?? ""}|${stableId("", normalizeReviewText(text))}`
    : null;
  return {
    // With a URL, the id is the outlet + URL key: the same URL again is the same review (or,
    // with other words, another on that page: idOnSharedPage gives it its own).
    id: stableId(
      "r",
      urlKey ??
        textKey ??
        [outletId, input.critic, filmKey, input.rating, input.date, input.title].join("|"),
    ),
    outletId,
    text,
    urlKey,
    textKey: textKey === null ? null : stableId("t", textKey),
  };
}

/** What is known of a review before it is read, to find it stored (heldAlready). */
export interface KnownIdentity {
  /** Its id (reviewIdentity). */
  id: string;
  /** Its text_key as stored; undefined where the film it is filed by is not known unread. */
  textKey: string | null | undefined;
  /** With a URL: the URL's key, and its words and critic, to compare with the review there. */
  atUrl: (PageReview & { urlKey: string }) | null;
}

/**
 * The stored review each of these reviews is already, or null: saveReviews would count each
 * found a duplicate, so it need not be read first. Found: a review an admin deleted (it stays
 * deleted); one of its id with the same words; at its URL, the same review (sameReviewAtUrl:
 * the same critic's, mostly the same words; whatever film its words name); another review on
 * that page stored under its own id, with the same words. A review not found here may still
 * be one: saveReviews decides those.
 */
export async function heldAlready(
  db: Kysely<Database>,
  identities: readonly KnownIdentity[],
): Promise<Array<string | null>> {
  const held = new Set<string>();
  const present = new Set<string>();
  const buried = new Set<string>();
  const atUrl = new Map<string, PageReview>();
  const key = (id: string, textKey: string | null) => `${id}\u0000${textKey ?? ""}`;
  // Its id as another review on a page stored already (idOnSharedPage), where its words'
  // key is known to compare.
  const onPage = identities.map((r) =>
    r.atUrl && r.atUrl.text !== "" && r.textKey !== undefined
      ? sharedPageId(r.atUrl.urlKey, r.atUrl.text)
      : null,
  );
  for (let i = 0; i < identities.length; i += INSERT_CHUNK / 2) {
    const chunk = identities.slice(i, i + INSERT_CHUNK / 2);
    const ids = chunk.flatMap((r, j) => {
      const page = onPage[i + j];
      return page ? [r.id, page] : [r.id];
    });
    for (const r of await db
      .selectFrom("reviews")
      .select(["id", "text_key"])
      .where("id", "in", ids)
      .execute()) {
      held.add(key(r.id, r.text_key));
      present.add(r.id);
    }
    for (const r of await db
      .selectFrom("review_tombstones")
      .select("id")
      .where(
        "id",
        "in",
        chunk.map((r) => r.id),
      )
      .execute())
      buried.add(r.id);
    // The reviews stored at their URLs, for those not found by their words' key.
    const compared = chunk.filter(
      (r) =>
        r.atUrl !== null &&
        present.has(r.id) &&
        !(r.textKey !== undefined && held.has(key(r.id, r.textKey))),
    );
    if (compared.length > 0)
      for (const r of await db
        .selectFrom("reviews")
        .select(["id", "text", "critic_id"])
        .where(
          "id",
          "in",
          compared.map((c) => c.id),
        )
        .execute())
        atUrl.set(r.id, { text: r.text, criticId: r.critic_id });
  }
  return identities.map((r, j) => {
    if (buried.has(r.id)) return r.id;
    if (r.textKey !== undefined && held.has(key(r.id, r.textKey))) return r.id;
    const there = atUrl.get(r.id);
    // (A rating alone at a URL is the review there; otherwise its words are compared.)
    if (there && r.atUrl && (r.atUrl.text === "" || sameReviewAtUrl(there, r.atUrl))) return r.id;
    // (Another review on a page is one only while the page's first is there.)
    const page = onPage[j];
    if (page && r.textKey !== undefined && present.has(r.id) && held.has(key(page, r.textKey)))
      return page;
    return null;
  });
}

/** A review's quote as stored: "" means the whole text (see reviewRow). */
const STORED_QUOTE = sql<
  string | null
>`case when reviews.quote = '' then reviews.text else reviews.quote end`;
/** Whether the quote is where the review's text starts: the whole text, or its first words. */
const QUOTE_STARTS_TEXT = sql<
  number | boolean
>`case when reviews.quote = '' or substr(reviews.text, 1, length(reviews.quote)) = reviews.quote then 1 else 0 end`;

function reviewRow(
  input: ReviewInput,
  analysis: Analysis,
  { filmId, filmKey, link }: { filmId: string | null; filmKey: string | null; link: string },
  importId: string | null,
  now: string,
): ReviewRow {
  const { id, outletId, text, urlKey, textKey } = reviewIdentity(input, filmKey);
  const { rating } = analysis;
  const values = {
    id,
    film_id: filmId,
    outlet_id: outletId,
    critic_id: input.critic ? criticId(input.critic) : null,
    url_key: null,
    text_key: textKey,
    text,
    title: input.title,
    url: input.url,
    date: input.date,
    top_critic: input.topCritic ? 1 : 0,
    rating_raw: rating?.raw ?? null,
    stated_verdict: input.verdict ?? null,
    ...analysisColumns(text, analysis),
    import_id: importId,
    created_at: now,
    link: linkDecisionId(link),
  };
  return { values, urlKey, aspects: analysis.aspects };
}

/** A stored review as the API and pages show it. */
export interface ReviewSummary {
  id: string;
  /**
   * Listed for the aspect it judges (ReviewFilter.aspect): which, how, and the words that judge
   * it ("" where an admin set it and the reading had found no words).
   */
  aspect?: {
    name: AspectName;
    polarity: "positive" | "negative";
    evidence: string;
    /** A few characters of the review on each side of the words ("" at its ends). */
    before: string;
    after: string;
    /** Whether an admin set it (the words are the review's, the side the admin's). */
    setByAdmin: boolean;
  };
  filmId: string | null;
  filmTitle: string | null;
  /** The film as pages name it ("Her Smell (2019)", "A 2007 film by …"), or null. */
  filmName: string | null;
  outlet: string | null;
  outletId: string | null;
  critic: string | null;
  criticId: string | null;
  topCritic: boolean;
  /** As written; `max`: the top of the scale it was read on (none for letter grades). */
  rating: { raw: string; kind: string | null; score: number | null; max: number | null } | null;
  score: number | null;
  scoreSource: string | null;
  textScore: number | null;
  verdict: string | null;
  /** Whether `verdict` is one an admin set (reviews.admin_verdict), not the review's reading. */
  verdictByAdmin: boolean;
  /** How `verdict` was reached (Analysis.verdictSource); null without one, or stored before it was kept. */
  verdictSource: string | null;
  confidence: number | null;
  quote: string | null;
  /**
   * Whether the quote is where the review's text starts (the whole text, as most critics'
   * snippets are, or its first sentence): only there can a lowercase start mean an excerpt
   * cut before it reached us (see excerpt in web/format.ts).
   */
  quoteStartsText: boolean;
  /** Listed as reported (ReviewFilter.reported): what its readers say is wrong, oldest first. */
  reports?: ReviewReport[];
  /** Whether `quote` holds words an admin chose (reviews.admin_quote), not the reading's choice. */
  quoteByAdmin: boolean;
  /** The date the critic published it, as the source gave it. */
  date: string | null;
  /** When this site added it (ISO 8601). */
  addedAt: string;
  url: string | null;
  title: string | null;
  /** What does not add up in the review (its text against its rating …), or null. */
  disagreement: string | null;
}

/**
 * Orders of a review list: newest added, newest by its own date, highest or lowest score, the
 * least sure verdict (for an admin's list of verdicts read: ReviewFilter.read).
 */
export type ReviewSort = "added" | "date" | "score" | "lowest" | "unsure";

/**
 * Each order walks an index: its column, where the column has a value, then the reviews
 * without one (no date, no score), newest first. Every list is filtered by its film, critic
 * or outlet first, so the indexes start with those and end with the order of arrival
 * (migration 0024), which breaks ties and is "newest" itself.
 */
const SORTS: Record<ReviewSort, { column: "date" | "score" | "confidence" | null; desc: boolean }> =
  {
    added: { column: null, desc: true },
    date: { column: "date", desc: true },
    score: { column: "score", desc: true },
    lowest: { column: "score", desc: false },
    // (With ReviewFilter.read, through migration 0037's index.)
    unsure: { column: "confidence", desc: false },
  };

/**
 * Where a page ends: in the keyed part of an order or in the rest, at the order's value (null
 * for newest first) and the review's number of arrival.
 */
interface Cursor {
  rest: boolean;
  at: string | number | null;
  n: number;
}

export interface ReviewFilter {
  filmId?: string;
  criticId?: string;
  outletId?: string;
  topOnly?: boolean;
  verdict?: "positive" | "negative";
  ratedOnly?: boolean;
  /** Only the reviews whose analysis flags what does not add up in them (`disagreement`). */
  flagged?: boolean;
  /**
   * Only the reviews whose verdict was read rather than given (READ_VERDICT_SOURCES: from the
   * text, a rating on the fence, an outlet's own line), each with how sure it is: an admin's
   * list to read, least sure first (sort "unsure").
   */
  read?: boolean;
  /**
   * Only the reviews that judge this aspect so (praise or complaint), each with the words that
   * judge it (`aspect` on its summary): the reviews behind a film page's aspect bar.
   */
  aspect?: { name: AspectName; polarity: "positive" | "negative" };
  /** Only the reviews readers have reported as read wrong, and no admin has settled yet. */
  reported?: boolean;
}

/** A list of reviews to check as listReviews reads it (`filmId`: one film's least sure alone). */
export function checksListing(
  list: ChecksList,
  filmId: string | null = null,
): { filter: ReviewFilter; sort: ReviewSort } {
  if (list === "unsure")
    return { filter: { read: true, ...(filmId ? { filmId } : {}) }, sort: "unsure" };
  return { filter: list === "reported" ? { reported: true } : { flagged: true }, sort: "added" };
}

/**
 * Reviews, newest first (or by `sort`; reviews without a date or score last), a page at a
 * time: `after` is the cursor the previous page returned (keyset pagination, so pages stay
 * stable while reviews arrive).
 */
export async function listReviews(
  store: Store,
  filter: ReviewFilter,
  page: { after?: string | null; limit: number; sort?: ReviewSort },
): Promise<{ reviews: ReviewSummary[]; next: string | null }> {
  const keys = await pageKeys(
    store,
    filter,
    page.sort ?? "added",
    decodeCursor(page.after),
    page.limit + 1,
  );
  const details =
    keys.length === 0
      ? []
      : await store.db
          .selectFrom("reviews")
          .leftJoin("outlets", "outlets.id", "reviews.outlet_id")
          .leftJoin("critics", "critics.id", "reviews.critic_id")
          .leftJoin("films", "films.id", "reviews.film_id")
          .select([
            "films.title as film_title",
            "films.year as film_year",
            "films.title_source as film_title_source",
            "films.provisional as film_provisional",
            "films.year_inferred as film_year_inferred",
            "reviews.id",
            "reviews.film_id",
            "reviews.outlet_id",
            "reviews.critic_id",
            "outlets.name as outlet",
            "critics.name as critic",
            "reviews.top_critic",
            "reviews.rating_raw",
            "reviews.rating_kind",
            "reviews.rating_score",
            "reviews.rating_max",
            "reviews.score",
            "reviews.score_source",
            "reviews.text_score",
            "reviews.verdict",
            "reviews.admin_verdict",
            "reviews.verdict_source",
            "reviews.confidence",
            STORED_QUOTE.as("quote"),
            QUOTE_STARTS_TEXT.as("quote_starts_text"),
            "reviews.admin_quote",
            "reviews.date",
            "reviews.created_at",
            "reviews.url",
            "reviews.title",
            "reviews.disagreement",
          ])
          .where(
            oneOf(
              store.dialect,
              "reviews.id",
              keys.map((k) => k.id),
            ),
          )
          .execute();
  const byId = new Map(details.map((r) => [r.id, r]));
  // (The reported: each with what its readers say is wrong.)
  const reports = filter.reported
    ? await openReportsOf(
        store.db,
        keys.map((k) => k.id),
      )
    : null;
  const judged = filter.aspect
    ? await aspectEvidence(
        store,
        keys.map((k) => k.id),
        filter.aspect.name,
      )
    : null;
  const rows = keys.flatMap((k) => {
    const r = byId.get(k.id);
    return r ? [{ ...r, cursor: k }] : [];
  });
  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit);
  const last = shown.at(-1);
  return {
    reviews: shown.map((r) => ({
      id: r.id,
      filmId: r.film_id,
      filmTitle: r.film_title,
      filmName:
        r.film_title === null
          ? null
          : filmName({
              title: r.film_title,
              year: r.film_year,
              titled: r.film_title_source !== null || Number(r.film_provisional) === 0,
              yearInferred: Number(r.film_year_inferred) === 1,
            }),
      outlet: r.outlet,
      outletId: r.outlet_id,
      critic: r.critic,
      criticId: r.critic_id,
      topCritic: Number(r.top_critic) === 1,
      rating:
        r.rating_raw === null
          ? null
          : {
              raw: r.rating_raw,
              kind: r.rating_kind,
              score: r.rating_score,
              max: r.rating_max === null ? null : Number(r.rating_max),
            },
      score: r.score,
      scoreSource: r.score_source,
      textScore: r.text_score,
      verdict: r.verdict,
      verdictByAdmin: r.admin_verdict !== null && r.admin_verdict !== undefined,
      verdictSource: r.verdict_source ?? null,
      confidence: r.confidence,
      quote: r.quote,
      quoteStartsText: Number(r.quote_starts_text) === 1,
      quoteByAdmin: r.admin_quote !== null && r.admin_quote !== undefined,
      date: r.date,
      addedAt: r.created_at,
      url: r.url,
      title: r.title,
      disagreement: r.disagreement,
      ...(reports ? { reports: reports.get(r.id) ?? [] } : {}),
      ...(judged && filter.aspect
        ? {
            aspect: {
              name: filter.aspect.name,
              polarity: filter.aspect.polarity,
              ...(judged.get(r.id) ?? { evidence: "", before: "", after: "", setByAdmin: false }),
            },
          }
        : {}),
    })),
    next: more && last ? encodeCursor(last.cursor) : null,
  };
}

/**
 * The reviews behind an aspect bar, found two ways by how many there are. Few (a side rarely
 * taken, FEW_JUDGING at most): their ids, found through the aspects' index by film, and each
 * looked up — walking a busy film's reviews for them would read through all of it (21.6 ms a
 * page on bench:scale's 1M SQLite store). Many: null, and the film's reviews are walked in
 * order, each checked, since a page is found after a few dozen — looking each of 1,440 up
 * took PostgreSQL 12.5 ms a page on the same film at 1M.
 */
async function fewJudging(
  store: Store,
  aspect: NonNullable<ReviewFilter["aspect"]>,
  filmId: string | undefined,
): Promise<string[] | null> {
  let judging = store.db
    .selectFrom("review_aspects")
    .select("review_aspects.review_id")
    .where("review_aspects.aspect", "=", aspect.name)
    .where("review_aspects.polarity", "=", aspect.polarity);
  if (filmId) judging = judging.where("review_aspects.film_id", "=", filmId);
  const rows = await judging.limit(FEW_JUDGING + 1).execute();
  return rows.length > FEW_JUDGING ? null : rows.map((r) => r.review_id);
}

/**
 * The reviews readers have reported and no admin has settled, found through the open
 * reports' index while they are few (FEW_JUDGING at most: more only where reports pile up
 * unread); null where more, and the reviews are walked in order, each checked.
 */
async function fewReported(store: Store): Promise<string[] | null> {
  const ids = await reviewIdsReported(store.db, FEW_JUDGING + 1);
  return ids.length > FEW_JUDGING ? null : ids;
}

/**
 * The most reviews behind an aspect bar looked up one by one; with more, a page of 20 is
 * found among the film's first 20 × (its reviews / FEW_JUDGING) at most (about 430 of the
 * 6,422 of bench:scale's busiest film at 1M).
 */
const FEW_JUDGING = 300;

/**
 * The ids of a page of reviews (`limit` at most), from the reviews table alone: the keyed
 * part of the order through its index, then, when that runs out, the reviews without the
 * order's value, newest first.
 */
async function pageKeys(
  store: Store,
  filter: ReviewFilter,
  sort: ReviewSort,
  cursor: Cursor | null,
  limit: number,
): Promise<Array<Cursor & { id: string }>> {
  const few = filter.aspect
    ? await fewJudging(store, filter.aspect, filter.filmId)
    : filter.reported
      ? await fewReported(store)
      : null;
  // Walking a film's reviews for a side many take, PostgreSQL would start parallel workers
  // for a page of 50 (bench:scale's busiest film at 1M: 45 ms a page, 6 ms without them);
  // and once the statement is prepared, it may switch to a generic plan, made without knowing
  // which film, that reads all the film's reviews and sorts them (5.1 ms at 216k, whose busiest
  // film has 1,690) where the film's own plan walks its index and stops at the page (0.5 ms).
  if (filter.aspect && !few && store.dialect === "postgres")
    return store.db.transaction().execute(async (trx) => {
      await sql`select set_config('max_parallel_workers_per_gather', '0', true),
        set_config('plan_cache_mode', 'force_custom_plan', true)`.execute(trx);
      return keysOf(trx, store.dialect, filter, sort, cursor, limit, few);
    });
  return keysOf(store.db, store.dialect, filter, sort, cursor, limit, few);
}

/**
 * pageKeys's page through `db`; where `few` is not null, only those reviews (the few behind an
 * aspect bar, or the reported), each looked up.
 */
async function keysOf(
  db: Kysely<Database>,
  dialect: Dialect,
  filter: ReviewFilter,
  sort: ReviewSort,
  cursor: Cursor | null,
  limit: number,
  few: string[] | null,
): Promise<Array<Cursor & { id: string }>> {
  const { column, desc } = SORTS[sort];
  const seq = arrival(db);
  const part = async (rest: boolean, count: number) => {
    const order = rest || column === null ? null : sql.ref(`reviews.${column}`);
    const descending = order === null || desc;
    let query = db
      .selectFrom("reviews")
      .select(["reviews.id", seq.as("n"), sql<string | number | null>`${order ?? null}`.as("at")]);
    if (filter.filmId) query = query.where("reviews.film_id", "=", filter.filmId);
    if (filter.criticId) query = query.where("reviews.critic_id", "=", filter.criticId);
    if (filter.outletId) query = query.where("reviews.outlet_id", "=", filter.outletId);
    if (filter.topOnly) query = query.where("reviews.top_critic", "=", 1);
    if (filter.verdict) query = query.where("reviews.verdict", "=", filter.verdict);
    if (filter.ratedOnly) query = query.where("reviews.rating_score", "is not", null);
    if (filter.flagged) query = query.where("reviews.disagreement", "is not", null);
    if (filter.read) query = query.where(readVerdict);
    if (few) query = query.where(oneOf(dialect, "reviews.id", few));
    if (filter.reported && !few)
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom("review_reports")
            .select("review_reports.id")
            .whereRef("review_reports.review_id", "=", "reviews.id")
            .where("review_reports.closed_at", "is", null),
        ),
      );
    const aspect = filter.aspect;
    if (aspect && !few)
      query = query.where(({ exists, selectFrom }) =>
        exists(
          selectFrom("review_aspects")
            .select("review_aspects.aspect")
            .whereRef("review_aspects.review_id", "=", "reviews.id")
            .where("review_aspects.aspect", "=", aspect.name)
            .where("review_aspects.polarity", "=", aspect.polarity),
        ),
      );
    if (column !== null) query = query.where(`reviews.${column}`, rest ? "is" : "is not", null);
    if (cursor && cursor.rest === rest) {
      const past = sql.raw(descending ? "<" : ">");
      query = query.where(
        order === null || cursor.at === null
          ? sql<boolean>`${seq} ${past} ${cursor.n}`
          : sql<boolean>`(${order}, ${seq}) ${past} (${cursor.at}, ${cursor.n})`,
      );
    }
    const direction = descending ? "desc" : "asc";
    if (order !== null) query = query.orderBy(order, direction);
    const rows = await query.orderBy(seq, direction).limit(literalLimit(count)).execute();
    return rows.map((r) => ({ rest, at: r.at, n: Number(r.n), id: r.id }));
  };
  const first = cursor?.rest ? [] : await part(false, limit);
  if (column === null || first.length >= limit) return first;
  return [...first, ...(await part(true, limit - first.length))];
}

function encodeCursor({ rest, at, n }: Cursor): string {
  return Buffer.from(JSON.stringify({ rest, at, n })).toString("base64url");
}

function decodeCursor(cursor: string | null | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as Partial<Cursor>;
    return (typeof value.at === "string" || typeof value.at === "number" || value.at === null) &&
      Number.isSafeInteger(value.n)
      ? { rest: value.rest === true, at: value.at, n: value.n as number }
      : null;
  } catch {
    return null;
  }
}

/** A review that matched a search, with the matching words marked «like this». */
export interface ReviewMatch {
  id: string;
  filmId: string | null;
  /** The film as pages name it (see ReviewSummary.filmName), or null. */
  filmName: string | null;
  outlet: string | null;
  critic: string | null;
  criticId: string | null;
  quote: string | null;
  /** The review's address, or null. */
  url: string | null;
  excerpt: string;
}

/** The columns every match carries beside its excerpt. */
const MATCH_COLUMNS = sql`reviews.id, reviews.film_id as "filmId", films.title as "filmTitle",
  films.year as "filmYear", films.title_source as "titleSource", films.provisional,
  films.year_inferred as "yearInferred", outlets.name as outlet, critics.name as critic,
  critics.id as "criticId", ${STORED_QUOTE} as quote, reviews.url`;
const MATCH_JOINS = sql`left join outlets on outlets.id = reviews.outlet_id
  left join critics on critics.id = reviews.critic_id
  left join films on films.id = reviews.film_id`;

// biome-ignore lint/suspicious/noExplicitAny: a raw row of MATCH_COLUMNS.
function reviewMatch(row: any): ReviewMatch {
  const { titleSource, provisional, yearInferred, filmYear, filmTitle, ...rest } = row;
  return {
    ...rest,
    filmName:
      filmTitle === null
        ? null
        : filmName({
            title: filmTitle,
            year: filmYear === null ? null : Number(filmYear),
            titled: titleSource !== null || Number(provisional) === 0,
            yearInferred: Number(yearInferred) === 1,
          }),
  };
}

/**
 * How many matches a search ranks: a query matching more reviews is answered with the best of
 * its newest this many, so its cost follows the page asked for, not the database.
 */
export const SEARCH_CANDIDATES = 1_000;

/**
 * The fewest matches among the newest 50,000 reviews a query is ranked among alone (all of
 * them, SEARCH_CANDIDATES at most). One with fewer is ranked, on SQLite, among its newest this
 * many in the whole table's index; on PostgreSQL, among those of the newest 50,000 and up to
 * this many more from the whole table's index. Ranking in an index of every review costs what
 * the word's matches there number (bm25 counts them; PostgreSQL reads each match's size and
 * text from tables of every review), which grows with the database.
 */
export const WHOLE_INDEX_CANDIDATES = 100;

/**
 * Reviews whose text matches every word of `query` (stemmed: "performances" finds
 * "performance"), best matches first among SEARCH_CANDIDATES of them at most — the newest,
 * read from the index of the newest 50,000 reviews when it has WHOLE_INDEX_CANDIDATES matches
 * or more (otherwise, SQLite: the newest WHOLE_INDEX_CANDIDATES from the whole index;
 * PostgreSQL: the small index's, and up to WHOLE_INDEX_CANDIDATES more from the rest): FTS5's
 * bm25 in SQLite, ts_rank over the stored tsvector in PostgreSQL.
 */
export async function searchReviews(
  store: Store,
  query: string,
  limit = 20,
  candidates = SEARCH_CANDIDATES,
): Promise<ReviewMatch[]> {
  const words = query.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return [];
  if (store.dialect === "sqlite") {
    const match = words.map((w) => `"${w}"`).join(" ");
    // A query with enough matches among the newest reviews is ranked in their small index
    // (migration 0024) alone: bm25 counts the matches of every word it ranks by, so its cost
    // is that index's, not the database's. A rarer query goes to the whole table's index,
    // ranked among its newest matches there, WHOLE_INDEX_CANDIDATES of them.
    const few = Math.min(candidates, WHOLE_INDEX_CANDIDATES);
    const best =
      (await bestNewest(store, "recent_review_search", match, limit, candidates, few)) ??
      (await bestNewest(store, "reviews_fts", match, limit, few, 0)) ??
      [];
    if (best.length === 0) return [];
    const details = await sql<{ rowid: number }>`
      select reviews.rowid as rowid, ${MATCH_COLUMNS} from reviews
      ${MATCH_JOINS}
      where reviews.rowid in (${sql.join(best.map((r) => r.rowid))})`.execute(store.db);
    const byRowid = new Map(details.rows.map(({ rowid, ...row }) => [rowid, row]));
    return best.flatMap(({ rowid, excerpt }) => {
      const row = byRowid.get(rowid);
      return row ? [reviewMatch({ ...row, excerpt })] : [];
    });
  }
  const result = await postgresSearch(words, limit, candidates).execute(store.db);
  return result.rows.map(reviewMatch);
}

/**
 * searchReviews' statement on PostgreSQL (exported for the test of its reused plan): the best
 * `limit` of the newest `candidates` reviews whose text matches `words`, in full.
 */
export function postgresSearch(words: readonly string[], limit: number, candidates: number) {
  // In one statement: the newest matches among the newest reviews (their small search table,
  // migration 0023), ranked as they are taken; when it has fewer than `few`, also up to `few`
  // matches from the whole table's index, where such a word has few (the gated branch runs
  // only then), as SQLite ranks such a word among its newest WHOLE_INDEX_CANDIDATES in the
  // whole table's index. (Not the newest of them here: a GIN index keeps no order, and
  // sorting every match of a word the newest reviews seldom use would read them all.) The
  // database ranks them and reads only the best `limit` in full, with their excerpts.
  // The query is a subquery, computed once per statement: as a function of the statement's
  // parameter in a reused (generic) plan, PostgreSQL parsed it again for every row it ranked,
  // a quarter of a common word's time at 1M reviews. The newest come by sorting the matches
  // (`seq + 0`): in a generic plan, which cannot tell a rare word from a common one,
  // PostgreSQL otherwise walks the whole table newest first, testing every row (18 ms for a
  // word with 13 matches among the newest 50,000). Only the newest `candidates` are ranked:
  // ranking every match before the limit cost "film" (7,827 matches among the newest 50,000)
  // 9.5–10.1 ms against 5.3–8.2 ms. The counts are written into the statement (literalLimit),
  // so its reused plan knows them.
  const q = sql`(select plainto_tsquery('english', ${words.join(" ")}))`;
  const few = literalLimit(Math.min(candidates, WHOLE_INDEX_CANDIDATES));
  return sql`
    with recent as materialized (
      select id, ts_rank(document, ${q}) as rank from (
        select review_id as id, document from recent_review_search where document @@ ${q}
        order by seq + 0 desc limit ${literalLimit(candidates)}) newest),
    enough as (select count(*) >= ${few} as yes from recent),
    pool as (
      select id, rank from recent
      union all
      select older.id, ts_rank(older.search_text, ${q}) from (
        select id, search_text from reviews
        where not (select yes from enough) and search_text @@ ${q} limit ${few}) older
      where older.id not in (select id from recent)),
    best as (select id, rank from pool order by rank desc, id limit ${literalLimit(limit)})
    select ${MATCH_COLUMNS},
           ts_headline('english', reviews.text, ${q}, 'StartSel=«,StopSel=»,MaxWords=24,MinWords=8') as excerpt
    from best join reviews on reviews.id = best.id ${MATCH_JOINS}
    order by best.rank desc, best.id`;
}

/**
 * The best `limit` (by bm25, with excerpts) of an FTS5 index's newest `candidates` matches, or
 * of all of them when it has fewer; null when it has fewer than `fewest`.
 */
async function bestNewest(
  store: Store,
  index: "recent_review_search" | "reviews_fts",
  match: string,
  limit: number,
  candidates: number,
  fewest: number,
): Promise<Array<{ rowid: number; excerpt: string }> | null> {
  const fts = sql.id(index);
  // The newest candidates are the highest rowids: the N-th newest match bounds the ranking.
  const floor = await sql<{ rowid: number }>`
    select rowid from ${fts} where ${fts} match ${match}
    order by rowid desc limit 1 offset ${candidates - 1}`.execute(store.db);
  if (floor.rows.length === 0 && fewest > 0) {
    const { rows } = await sql<{ n: number }>`
      select count(*) as n from ${fts} where ${fts} match ${match}`.execute(store.db);
    if (Number(rows[0]?.n ?? 0) < fewest) return null;
  }
  const best = await sql<{ rowid: number; excerpt: string }>`
    select rowid, snippet(${fts}, 0, '«', '»', '…', 24) as excerpt
    from ${fts}
    where ${fts} match ${match} and rowid >= ${floor.rows[0]?.rowid ?? 0}
    order by bm25(${fts})
    limit ${limit}`.execute(store.db);
  return best.rows;
}

/** Which of these URLs an outlet already has a review at (compared as duplicates are). */
export async function storedReviewUrls(
  store: Store,
  outlet: string | null,
  urls: readonly string[],
): Promise<Set<string>> {
  const outletId = outlet ? outletKey(outlet) : "";
  // A review with a URL has the id of its outlet + URL (see reviewRow).
  const urlOf = new Map(urls.map((u) => [stableId("r", urlKeyOf(outletId, u)), u]));
  if (urlOf.size === 0) return new Set();
  const rows = await store.db
    .selectFrom("reviews")
    .select("id")
    .where("id", "in", [...urlOf.keys()])
    .execute();
  return new Set(rows.flatMap((r) => (urlOf.has(r.id) ? [urlOf.get(r.id) as string] : [])));
}

/** How many reviews the analysis flags (`disagreement`): the reviews to check. */
export async function countFlaggedReviews(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom("reviews")
    .select((eb) => eb.fn.countAll().as("n"))
    .where("disagreement", "is not", null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * How many reviews' verdicts were read rather than given (ReviewFilter.read), and how many of
 * those are less than `sure` likely right.
 */
export async function countReadVerdicts(
  db: Kysely<Database>,
  sure: number,
): Promise<{ read: number; unsure: number }> {
  const row = await db
    .selectFrom("reviews")
    .select((eb) => [
      eb.fn.countAll().as("n"),
      eb.fn.sum(eb.case().when("confidence", "<", sure).then(1).else(0).end()).as("unsure"),
    ])
    .where(readVerdict)
    .executeTakeFirstOrThrow();
  return { read: Number(row.n), unsure: Number(row.unsure ?? 0) };
}

/**
 * The condition of ReviewFilter.read, word for word as migration 0037's index has it, with
 * literal values (SQLite uses a partial index only where the query's terms say what its own do).
 */
const readVerdict = sql<boolean>`reviews.verdict_source in (${sql.join(
  READ_VERDICT_SOURCES.map((source) => sql.lit(source)),
)})`;

/** These reviews' texts, by id, where they are at most `maxChars` long (longer ones are left out). */
export async function shortReviewTexts(
  db: Kysely<Database>,
  ids: readonly string[],
  maxChars: number,
): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom("reviews")
    .select(["id", "text"])
    .where("id", "in", [...ids])
    .where((eb) => eb(eb.fn("length", ["text"]), "<=", maxChars))
    .execute();
  return new Map(rows.map((r) => [r.id, r.text]));
}

/** Sets the verdict an admin gave a review (null: none, the review is read as it says). */
export async function setAdminVerdict(
  db: Kysely<Database>,
  id: string,
  verdict: Verdict | null,
): Promise<void> {
  await db.updateTable("reviews").set({ admin_verdict: verdict }).where("id", "=", id).execute();
}

/**
 * The words that judge an aspect in each of some reviews, by review id, with a few characters
 * of the review on each side (evidenceInContext).
 */
async function aspectEvidence(
  { db, dialect }: Store,
  reviewIds: readonly string[],
  aspect: AspectName,
): Promise<Map<string, { evidence: string; before: string; after: string; setByAdmin: boolean }>> {
  if (reviewIds.length === 0) return new Map();
  const { rows } = await sql<{
    id: string;
    admin_aspects: string | null;
    evidence: string | null;
    before: string | null;
    after: string | null;
  }>`select a.review_id as id, reviews.admin_aspects, ${evidenceInContext("a", "reviews")}
      from review_aspects a join reviews on reviews.id = a.review_id
      where a.aspect = ${aspect} and ${oneOf(dialect, "a.review_id", reviewIds)}`.execute(db);
  return new Map(
    rows.map((r) => [
      r.id,
      {
        evidence: r.evidence ?? "",
        before: r.before ?? "",
        after: r.after ?? "",
        setByAdmin: parseAdminAspects(r.admin_aspects)[aspect] !== undefined,
      },
    ]),
  );
}

/** Sets what an admin said of a review's aspects ({} or null: none, all as the review reads). */
export async function setAdminAspects(
  db: Kysely<Database>,
  id: string,
  aspects: AdminAspects | null,
): Promise<void> {
  const stored = aspects && Object.keys(aspects).length > 0 ? JSON.stringify(aspects) : null;
  await db.updateTable("reviews").set({ admin_aspects: stored }).where("id", "=", id).execute();
}

/** Sets the words an admin chose as a review's quote (null: none, the reading's choice again). */
export async function setAdminQuote(
  db: Kysely<Database>,
  id: string,
  words: string | null,
): Promise<void> {
  await db.updateTable("reviews").set({ admin_quote: words }).where("id", "=", id).execute();
}

/** Marks reviews as deleted by an admin: saveReviews will not store them again. */
export async function buryReviews(
  db: Kysely<Database>,
  ids: readonly string[],
  at = new Date().toISOString(),
): Promise<void> {
  for (let i = 0; i < ids.length; i += INSERT_CHUNK)
    await db
      .insertInto("review_tombstones")
      .values(ids.slice(i, i + INSERT_CHUNK).map((id) => ({ id, at })))
      .onConflict((oc) => oc.doNothing())
      .execute();
}

/** Lifts the deletion marks (an undone delete). */
export async function unburyReviews(db: Kysely<Database>, ids: readonly string[]): Promise<void> {
  for (let i = 0; i < ids.length; i += INSERT_CHUNK)
    await db
      .deleteFrom("review_tombstones")
      .where("id", "in", ids.slice(i, i + INSERT_CHUNK))
      .execute();
}

/** One review with why it is on its film (the linking decision), or null. */
export async function reviewWithLink(
  db: Kysely<Database>,
  id: string,
): Promise<{
  id: string;
  filmId: string | null;
  filmTitle: string | null;
  critic: string | null;
  outlet: string | null;
  date: string | null;
  text: string;
  importId: string | null;
  pinned: boolean;
  link: unknown;
  /** The verdict it counts as, how it was reached, and the one an admin set, if any. */
  verdict: string | null;
  verdictSource: string | null;
  confidence: number | null;
  score: number | null;
  scoreSource: string | null;
  adminVerdict: string | null;
  /** Its aspects as stored (an admin's word over its reading), with their words. */
  aspects: Array<{
    aspect: AspectName;
    polarity: AspectMention["polarity"];
    evidence: string;
    /** A few characters of the review on each side of the words ("" at its ends). */
    before: string;
    after: string;
    strength: number | null;
  }>;
  /** What an admin set some of its aspects to. */
  adminAspects: AdminAspects;
  /** Its pull quote as stored, and the words an admin chose as it, if any. */
  quote: string | null;
  adminQuote: string | null;
} | null> {
  const row = await db
    .selectFrom("reviews")
    .leftJoin("films", "films.id", "reviews.film_id")
    .leftJoin("critics", "critics.id", "reviews.critic_id")
    .leftJoin("outlets", "outlets.id", "reviews.outlet_id")
    .leftJoin("link_decisions", "link_decisions.id", "reviews.link")
    .select([
      "reviews.id",
      "reviews.film_id",
      "films.title as film_title",
      "critics.name as critic",
      "outlets.name as outlet",
      "reviews.date",
      "reviews.text",
      "reviews.import_id",
      "reviews.pinned",
      "link_decisions.decision as link",
      "reviews.verdict",
      "reviews.verdict_source",
      "reviews.confidence",
      "reviews.score",
      "reviews.score_source",
      "reviews.admin_verdict",
      "reviews.admin_aspects",
      STORED_QUOTE.as("quote"),
      "reviews.admin_quote",
    ])
    .where("reviews.id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  const { rows: aspects } = await sql<{
    aspect: AspectName;
    polarity: AspectMention["polarity"];
    evidence: string | null;
    before: string | null;
    after: string | null;
    strength: number | null;
  }>`select a.aspect, a.polarity, a.strength, ${evidenceInContext("a", "reviews")}
      from review_aspects a join reviews on reviews.id = a.review_id
      where a.review_id = ${id}`.execute(db);
  return {
    id: row.id,
    filmId: row.film_id,
    filmTitle: row.film_title,
    critic: row.critic,
    outlet: row.outlet,
    date: row.date,
    text: row.text,
    importId: row.import_id,
    pinned: Number(row.pinned) === 1,
    link: row.link ? JSON.parse(row.link) : null,
    verdict: row.verdict,
    verdictSource: row.verdict_source,
    confidence: row.confidence,
    score: row.score === null ? null : Number(row.score),
    scoreSource: row.score_source,
    adminVerdict: row.admin_verdict ?? null,
    aspects: aspects.map((a) => ({
      aspect: a.aspect,
      polarity: a.polarity,
      evidence: a.evidence ?? "",
      before: a.before ?? "",
      after: a.after ?? "",
      strength: a.strength === null ? null : Number(a.strength),
    })),
    adminAspects: parseAdminAspects(row.admin_aspects),
    quote: row.quote,
    adminQuote: row.admin_quote ?? null,
  };
}
