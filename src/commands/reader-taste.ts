import type { Store } from "../store/db.js";
import { filmLabel } from "../store/film-edits.repository.js";
import {
  criticNames,
  criticRatingsOf,
  filmsRatedBy,
  readerRatings,
} from "../store/readers.repository.js";
import { CriticSpace, type FilmScore, readerTaste } from "../taste/critic-space.js";
import { matchCritics, type TasteMatch } from "../taste/match.js";
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

/** The reader matched to the critics who rated their films: the scores read, and the matches. */
async function matchReader(store: Store, own: readonly FilmScore[]) {
  const scores = await criticRatingsOf(
    store.db,
    own.map((s) => s.film),
  );
  const space = new CriticSpace(scores);
  return { scores, matches: matchCritics(space, readerTaste(space, own), scores) };
}

/**
 * The critics whose taste matches the reader's, best first (docs/METHODOLOGY.md, taste v1),
 * from the critics' own ratings of the films the reader rated, with their names.
 */
export async function criticsLikeReader(
  store: Store,
  readerId: string,
): Promise<Array<TasteMatch & { name: string }>> {
  const { matches } = await matchReader(store, await linkedScores(store, readerId));
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
): Promise<Array<Prediction & { filmName: string }>> {
  const own = await linkedScores(store, readerId);
  const rated = new Set(own.map((s) => s.film));
  const first = await matchReader(store, own);
  const films = (
    options.films ??
    (await filmsRatedBy(
      store.db,
      first.matches
        .filter((m) => m.weight > 0)
        .slice(0, NEIGHBOURS)
        .map((m) => m.critic),
      CANDIDATE_FILMS,
    ))
  ).filter((f) => !rated.has(f));
  // One space over the reader's films and the films asked about: the same consensus and
  // leniency for matching and predicting (the reader's films' scores are read once).
  const space = new CriticSpace([...first.scores, ...(await criticRatingsOf(store.db, films))]);
  const reader = readerTaste(space, own);
  const matches = new Map(
    matchCritics(space, reader, space.scoresOf(reader.residuals.keys())).map((m) => [m.critic, m]),
  );
  const predictions = films.flatMap((film) => {
    const p = predictScore(space, reader, matches, film, space.byFilm.get(film) ?? []);
    return p ? [p] : [];
  });
  const best = predictions.sort((a, b) => b.score - a.score).slice(0, options.limit);
  // Each film as its page names it.
  return Promise.all(
    best.map(async (p) => ({ ...p, filmName: await filmLabel(store.db, p.film) })),
  );
}
