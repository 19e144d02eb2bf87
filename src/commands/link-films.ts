import { describeUntitledFilm } from "../domain/film-facts.js";
import { decideReviewFilm } from "../link/decide-review-film.js";
import { decideSourceFilm, type SourceFilmCandidate } from "../link/decide-source-film.js";
import { type FilmCandidate, type LinkDecision, storedDecision, yearOf } from "../link/evidence.js";
import { titleMentions } from "../link/title-mentions.js";
import { recordAudit } from "../store/audit.repository.js";
import type { Store } from "../store/db.js";
import {
  filmLabel,
  mergeFilms,
  moveReviews,
  StandingToRefresh,
  updateFilm,
} from "../store/film-edits.repository.js";
import {
  hasCatalogFilms,
  provisionalFilms,
  type ReviewForLinking,
  reviewsForLinking,
  saveFilmIdentity,
  saveReviewLinks,
  titleCandidates,
} from "../store/film-linking.repository.js";
import { readAgainWhereLinesMoved, reanalyzeReviews } from "./reanalyze-reviews.js";
import { recordSettingAsideRepeats } from "./repeated-reviews.js";

/** What a round of linking did. */
export interface LinkFilmsSummary {
  /** Provisional films looked at. */
  examined: number;
  /** Merged into the catalog film they are. */
  linked: number;
  /** Kept provisional: untitled, or titled as their source names them. */
  kept: number;
  /**
   * The reviews that went to a catalog film, read again now that their film's title is known,
   * and how many of them that changed (a quote cut at a title's comma, the films and people
   * named, the aspects).
   */
  reread: { read: number; changed: number };
}

/** Films read at a time. */
const CHUNK = 200;

/** Mentions a title needs before the catalog is asked about it. */
const MIN_MENTIONS = 2;

/**
 * Links provisional films to the catalog where the evidence is clear — films known by a
 * source's id from the titles their reviews and synopsis name, the source's year and
 * directors (decideSourceFilm); films held under a title from the year, dates and people of
 * their reviews (decideReviewFilm) — and merges them, each merge in the audit log. A film
 * that stays provisional keeps the decision's evidence, a year (inferred from its reviews'
 * dates when no source gives one, and marked so), and for a film with no title, a
 * description of what is known instead of a made-up title. `ids` null: every provisional film.
 */
