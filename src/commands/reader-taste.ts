import type { Store } from "../store/db.js";
import { filmLabels } from "../store/film-edits.repository.js";
import { criticNames, readerRatings } from "../store/readers.repository.js";
import { listReviews, type ReviewSummary } from "../store/reviews.repository.js";
import type { CriticRatings } from "../taste/critic-ratings.js";
import { CriticSpace, type FilmScore, readerTaste } from "../taste/critic-space.js";
import { matchCritics, type SharedFilm, sharedFilms, type TasteMatch } from "../taste/match.js";
import { NEIGHBOURS, type Prediction, predictScore } from "../taste/predict.js";

/** Films a reader's predictions are looked for among: those their best-matched critics rated. */
const CANDIDATE_FILMS = 2_000;

/**
 * A reader's linked ratings, as taste reads them: one a film — the latest, when the reader
 * rated it more than once (a diary's rewatches, or two exports).
 */
async function linkedScores(store: Store, readerId: string): Promise<FilmScore[]> {
  const latest = new Map<string, { score: number; at: string }>();
  for (const r of await readerRatings(store.db, readerId)) {
    if (!r.film_id) continue;
    const at = r.rated_at ?? "";
    const held = latest.get(r.film_id);
    if (!held || at >= held.at) latest.set(r.film_id, { score: Number(r.score), at });
  }
  return [...latest].map(([film, { score }]) => ({ film, score }));
}

/**
 * The reader matched to the critics who rated their films: the scores read, the space over them
 * (consensus and leniencies), the reader's taste in it, and the matches.
 */
async function matchReader(ratings: CriticRatings, own: readonly FilmScore[]) {
  const scores = await ratings.scoresOf(own.map((s) => s.film));
  const space = new CriticSpace(scores);
  const reader = readerTaste(space, own);
  return { scores, space, reader, matches: matchCritics(space, reader, scores) };
}

/**
 * The critics whose taste matches the reader's, best first (docs/METHODOLOGY.md, taste v1),
 * from the critics' own ratings of the films the reader rated, with their names.
 */
export async function criticsLikeReader(
  store: Store,
  readerId: string,
  ratings: CriticRatings,
): Promise<Array<TasteMatch & { name: string }>> {
  const { matches } = await matchReader(ratings, await linkedScores(store, readerId));
  const names = await criticNames(
    store.db,
    matches.map((m) => m.critic),
  );
  return matches.map((m) => ({ ...m, name: names.get(m.critic) ?? m.critic }));
}

/**
 * Scores predicted for the reader, for films they have not rated: `films` when given, else
 * those their best-matched critics rated; best first, `limit` at most.
 */
export async function predictForReader(
  store: Store,
  readerId: string,
  options: { films?: readonly string[]; limit: number },
  ratings: CriticRatings,
): Promise<Array<Prediction & { filmName: string }>> {
  return predictFor(store, await linkedScores(store, readerId), options, ratings);
}

/** predictForReader, from the reader's linked scores already read. */
async function predictFor(
  store: Store,
  own: readonly FilmScore[],
  options: { films?: readonly string[]; limit: number },
  ratings: CriticRatings,
): Promise<Array<Prediction & { filmName: string }>> {
  const rated = new Set(own.map((s) => s.film));
  const first = await matchReader(ratings, own);
  const films = (
    options.films ??
    (await ratings.filmsOf(
      first.matches
        .filter((m) => m.weight > 0)
        .slice(0, NEIGHBOURS)
        .map((m) => m.critic),
      CANDIDATE_FILMS,
    ))
  ).filter((f) => !rated.has(f));
  // The critics' leniency and the reader's taste as matching read them (over the reader's
  // films), each asked-about film's consensus from its own critics: a film's prediction is
  // then the same whichever other films are asked about with it (a list and its film's page
  // agree).
  const base = first.space;
  const asked = new CriticSpace(await ratings.scoresOf(films));
  const consensus = {
    film: (film: string) => asked.film(film) ?? base.film(film),
    leniency: (critic: string) => base.leniency(critic),
  };
  const reader = first.reader;
  const matches = new Map(first.matches.map((m) => [m.critic, m]));
  const predictions = films.flatMap((film) => {
    const p = predictScore(consensus, reader, matches, film, asked.byFilm.get(film) ?? []);
    return p ? [p] : [];
  });
  const best = predictions.sort((a, b) => b.score - a.score).slice(0, options.limit);
  // Each film as its page names it.
  const labels = await filmLabels(
    store.db,
    best.map((p) => p.film),
  );
  return best.map((p) => ({ ...p, filmName: labels.get(p.film) ?? p.film }));
}

