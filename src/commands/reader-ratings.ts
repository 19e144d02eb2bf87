import { titleKey } from "../domain/film.js";
import { errors } from "../errors.js";
import { decodeFeedBytes } from "../ingest/feed/decode.js";
import { parseFeed } from "../ingest/feed/parse.js";
import { FetchError, type HttpClient } from "../ingest/fetch/http-client.js";
import { ratingsFromLetterboxdFeed } from "../ingest/ratings/letterboxd-feed.js";
import {
  type ExportedRating,
  type RatingExportRow,
  type RatingExportSource,
  readRatingExport,
} from "../ingest/ratings/read-rating-export.js";
import { decideReviewFilm } from "../link/decide-review-film.js";
import { type LinkDecision, storedDecision } from "../link/evidence.js";
import type { Store } from "../store/db.js";
import { titleCandidates } from "../store/film-linking.repository.js";
import { getFilm } from "../store/films.repository.js";
import { stableId } from "../store/keys.js";
import {
  readerBy,
  readersWithFeedsDue,
  updateReader,
} from "../store/reader-accounts.repository.js";
import {
  linkReaderRating,
  readerNamed,
  readerRatings,
  removeReaderRatingsOfFilm,
  saveReaderRatings,
  unlinkedReaderRatings,
} from "../store/readers.repository.js";
import { reportsBy } from "../store/review-reports.repository.js";

export interface RatingImportSummary {
  read: number;
  linked: number;
  /** Ratings kept without a film: linking was not sure (listed for the reader to resolve). */
  unlinked: number;
  skipped: number;
  rejects: Array<{ where: string; reason: string }>;
}

/** The CLI's import: a named reader (made when new) and export files. */
export async function importReaderRatings(
  store: Store,
  readerName: string,
  files: readonly RatingExportSource[],
): Promise<RatingImportSummary> {
  const reader = await readerNamed(store.db, readerName, true);
  if (!reader) throw new Error(`no reader ${readerName}`);
  return importRatingExports(store, reader.id, files);
}

/**
 * A reader's ratings from Letterboxd or IMDb exports (files, or uploads already read), each
 * linked to its film as a review that names its film by title is — by its IMDb id when the
 * export gives one (a catalog film's id is exact), else by title and year among the catalog's
 * films, linked only when clear (decideReviewFilm) — and stored; importing the same export
 * again replaces them.
 */
export async function importRatingExports(
  store: Store,
  readerId: string,
  sources: readonly RatingExportSource[],
): Promise<RatingImportSummary> {
  const rows: Array<{ where: string; row: RatingExportRow }> = [];
  for (const source of sources) {
    const name = typeof source === "string" ? source : source.name;
    for await (const row of readRatingExport(source))
      rows.push({ where: `${name}:${row.line}`, row });
  }
  return storeRatings(store, readerId, rows);
}

/**
 * A reader's ratings from their Letterboxd RSS feed, fetched through the feed poller's client
 * (its SSRF guard, size and time limits); the feed is remembered, so it can be read again.
 * Throws a usage error naming what went wrong with the feed.
 */
export async function importLetterboxdFeed(
  store: Store,
  readerId: string,
  url: string,
  client: HttpClient,
): Promise<RatingImportSummary> {
  if (!/^https?:\/\/[^/\s]+/i.test(url))
    throw errors.usage("a feed address starts with http:// or https://");
  try {
    const response = await client.get(url);
    if (response.status !== 200) throw errors.usage(`${url} answered HTTP ${response.status}`);
    const parsed = parseFeed(decodeFeedBytes(response.body, response.headers["content-type"]));
    if ("error" in parsed) throw errors.usage(`${url} is not a feed: ${parsed.error}`);
    const rows = ratingsFromLetterboxdFeed(parsed.feed).map((row) => ({
      where: `${url} item ${row.line}`,
      row,
    }));
    const summary = await storeRatings(store, readerId, rows);
    await updateReader(store.db, readerId, {
      letterboxd_feed: url,
      letterboxd_read_at: new Date().toISOString(),
    });
    return summary;
  } catch (error) {
    if (error instanceof FetchError)
      throw errors.usage(`${url} could not be read: ${error.message}`);
    throw error;
  }
}

