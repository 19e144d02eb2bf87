/**
 * How well a reader's taste matches each critic's, over the films both scored: the
 * correlation of their residuals (each side's leniency and the film's consensus removed) with
 * a 95% interval, shrunk toward "no information" when they share few films; the mean
 * difference of their residuals in points; and how often they fall on the same side of the
 * fresh line. Pure (docs/METHODOLOGY.md, taste v1).
 */
import { FRESH_THRESHOLD } from "../domain/rating.js";
import {
  type Consensus,
  type CriticScore,
  criticResidual,
  type ReaderTaste,
} from "./critic-space.js";

/** Shared films a match needs before its correlation counts more than it is shrunk. */
export const MATCH_PRIOR = 10;
/** Fewer shared films than this: no correlation is measured at all. */
export const MIN_SHARED = 3;

export interface TasteMatch {
  critic: string;
  /** Films both scored. */
  shared: number;
  /** Pearson correlation of the residuals on the shared films; null below MIN_SHARED or flat. */
  correlation: number | null;
  /** Its 95% interval (Fisher's z), null below 4 shared films. */
  interval: [number, number] | null;
  /** The correlation shrunk toward 0 by shared / (shared + MATCH_PRIOR): what predictions weigh. */
  weight: number;
  /** Mean absolute difference of the residuals, in points. */
  meanDifference: number;
  /** Share of the shared films both put on the same side of the fresh line. */
  verdictAgreement: number;
}

/** Running co-moments of a reader's and a critic's residuals. */
interface Moments {
  n: number;
  x: number;
  y: number;
  xx: number;
  yy: number;
  xy: number;
  absDiff: number;
  sameSide: number;
}

/**
 * The reader matched to every critic among `scores` (critics' scores of films the reader
 * scored) with at least MIN_SHARED films in common, best weight first. One pass over the
 * scores: its cost is the number of critics' scores on the reader's films.
 */
export function matchCritics(
  consensus: Consensus,
  reader: ReaderTaste,
  scores: Iterable<CriticScore>,
): TasteMatch[] {
  const moments = new Map<string, Moments>();
  for (const s of scores) {
    const x = reader.residuals.get(s.film);
    const own = reader.scores.get(s.film);
    if (x === undefined || own === undefined) continue;
    const y = criticResidual(consensus, s);
    if (y === null) continue;
    let m = moments.get(s.critic);
    if (!m) {
      m = { n: 0, x: 0, y: 0, xx: 0, yy: 0, xy: 0, absDiff: 0, sameSide: 0 };
      moments.set(s.critic, m);
    }
    m.n++;
    m.x += x;
    m.y += y;
    m.xx += x * x;
    m.yy += y * y;
    m.xy += x * y;
    m.absDiff += Math.abs(x - y);
    if (own >= FRESH_THRESHOLD === s.score >= FRESH_THRESHOLD) m.sameSide++;
  }
  const matches: TasteMatch[] = [];
  for (const [critic, m] of moments) {
    if (m.n < MIN_SHARED) continue;
    const correlation = pearson(m);
    matches.push({
      critic,
      shared: m.n,
      correlation,
      interval: correlation === null ? null : fisherInterval(correlation, m.n),
      weight: correlation === null ? 0 : (correlation * m.n) / (m.n + MATCH_PRIOR),
      meanDifference: m.absDiff / m.n,
      verdictAgreement: m.sameSide / m.n,
    });
  }
  return matches.sort((a, b) => b.weight - a.weight || b.shared - a.shared);
}

function pearson(m: Moments): number | null {
  const cov = m.xy - (m.x * m.y) / m.n;
  const vx = m.xx - (m.x * m.x) / m.n;
  const vy = m.yy - (m.y * m.y) / m.n;
  if (vx <= 1e-9 || vy <= 1e-9) return null;
  return Math.max(-1, Math.min(1, cov / Math.sqrt(vx * vy)));
}

/** The 95% interval of a correlation from n pairs, by Fisher's z; null below 4 pairs. */
export function fisherInterval(r: number, n: number): [number, number] | null {
  if (n < 4) return null;
  const z = Math.atanh(Math.max(-0.999999, Math.min(0.999999, r)));
  const half = 1.959964 / Math.sqrt(n - 3);
  return [Math.min(r, Math.tanh(z - half)), Math.max(r, Math.tanh(z + half))];
}

/** A film both the reader and a critic scored, and how far apart their tastes put it. */
export interface SharedFilm {
  film: string;
  yours: number;
  theirs: number;
  /** The reader's residual less the critic's: where taste differs, leniency aside. */
  difference: number;
}

/** The films a reader shares with one critic, where they differ most first. */
export function sharedFilms(
  consensus: Consensus,
  reader: ReaderTaste,
  criticScores: Iterable<CriticScore>,
): SharedFilm[] {
  const shared: SharedFilm[] = [];
  for (const s of criticScores) {
    const x = reader.residuals.get(s.film);
    const own = reader.scores.get(s.film);
    const y = criticResidual(consensus, s);
    if (x === undefined || own === undefined || y === null) continue;
    shared.push({ film: s.film, yours: own, theirs: s.score, difference: x - y });
  }
  return shared.sort((a, b) => Math.abs(b.difference) - Math.abs(a.difference));
}