/** Shared films shown beside a match: where the reader and the critic differ most. */
const SHOWN_SHARED = 12;

/**
 * The reader's match with one critic (null when they share too few films), and the films
 * they share, where they differ most first, with each film's name.
 */
export async function matchWithCritic(
  store: Store,
  readerId: string,
  criticId: string,
  ratings: CriticRatings,
): Promise<{
  match: TasteMatch | null;
  shared: Array<SharedFilm & { filmName: string }>;
  sharedCount: number;
}> {
  const own = await linkedScores(store, readerId);
  const { scores, space, reader, matches } = await matchReader(ratings, own);
  const all = sharedFilms(
    space,
    reader,
    scores.filter((s) => s.critic === criticId),
  );
  const shown = all.slice(0, SHOWN_SHARED);
  const labels = await filmLabels(
    store.db,
    shown.map((f) => f.film),
  );
  const shared = shown.map((f) => ({ ...f, filmName: labels.get(f.film) ?? f.film }));
  return {
    match: matches.find((m) => m.critic === criticId) ?? null,
    shared,
    sharedCount: all.length,
  };
}

/**
 * The critics like the reader, best first, each with the shared films where they differ most
 * (named) — the "Critics like you" page.
 */
export async function criticsLikeReaderWithFilms(
  store: Store,
  readerId: string,
  limit: number,
  ratings: CriticRatings,
) {
  const own = await linkedScores(store, readerId);
  const { scores, space, reader, matches } = await matchReader(ratings, own);
  const best = matches.slice(0, limit);
  const names = await criticNames(
    store.db,
    best.map((m) => m.critic),
  );
  const byCritic = new Map(best.map((m) => [m.critic, [] as typeof scores]));
  for (const s of scores) byCritic.get(s.critic)?.push(s);
  const differ = new Map(
    best.map((m) => [
      m.critic,
      sharedFilms(space, reader, byCritic.get(m.critic) ?? []).slice(0, 3),
    ]),
  );
  const labels = await filmLabels(
    store.db,
    [...differ.values()].flatMap((films) => films.map((f) => f.film)),
  );
  const critics = best.map((m) => ({
    ...m,
    name: names.get(m.critic) ?? m.critic,
    differ: (differ.get(m.critic) ?? []).map((f) => ({
      ...f,
      filmName: labels.get(f.film) ?? f.film,
    })),
  }));
  return { ratedFilms: own.length, critics };
}

/**
 * The reader's own rating of one film when they gave one; else the score predicted for them,
 * with the critics it leaned on (named) — null when they have no linked ratings or no matched
 * critic scored the film. (A film they rated is never predicted: it would be read from their
 * own rating.)
 */
export async function predictFilmForReader(
  store: Store,
  readerId: string,
  filmId: string,
  ratings: CriticRatings,
) {
  const own = await linkedScores(store, readerId);
  const mine = own.find((s) => s.film === filmId)?.score ?? null;
  const [prediction] =
    own.length && mine === null
      ? await predictFor(store, own, { films: [filmId], limit: 1 }, ratings)
      : [];
  if (!prediction) return { yours: mine, prediction: null };
  const names = await criticNames(
    store.db,
    prediction.leanedOn.map((n) => n.critic),
  );
  return {
    yours: mine,
    prediction: {
      ...prediction,
      leanedOn: prediction.leanedOn.map((n) => ({ ...n, name: names.get(n.critic) ?? n.critic })),
    },
  };
}

/** Critics whose new reviews make the reader's private feed: their best matches. */
const FEED_CRITICS = 10;

/** The newest reviews by the critics who match the reader best (their private Atom feed). */
export async function reviewsByMatchedCritics(
  store: Store,
  readerId: string,
  limit: number,
  ratings: CriticRatings,
): Promise<ReviewSummary[]> {
  const { matches } = await matchReader(ratings, await linkedScores(store, readerId));
  const critics = matches.filter((m) => m.weight > 0).slice(0, FEED_CRITICS);
  const lists = await Promise.all(
    critics.map((m) => listReviews(store, { criticId: m.critic }, { limit })),
  );
  return lists
    .flatMap((l) => l.reviews)
    .sort((a, b) => (a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : 0))
    .slice(0, limit);
}
