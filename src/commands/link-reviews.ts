import { titleKey } from "../domain/film.js";
import type { FilmHint } from "../domain/review.js";
import { decideReviewFilm } from "../link/decide-review-film.js";
import type { FilmCandidate, LinkDecision } from "../link/evidence.js";
import { storedDecision, yearOf } from "../link/evidence.js";
import type { Store } from "../store/db.js";
import {
  createProvisionalFilm,
  filmByIds,
  filmTitles,
  learnYear,
  provisionalFilmId,
  titleCandidates,
} from "../store/film-linking.repository.js";
import { stableId } from "../store/keys.js";
import {
  type AnalyzedReview,
  type LinkedReview,
  type SavedReviews,
  saveReviews,
} from "../store/reviews.repository.js";

/** Why a review is on its film, as stored with it and shown by the API. */
export type ReviewLink =
  | { method: "imdb-id" | "source-id"; filmId: string; reason: string }
  | ({ method: "title" } & LinkDecision)
  | { method: "none"; reason: string };

/**
 * Links each review to its film and stores the batch: by the IMDb id or the source's own id
 * its source gives, else by the title it names (decideReviewFilm: the catalog and provisional
 * films of that title, weighed on the year, the review's date and the people it names). A
 * review no film clearly fits is held on a provisional film of its title, never on a guess.
 */
export async function storeAnalyzedReviews(
  store: Store,
  reviews: readonly AnalyzedReview[],
  importId: string | null,
  now = new Date().toISOString(),
): Promise<SavedReviews & { readAgain: string[] }> {
  const linked = await linkReviews(store, reviews, now);
  const saved = await saveReviews(store, linked, importId, now);
  return { ...saved, readAgain: await readUnderAnotherTitle(store, linked, saved) };
}

/**
 * The reviews filed by an id under a film whose title is not the one they were read with (a
 * title quoted in the text, or none): a review's reading depends on its film's title ("…if
 * Love, Simon helps…" is one clause only under Love, Simon; its own title is no other film
 * named), so they are to be read again with it, as linking reads the reviews it moves. Only
 * reviews stored now: a duplicate was read again when it was stored.
 */
async function readUnderAnotherTitle(
  store: Store,
  linked: readonly LinkedReview[],
  { ids, stored }: Pick<SavedReviews, "ids" | "stored">,
): Promise<string[]> {
  const byId = linked.flatMap((r, i) =>
    stored[i] && r.filmId && (r.analysis.film?.imdbId || r.analysis.film?.externalId)
      ? [{ filmId: r.filmId, readWith: r.analysis.film.title, id: ids[i] as string }]
      : [],
  );
  if (byId.length === 0) return [];
  const titles = await filmTitles(store.db, [...new Set(byId.map((r) => r.filmId))]);
  return byId.flatMap((r) => {
    const title = titles.get(r.filmId);
    return title !== undefined && title !== r.readWith ? [r.id] : [];
  });
}

/** Each review with its film and the reasons; provisional films created as needed. */
export async function linkReviews(
  store: Store,
  reviews: readonly AnalyzedReview[],
  now: string,
): Promise<LinkedReview[]> {
  const candidates = new Map<string, FilmCandidate[]>();
  const keys = reviews.flatMap(({ analysis }) =>
    analysis.film?.title && !analysis.film.imdbId && !analysis.film.externalId
      ? [titleKey(analysis.film.title)]
      : [],
  );
  for (const [key, films] of await titleCandidates(store.db, keys)) candidates.set(key, films);
  const byIds = new Map<string, string>();
  const linked: LinkedReview[] = [];
  for (const review of reviews) {
    const hint = review.analysis.film;
    const { filmId, link } = await linkOne(store, hint, review, candidates, byIds, now);
    linked.push({ ...review, filmId, filmKey: filmKey(hint), link: JSON.stringify(link) });
  }
  return linked;
}

/** The key a review's identity uses for its film: the source's words, not the link made. */
export function filmKey(hint: FilmHint | null): string | null {
  if (!hint) return null;
  return (
    provisionalFilmId(hint) ??
    (hint.title ? stableId("f", `${titleKey(hint.title)}|${hint.year ?? ""}`) : null)
  );
}

async function linkOne(
  store: Store,
  hint: FilmHint | null,
  review: AnalyzedReview,
  candidates: Map<string, FilmCandidate[]>,
  byIds: Map<string, string>,
  now: string,
): Promise<{ filmId: string | null; link: ReviewLink }> {
  if (!hint || !(hint.title || hint.imdbId || hint.externalId))
    return { filmId: null, link: { method: "none", reason: "the review names no film" } };
  if (hint.imdbId || hint.externalId) {
    const method = hint.imdbId ? "imdb-id" : "source-id";
    const said = (hint.imdbId ?? hint.externalId) as string;
    // The title as the source gives it; one read from the text is no name for the film.
    const title = review.input.film?.title ?? "";
    const cached = byIds.get(said);
    const filmId =
      cached ??
      (await filmByIds(store.db, hint)) ??
      (await createProvisionalFilm(
        store.db,
        {
          id: provisionalFilmId(hint) as string,
          title,
          year: hint.year,
          yearInferred: false,
          imdbId: hint.imdbId,
          externalId: hint.externalId,
          titleSource: title ? "source" : null,
        },
        now,
      ));
    byIds.set(said, filmId);
    return { filmId, link: { method, filmId, reason: `the source gives the film's id, ${said}` } };
  }
  const key = titleKey(hint.title);
  const decision = decideReviewFilm(
    {
      title: hint.title,
      year: hint.year,
      date: review.input.date,
      text: review.input.text,
      credits: review.analysis.people,
    },
    candidates.get(key) ?? [],
  );
  if (decision.filmId) {
    const pen = candidates.get(key)?.find((c) => c.id === decision.filmId);
    if (
      decision.action === "hold" &&
      hint.year !== null &&
      (pen?.year === null || pen?.yearInferred)
    ) {
      // The provisional film holding it learns the year a review states (once).
      await learnYear(store.db, decision.filmId, hint.year);
      candidates.set(key, (await titleCandidates(store.db, [key])).get(key) ?? []);
    }
    return { filmId: decision.filmId, link: { method: "title", ...storedDecision(decision) } };
  }
  // Not sure, or nothing fits: a provisional film of this title and era holds it.
  const year = hint.year ?? yearOf(review.input.date);
  const id = stableId("f", `${key}|${year ?? ""}`);
  await createProvisionalFilm(
    store.db,
    {
      id,
      title: hint.title,
      year,
      yearInferred: hint.year === null && year !== null,
      titleSource: "source",
    },
    now,
  );
  const [created] =
    (await titleCandidates(store.db, [key])).get(key)?.filter((c) => c.id === id) ?? [];
  if (created)
    candidates.set(key, [...(candidates.get(key) ?? []).filter((c) => c.id !== id), created]);
  return {
    filmId: id,
    link: { method: "title", ...storedDecision({ ...decision, filmId: id }) },
  };
}
