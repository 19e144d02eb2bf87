/**
 * What taste is measured against: each film's consensus (the mean of its critics' scores) and
 * each critic's leniency (how far above or below the others' consensus they score, shrunk
 * toward 0 when they have scored few films — as the critics' standing is, LENIENCY_PRIOR).
 * What is left of a score is taste: a residual, the score less the consensus and the scorer's
 * leniency. Pure: plain scores in, no storage (docs/METHODOLOGY.md, taste v1).
 */

/** One score on 0–100 given to a film. */
export interface FilmScore {
  film: string;
  score: number;
}

/** A critic's score of a film. */
export interface CriticScore extends FilmScore {
  critic: string;
}

/** Scores a scorer needs before their leniency leans on their own offsets more than on zero. */
export const LENIENCY_PRIOR = 10;

/** The figures a residual is read from: films' score sums and critics' leniency. */
export interface Consensus {
  /** A film's critics' score sum and count, or undefined when no critic scored it. */
  film(film: string): { sum: number; count: number } | undefined;
  /** A critic's leniency (0 for a critic not known). */
  leniency(critic: string): number;
}

/** A critic's residual on a film: their score less the others' consensus and their leniency. */
export function criticResidual(
  consensus: Consensus,
  { critic, film, score }: CriticScore,
): number | null {
  const f = consensus.film(film);
  if (!f || f.count < 2) return null;
  return score - (f.sum - score) / (f.count - 1) - consensus.leniency(critic);
}

/** A reader's scores as a critic's are read: their leniency, and their residual per film. */
export interface ReaderTaste {
  leniency: number;
  /** Film → residual (films no critic scored are left out). */
  residuals: Map<string, number>;
  /** Film → the reader's own score. */
  scores: Map<string, number>;
}

export function readerTaste(consensus: Consensus, scores: readonly FilmScore[]): ReaderTaste {
  const offsets = scores.flatMap(({ film, score }) => {
    const f = consensus.film(film);
    return f ? [{ film, offset: score - f.sum / f.count }] : [];
  });
  const leniency = shrunkMean(offsets.map((o) => o.offset));
  return {
    leniency,
    residuals: new Map(offsets.map((o) => [o.film, o.offset - leniency])),
    scores: new Map(scores.map((s) => [s.film, s.score])),
  };
}

/** Every critic's scores held in memory, read as Consensus (benches, tests, small sites). */
export class CriticSpace implements Consensus {
  private readonly films = new Map<string, { sum: number; count: number }>();
  private readonly leniencies = new Map<string, number>();
  /** Film → its critics' scores. */
  readonly byFilm = new Map<string, CriticScore[]>();

  constructor(scores: Iterable<CriticScore>) {
    for (const s of scores) {
      const onFilm = this.byFilm.get(s.film);
      if (onFilm) onFilm.push(s);
      else this.byFilm.set(s.film, [s]);
      const f = this.films.get(s.film);
      if (f) {
        f.sum += s.score;
        f.count++;
      } else this.films.set(s.film, { sum: s.score, count: 1 });
    }
    // Each critic's offsets from the others' consensus, summed in one pass over the films.
    const offsets = new Map<string, { sum: number; count: number }>();
    for (const [film, onFilm] of this.byFilm) {
      const f = this.films.get(film) as { sum: number; count: number };
      if (f.count < 2) continue;
      for (const s of onFilm) {
        const offset = s.score - (f.sum - s.score) / (f.count - 1);
        const o = offsets.get(s.critic);
        if (o) {
          o.sum += offset;
          o.count++;
        } else offsets.set(s.critic, { sum: offset, count: 1 });
      }
    }
    for (const [critic, o] of offsets)
      this.leniencies.set(critic, o.sum / (o.count + LENIENCY_PRIOR));
  }

  film(film: string): { sum: number; count: number } | undefined {
    return this.films.get(film);
  }

  leniency(critic: string): number {
    return this.leniencies.get(critic) ?? 0;
  }

  /** The critics' scores of the given films (what matching a reader reads). */
  scoresOf(films: Iterable<string>): CriticScore[] {
    return [...films].flatMap((film) => this.byFilm.get(film) ?? []);
  }
}

/** The mean shrunk toward 0 as if LENIENCY_PRIOR more values of 0 were there. */
export function shrunkMean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / (values.length + LENIENCY_PRIOR);
}