/** Readers' feeds read in one round at most: the rest wait for the next. */
const FEEDS_PER_ROUND = 50;

/**
 * Readers' Letterboxd feeds read again, each once per feed interval (the feed poller's round
 * calls this), one at a time and `spacingMs` apart (they share one host). A feed that fails is
 * tried again an interval later, and said so through `onError`.
 */
export async function refreshReaderFeeds(
  store: Store,
  client: HttpClient,
  options: { intervalMs: number; spacingMs: number; now?: Date },
  onError: (readerId: string, error: string) => void = () => {},
): Promise<number> {
  const now = options.now ?? new Date();
  const due = await readersWithFeedsDue(
    store.db,
    new Date(now.getTime() - options.intervalMs).toISOString(),
    FEEDS_PER_ROUND,
  );
  for (const [i, reader] of due.entries()) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, options.spacingMs));
    await refreshReaderFeed(store, client, reader, now, onError);
  }
  return due.length;
}

/**
 * One reader's Letterboxd feed read again (by the serve round, or by a `cinemeter worker`
 * job); a failure is said through `onError`, and the feed is tried again an interval later.
 */
export async function refreshReaderFeed(
  store: Store,
  client: HttpClient,
  reader: { id: string; letterboxdFeed: string },
  now: Date,
  onError: (readerId: string, error: string) => void,
): Promise<void> {
  try {
    await importLetterboxdFeed(store, reader.id, reader.letterboxdFeed, client);
  } catch (error) {
    await updateReader(store.db, reader.id, { letterboxd_read_at: now.toISOString() });
    onError(reader.id, (error as Error).message);
  }
}

async function storeRatings(
  store: Store,
  readerId: string,
  rows: ReadonlyArray<{ where: string; row: RatingExportRow }>,
): Promise<RatingImportSummary> {
  const summary: RatingImportSummary = { read: 0, linked: 0, unlinked: 0, skipped: 0, rejects: [] };
  const ratings: ExportedRating[] = [];
  for (const { where, row } of rows) {
    if ("skipped" in row) summary.skipped++;
    else if ("error" in row) summary.rejects.push({ where, reason: row.error });
    else {
      summary.read++;
      ratings.push(row.rating);
    }
  }
  const decisions = await linkRatings(store, ratings);
  await saveReaderRatings(
    store.db,
    ratings.map((r, i) => {
      const decision = decisions[i] as LinkDecision;
      const filmId = decision.action === "link" ? decision.filmId : null;
      if (filmId) summary.linked++;
      else summary.unlinked++;
      return {
        reader_id: readerId,
        key: stableId("k", r.letterboxdUri ?? r.imdbId ?? `${titleKey(r.title)}|${r.year ?? ""}`),
        film_id: filmId,
        title: r.title,
        year: r.year,
        imdb_id: r.imdbId,
        letterboxd_uri: r.letterboxdUri,
        score: r.score,
        raw: r.raw,
        rated_at: r.date,
        link: JSON.stringify(storedDecision(decision)),
      };
    }),
  );
  return summary;
}

/** Each rating's film: the catalog film of its IMDb id, or the clear one of its title and year. */
async function linkRatings(
  store: Store,
  ratings: readonly ExportedRating[],
): Promise<LinkDecision[]> {
  const imdbIds = [...new Set(ratings.flatMap((r) => (r.imdbId ? [r.imdbId] : [])))];
  const byImdb = new Map<string, string>();
  for (let i = 0; i < imdbIds.length; i += 500)
    for (const f of await store.db
      .selectFrom("films")
      .select(["id", "imdb_id"])
      .where("imdb_id", "in", imdbIds.slice(i, i + 500))
      .execute())
      if (f.imdb_id) byImdb.set(f.imdb_id, f.id);
  const candidates = await titleCandidates(
    store.db,
    ratings.map((r) => titleKey(r.title)),
    { catalogOnly: true },
  );
  return ratings.map((r) => {
    const film = r.imdbId ? byImdb.get(r.imdbId) : undefined;
    if (film)
      return {
        action: "link",
        filmId: film,
        reason: `its IMDb id, ${r.imdbId}`,
        margin: null,
        candidates: [],
      };
    return decideReviewFilm(
      { title: r.title, year: r.year, date: null, text: "" },
      candidates.get(titleKey(r.title)) ?? [],
    );
  });
}