export async function linkFilms(
  store: Store,
  ids: readonly string[] | null,
  onProgress?: (done: number, total: number) => void,
): Promise<LinkFilmsSummary> {
  const films = await provisionalFilms(store.db, ids);
  const summary: LinkFilmsSummary = {
    examined: films.length,
    linked: 0,
    kept: 0,
    reread: { read: 0, changed: 0 },
  };
  // The reviews that went to a catalog film: read again at the end.
  const toReadAgain: string[] = [];
  let done = 0;
  const standing = new StandingToRefresh();
  const catalog = await hasCatalogFilms(store.db);
  // Source films are read by their reviews' words and dates; films held under a title that the
  // catalog has also by the people their reviews credit. A film nothing can be decided for
  // (no catalog yet, or no catalog film of its title) is read only when its year or its
  // description comes from its reviews' dates: the other reads would grow with its reviews
  // and decide nothing. A few hundred films at a time: memory stays bounded.
  let reviewsOf = new Map<string, ReviewForLinking[]>();
  let candidatesOf = new Map<string, FilmCandidate[]>();
  for (const [index, film] of films.entries()) {
    if (index % CHUNK === 0) {
      const chunk = films.slice(index, index + CHUNK);
      const held = chunk.filter((f) => !f.external_id);
      candidatesOf = catalog
        ? await titleCandidates(
            store.db,
            held.map((f) => f.title_key),
            { catalogOnly: true },
          )
        : new Map();
      const decidable = (f: ProvisionalFilm) =>
        catalog && (f.external_id !== null || (candidatesOf.get(f.title_key)?.length ?? 0) > 0);
      const read = (some: ProvisionalFilm[], options: Parameters<typeof reviewsForLinking>[2]) =>
        reviewsForLinking(
          store.db,
          some.map((f) => f.id),
          options,
        );
      reviewsOf = new Map([
        ...(await read(
          chunk.filter((f) => f.external_id && (decidable(f) || datesMatter(f))),
          { perFilm: 400, withText: catalog, withAnalysis: false },
        )),
        ...(await read(held.filter(decidable), {
          perFilm: 1000,
          withText: true,
          withAnalysis: true,
        })),
        ...(await read(
          held.filter((f) => !decidable(f) && datesMatter(f)),
          { perFilm: 1000, withText: false, withAnalysis: false },
        )),
      ]);
    }
    const reviews = reviewsOf.get(film.id) ?? [];
    const years = reviews.flatMap((r) => {
      const year = yearOf(r.date);
      return year === null ? [] : [year];
    });
    const early = earlyYear(years);
    let into: string | null = null;
    let link: unknown;
    if (!catalog) {
      link = { method: "none", action: "keep", reason: "no catalog is imported yet" };
    } else if (film.external_id) {
      const decision = await decideFromMentions(store, film, reviews, years);
      link = { method: "source-film", ...decision };
      into = decision.action === "link" ? decision.filmId : null;
    } else if (film.title_key) {
      // Each review on its own evidence: reviews that name one title in one era can still be
      // of two films (a remake's, and a retrospective of the original written the same week).
      const candidates = candidatesOf.get(film.title_key) ?? [];
      const moves = new Map<string, Array<{ id: string; decision: LinkDecision }>>();
      for (const review of reviews) {
        if (review.pinned) continue;
        const decision = decideReviewFilm(
          {
            title: film.title,
            year: film.year_inferred ? null : film.year,
            date: review.date,
            text: review.text,
            credits: peopleOf(review.analysis ?? "{}"),
            sourceDirectors: film.facts?.directors ?? [],
          },
          candidates,
        );
        if (decision.action !== "link" || !decision.filmId) continue;
        const group = moves.get(decision.filmId) ?? [];
        group.push({ id: review.id, decision: storedDecision(decision) });
        moves.set(decision.filmId, group);
      }
      const [only] = [...moves];
      const moved = [...moves.values()].reduce((n, g) => n + g.length, 0);
      if (only && moves.size === 1 && moved === reviews.length) {
        into = only[0];
        link = { method: "title", ...only[1][0]?.decision };
      } else {
        for (const [target, group] of moves)
          toReadAgain.push(...(await moveHeld(store, film, target, group, standing)));
        if (moved > 0) summary.linked++;
        link = {
          method: "held-title",
          action: "hold",
          reason:
            moved > 0
              ? `${moved} of its ${reviews.length} reviews went to their catalog film on their own evidence; the rest are not sure`
              : "no review of it clearly fits one catalog film",
        };
      }
      await saveReviewLinks(
        store.db,
        [...moves.values()].flat().map(({ id, decision }) => ({
          id,
          link: JSON.stringify({ method: "title", ...decision }),
        })),
      );
    }
    if (into && reviews.length > 0) {
      const snapshot = await mergeFilms(store, film.id, into, { standing });
      toReadAgain.push(...snapshot.reviewIds);
      // The catalog film keeps how it was found to be this one.
      await updateFilm(store.db, into, { link: JSON.stringify(link) });
      const label = await filmLabel(store.db, into);
      await recordSettingAsideRepeats(store, into, snapshot.reviewIds, (note) =>
        recordAudit(store.db, {
          actor: "linking",
          action: "merge",
          target: into,
          summary: `${film.title || film.external_id || film.id} linked to the catalog film ${label}${note}`,
          before: snapshot,
          after: { into, link },
        }),
      );
      summary.linked++;
    } else {
      const sourceYear = film.facts?.year ?? null;
      const statedYear = film.year_inferred ? null : film.year;
      const year = sourceYear ?? statedYear ?? early;
      const titled = isTitled(film);
      await saveFilmIdentity(store.db, film.id, {
        title: titled
          ? film.title
          : describeUntitledFilm(
              film.facts,
              film.external_id ?? (film.imdb_id ? `IMDb ${film.imdb_id}` : null),
              early,
            ),
        titleSource: titled ? film.title_source : null,
        year,
        yearInferred: sourceYear === null && statedYear === null && year !== null,
        link: link ?? null,
      });
      summary.kept++;
    }
    onProgress?.(++done, films.length);
  }
  await readAgainWhereLinesMoved(store, await standing.refresh(store));
  // Read under their provisional film, without the catalog's title, they are read again with
  // it (a title's comma had ended a clause: "…if Love, Simon helps …" was quoted as "…if Love";
  // the film's own title was another film named).
  if (toReadAgain.length > 0) {
    const { read, changed } = await reanalyzeReviews(store, {
      reviewIds: toReadAgain,
      examples: 0,
    });
    summary.reread = { read, changed };
  }
  return summary;
}

