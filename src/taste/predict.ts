/**
 * A score predicted for a reader: the film's consensus, moved by the reader's leniency and by
 * what the critics who match them thought of it beyond their own leniency — each critic's
 * residual weighed by their match (shrunk correlation), the sum held toward zero by
 * PREDICTION_PRIOR when those weights are few or weak — with a 95% interval from how far the
 * reader's own scores stray from the consensus, less what the matched critics explain.
 * Pure (docs/METHODOLOGY.md, taste v1).
 */
import {
  type Consensus,
  type CriticScore,
  criticResidual,
  type ReaderTaste,
} from "./critic-space.js";
import type { TasteMatch } from "./match.js";

/** Critics a prediction leans on at most: the best matched among those who scored the film. */
export const NEIGHBOURS = 30;
/** The weight of "nothing to add to the consensus" that the matched critics' weights meet. */
export const PREDICTION_PRIOR = 1;

export interface Prediction {
  film: string;
  /** 0–100. */
  score: number;
  interval: [number, number];
  /** The film's critics' mean score, and the reader's leniency, the prediction starts from. */
  consensus: number;
  leniency: number;
  /** The critics it leaned on, heaviest first: their match weight and residual on the film. */
  leanedOn: Array<{ critic: string; weight: number; residual: number }>;
}

export function predictScore(
  consensus: Consensus,
  reader: ReaderTaste,
  matches: ReadonlyMap<string, TasteMatch>,
  film: string,
  filmScores: readonly CriticScore[],
): Prediction | null {
  const f = consensus.film(film);
  if (!f) return null;
  const mean = f.sum / f.count;
  const leanedOn = filmScores
    .flatMap((s) => {
      const match = matches.get(s.critic);
      if (!match || match.weight <= 0) return [];
      const residual = criticResidual(consensus, s);
      return residual === null ? [] : [{ critic: s.critic, weight: match.weight, residual }];
    })
    .sort((a, b) => b.weight - a.weight)
    .slice(0, NEIGHBOURS);
  let weights = 0;
  let moved = 0;
  let explained = 0;
  for (const n of leanedOn) {
    weights += n.weight;
    moved += n.weight * n.residual;
    explained += n.weight * n.weight;
  }
  const score = clamp(mean + reader.leniency + moved / (weights + PREDICTION_PRIOR));
  // The matched critics explain as much of the reader's spread as their mean correlation,
  // held toward none by the prior.
  const r = explained / (weights + PREDICTION_PRIOR);
  const half = 1.959964 * spreadOf(reader) * Math.sqrt(1 - Math.min(0.9, r * r));
  return {
    film,
    score,
    interval: [clamp(score - half), clamp(score + half)],
    consensus: mean,
    leniency: reader.leniency,
    leanedOn,
  };
}

/** The root mean square of a reader's residuals, at least 5 points (few scores say little). */
function spreadOf(reader: ReaderTaste): number {
  let sum = 0;
  for (const r of reader.residuals.values()) sum += r * r;
  const n = reader.residuals.size;
  return n === 0 ? 20 : Math.max(5, Math.sqrt(sum / n));
}

function clamp(score: number): number {
  return Math.max(0, Math.min(100, score));
}