/**
 * Readers' ratings that were not linked to a film, weighed again (after a catalog import: the
 * films they name may be known now), by the same rule; those now clear are linked. A rating a
 * reader linked by hand, or one already linked, is left as it is. How many were linked.
 */
export async function linkUnlinkedReaderRatings(store: Store): Promise<number> {
  const unlinked = await unlinkedReaderRatings(store.db);
  if (unlinked.length === 0) return 0;
  const decisions = await linkRatings(
    store,
    unlinked.map((r) => ({
      title: r.title,
      year: r.year,
      imdbId: r.imdb_id,
      letterboxdUri: r.letterboxd_uri,
      score: Number(r.score),
      raw: r.raw,
      date: r.rated_at,
    })),
  );
  let linked = 0;
  for (const [i, r] of unlinked.entries()) {
    const decision = decisions[i] as LinkDecision;
    if (decision.action !== "link" || !decision.filmId) continue;
    const link = JSON.stringify(storedDecision(decision));
    if (await linkReaderRating(store.db, r.reader_id, r.key, decision.filmId, link)) linked++;
  }
  return linked;
}

/** Half stars, 0.5 to 5: what the site's rating form offers. */
export const STARS = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5] as const;

/**
 * The reader's rating of a film, given on the site (`stars` 0.5–5 in halves), replacing every
 * rating of theirs of that film; null removes them. Throws not-found for a film that is not
 * there, a usage error for stars off the scale.
 */
export async function rateFilm(
  store: Store,
  readerId: string,
  filmId: string,
  stars: number | null,
  today = new Date().toISOString().slice(0, 10),
): Promise<void> {
  const film = await getFilm(store.db, filmId);
  if (!film) throw errors.notFound(`film ${filmId}`);
  if (stars !== null && !STARS.includes(stars as (typeof STARS)[number]))
    throw errors.usage("a rating is 0.5 to 5 stars in halves");
  await removeReaderRatingsOfFilm(store.db, readerId, filmId);
  if (stars === null) return;
  await saveReaderRatings(store.db, [
    {
      reader_id: readerId,
      key: `site:${filmId}`,
      film_id: filmId,
      title: film.title,
      year: film.year,
      imdb_id: null,
      letterboxd_uri: null,
      score: stars * 20,
      raw: `${stars}/5`,
      rated_at: today,
      link: JSON.stringify({
        action: "link",
        filmId,
        reason: "rated on its page",
        margin: null,
        candidates: [],
      }),
    },
  ]);
}

/** Puts an unlinked (or wrongly linked) rating on the film the reader names. */
export async function resolveRating(
  store: Store,
  readerId: string,
  key: string,
  filmId: string,
): Promise<void> {
  if (!(await getFilm(store.db, filmId))) throw errors.notFound(`film ${filmId}`);
  const decision = {
    action: "link",
    filmId,
    reason: "chosen by the reader",
    margin: null,
    candidates: [],
  };
  if (!(await linkReaderRating(store.db, readerId, key, filmId, JSON.stringify(decision))))
    throw errors.notFound(`rating ${key}`);
}

/** Everything kept of a reader, as they may download it. */
export async function exportReaderData(store: Store, readerId: string) {
  const account = await readerBy(store.db, "id", readerId);
  if (!account) throw errors.notFound("reader");
  const ratings = await readerRatings(store.db, readerId);
  return {
    name: account.name,
    createdAt: account.createdAt,
    letterboxdFeed: account.letterboxdFeed,
    apiToken: account.hasToken ? "made (only its hash is kept)" : null,
    privateFeed: account.feedKey ? "made" : null,
    ratings: ratings.map((r) => ({
      title: r.title,
      year: r.year,
      imdbId: r.imdb_id,
      letterboxdUri: r.letterboxd_uri,
      score: Number(r.score),
      raw: r.raw,
      ratedAt: r.rated_at,
      filmId: r.film_id,
      filmTitle: r.film_title,
      link: r.link ? JSON.parse(r.link) : null,
    })),
    reports: await reportsBy(store.db, readerId),
  };
}