/** Some of a held film's reviews moved to the catalog film they fit, audited (undoable); their ids. */
async function moveHeld(
  store: Store,
  film: { id: string; title: string },
  target: string,
  group: ReadonlyArray<{ id: string }>,
  standing: StandingToRefresh,
): Promise<string[]> {
  const moved = await moveReviews(
    store,
    group.map((g) => g.id),
    target,
    { standing },
  );
  const label = await filmLabel(store.db, target);
  const ids = moved.map((m) => m.id);
  await recordSettingAsideRepeats(store, target, ids, (note) =>
    recordAudit(store.db, {
      actor: "linking",
      action: "move-reviews",
      target,
      summary: `${moved.length} review${moved.length === 1 ? "" : "s"} of "${film.title}" linked to the catalog film ${label}${note}`,
      before: moved.map((m) => ({ ...m, pinned: 0 })),
      after: { into: target },
    }),
  );
  return ids;
}

type ProvisionalFilm = Awaited<ReturnType<typeof provisionalFilms>>[number];

/**
 * Whether a film that stays provisional takes anything from its reviews' dates: its year,
 * when neither its source nor its reviews state one, or the description of an untitled film.
 */
function datesMatter(film: ProvisionalFilm): boolean {
  const stated = (film.facts?.year ?? null) !== null || (!film.year_inferred && film.year !== null);
  return !stated || !isTitled(film);
}

const isTitled = (film: ProvisionalFilm) => film.title_source !== null && film.title_key !== "";

/** The people a stored analysis credits. */
function peopleOf(analysis: string): Array<{ name: string; role: string }> {
  try {
    return (
      (JSON.parse(analysis) as { people?: Array<{ name: string; role: string }> }).people ?? []
    );
  } catch {
    return [];
  }
}

/** The year most of a film's reviews come after: the tenth percentile of their years. */
function earlyYear(years: readonly number[]): number | null {
  if (years.length === 0) return null;
  const sorted = [...years].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.1)] as number;
}

/** A source film's decision: the catalog films its reviews and synopsis name, weighed. */
async function decideFromMentions(
  store: Store,
  film: ProvisionalFilm,
  reviews: ReadonlyArray<{ text: string }>,
  years: readonly number[],
) {
  const mentions = new Map<string, number>();
  for (const review of reviews)
    for (const key of titleMentions(review.text)) mentions.set(key, (mentions.get(key) ?? 0) + 1);
  const synopsisMentions = film.facts?.synopsis
    ? titleMentions(film.facts.synopsis)
    : new Set<string>();
  const keys = [...mentions]
    .filter(([, n]) => n >= MIN_MENTIONS)
    .map(([key]) => key)
    .concat([...synopsisMentions]);
  const found = await titleCandidates(store.db, keys, { catalogOnly: true });
  // One candidate a film, under the key (its title or another) most reviews name.
  const byId = new Map<string, SourceFilmCandidate>();
  for (const [key, films] of found)
    for (const c of films) {
      const held = byId.get(c.id);
      if (!held || (mentions.get(key) ?? 0) > (mentions.get(held.key) ?? 0))
        byId.set(c.id, { ...c, key });
    }
  const candidates = [...byId.values()];
  return decideSourceFilm(
    {
      facts: film.facts,
      reviewCount: reviews.length,
      reviewYears: years,
      mentions,
      synopsisMentions,
    },
    candidates,
  );
}
