/**
 * npm run bench:score-bands — what the committed text model's `textScore` map trades: SST's
 * five classes in 20-point bands against the spread of critics' real ratings.
 *
 * `textScore` is a monotone map of the calibrated log-odds (models/REPORT.md): 60 at log-odds
 * 0, and on each side the quantiles of real ratings. The same log-odds can instead be cut at
 * the three band limits (20, 40 and 80) that put the most of SST's held-apart train sentences
 * (every tenth tree, neutral ones included; never trained on) in their class's band, with
 * straight lines between; or at the limits an ordinal logistic fit of the same sentences' classes
 * on the log-odds gives, which follows how the classes spread rather than a few sentences
 * either side of each cut. Every map is measured on data none saw: SST dev (five classes),
 * and the rated critics' snippets of the held-out rt-reviews films (MAE, and how the scores
 * spread). The limits fit on SST dev itself are printed too, as a ceiling: no map of these
 * log-odds does better there.
 */
import { defaultTextModel } from "../src/analyze/model/default-model.js";
import { mapScore, type ScoreMap } from "../src/analyze/model/score-map.js";
import { SNIPPET_SENTENCES } from "../src/analyze/model/text-model.js";
import {
  type FineExample,
  loadRtExamples,
  loadSstSentences,
  loadSstTrees,
  splitByFilm,
} from "../src/analyze/model/train/dataset.js";
import { DEFAULT_TRAIN_CONFIG } from "../src/analyze/model/train/train-text-model.js";
import { splitSentences } from "../src/analyze/text/sentences.js";
import { FRESH_THRESHOLD } from "../src/domain/rating.js";
import { sharedDataFile } from "./shared-data.js";

const model = defaultTextModel();
const logit = (text: string) => model.predict(text).logit;

const trees = await loadSstTrees(sharedDataFile("sst", "trees", "train.txt"));
// The trees `cinemeter train` keeps apart (splitSstTrees): every tenth, whole sentences only.
const heldApart = trees
  .filter((_, i) => i % 10 === 0)
  .map((tree) => tree.at(-1) as FineExample)
  .map((e) => ({ label: e.label, z: logit(e.text) }));
const dev = (await loadSstSentences(sharedDataFile("sst", "stsa.fine.dev"))).map((e) => ({
  label: e.label,
  z: logit(e.text),
}));
const rt = splitByFilm(
  await loadRtExamples(sharedDataFile("rt-reviews", "rt.reviews.tsv.gz")),
  DEFAULT_TRAIN_CONFIG.seed,
);
const rated = rt.test
  .filter((e) => e.score !== null && splitSentences(e.text).length <= SNIPPET_SENTENCES)
  .map((e) => ({ rating: e.score as number, z: logit(e.text) }));

interface Labelled {
  label: number;
  z: number;
}

/**
 * The log-odds limits of the 20-40, 40-60 and 80-100 bands (the 60 limit is log-odds 0) that
 * put the most of `examples` in their class's band: every pair of cuts on the negative side,
 * every cut on the positive side.
 */
function bestLimits(examples: Labelled[]): [number, number, number] {
  const side = (keep: (e: Labelled) => boolean) => examples.filter(keep).sort((a, b) => a.z - b.z);
  const negative = side((e) => e.z < 0);
  const positive = side((e) => e.z >= 0);
  const running = (list: Labelled[], label: number) => {
    const sums = [0];
    for (const e of list) sums.push((sums.at(-1) as number) + (e.label === label ? 1 : 0));
    return sums;
  };
  const [c0, c1, c2] = [0, 1, 2].map((label) => running(negative, label)) as number[][];
  const n = negative.length;
  let best = { right: -1, i: 0, j: 0 };
  for (let i = 0; i <= n; i++)
    for (let j = i; j <= n; j++) {
      const right =
        (c0?.[i] as number) +
        (c1?.[j] as number) -
        (c1?.[i] as number) +
        (c2?.[n] as number) -
        (c2?.[j] as number);
      if (right > best.right) best = { right, i, j };
    }
  const [c3, c4] = [3, 4].map((label) => running(positive, label)) as number[][];
  const m = positive.length;
  let cut = { right: -1, k: 0 };
  for (let k = 0; k <= m; k++) {
    const right = (c3?.[k] as number) + (c4?.[m] as number) - (c4?.[k] as number);
    if (right > cut.right) cut = { right, k };
  }
  // A limit sits halfway between the last example below it and the first above it.
  const between = (list: Labelled[], at: number, fallback: number) =>
    at <= 0
      ? ((list[0]?.z ?? fallback) + fallback) / 2
      : at >= list.length
        ? fallback
        : ((list[at - 1] as Labelled).z + (list[at] as Labelled).z) / 2;
  return [between(negative, best.i, -8), between(negative, best.j, 0), between(positive, cut.k, 8)];
}

/**
 * The same three limits from a smoother fit: a proportional-odds (ordinal logistic) model of
 * the class given the log-odds, P(class ≤ k) = σ(θₖ − a·z), fit by gradient ascent on the
 * examples' likelihood; each limit is where the likelier of two neighbouring classes changes.
 * Counting the examples each cut puts right (bestLimits) follows a few sentences either way;
 * this follows the five classes' spread along the log-odds.
 */
function ordinalLimits(examples: Labelled[]): [number, number, number] {
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
  let slope = 1;
  const theta = [-3, -1, 0.5, 3];
  const cumulative = (k: number, z: number) =>
    k < 0 ? 0 : k > 3 ? 1 : sigmoid((theta[k] as number) - slope * z);
  for (let step = 0; step < 3000; step++) {
    let dSlope = 0;
    const dTheta = [0, 0, 0, 0];
    for (const { label, z } of examples) {
      const p = cumulative(label, z) - cumulative(label - 1, z);
      const density = (k: number) => cumulative(k, z) * (1 - cumulative(k, z));
      if (label <= 3) {
        dTheta[label] = (dTheta[label] as number) + density(label) / p;
        dSlope -= (z * density(label)) / p;
      }
      if (label >= 1) {
        dTheta[label - 1] = (dTheta[label - 1] as number) - density(label - 1) / p;
        dSlope += (z * density(label - 1)) / p;
      }
    }
    const rate = 0.5 / examples.length;
    slope += rate * dSlope;
    for (let k = 0; k < 4; k++) theta[k] = (theta[k] as number) + rate * (dTheta[k] as number);
  }
  const likeliest = (z: number) => {
    const p = [0, 1, 2, 3, 4].map((k) => cumulative(k, z) - cumulative(k - 1, z));
    return p.indexOf(Math.max(...p));
  };
  // Where the likeliest class first reaches 1, 2 and 4, scanning up in steps of 0.01.
  const firstAt = (label: number, fallback: number) => {
    for (let z = -12; z <= 12; z += 0.01) if (likeliest(z) >= label) return z;
    return fallback;
  };
  return [firstAt(1, -8), Math.min(firstAt(2, 0), -0.01), Math.max(firstAt(4, 8), 0.01)];
}

/** The map through those limits: straight lines from 0 to 20, 40, 60, 80 and 100. */
function bandMap([z20, z40, z80]: [number, number, number]): ScoreMap {
  const low = Math.min(z20 - 1, -8);
  const high = Math.max(z80 + 1, 8);
  const knots: Array<[number, number]> = [
    [low, 0],
    [z20, 20],
    [z40, 40],
    [0, FRESH_THRESHOLD],
    [z80, 80],
    [high, 100],
  ];
  // Knots strictly increasing (an empty band is left out).
  const kept = knots.filter((k, i) => i === 0 || k[0] > (knots[i - 1] as [number, number])[0]);
  return { logits: kept.map((k) => k[0]), scores: kept.map((k) => k[1]) };
}

const band = (score: number) => Math.min(4, Math.floor(score / 20));
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

function report(name: string, score: (z: number) => number) {
  const fine = dev.filter((e) => band(score(e.z)) === e.label).length / dev.length;
  const mae = rated.reduce((sum, e) => sum + Math.abs(score(e.z) - e.rating), 0) / rated.length;
  const bands = [0, 0, 0, 0, 0];
  for (const e of rated) bands[band(score(e.z))] = (bands[band(score(e.z))] as number) + 1;
  console.log(
    `${name}: SST-5 dev ${percent(fine)}; rated rt test snippets MAE ${mae.toFixed(2)}, ` +
      `% in bands 0-20 … 80-100: ${bands
        .map((b) => (100 * b) / rated.length)
        .map((b) => b.toFixed(1))
        .join(" / ")}`,
  );
}

const real = [0, 0, 0, 0, 0];
for (const e of rated) real[band(e.rating)] = (real[band(e.rating)] as number) + 1;
console.log(
  `${dev.length} SST dev sentences; ${rated.length} rated rt test snippets, real ratings in bands 0-20 … 80-100: ` +
    real.map((b) => ((100 * b) / rated.length).toFixed(1)).join(" / "),
);
const shipped = model.data.scoreMaps.snippet;
report("the committed map (quantiles of real ratings)", (z) =>
  mapScore(shipped, z, FRESH_THRESHOLD),
);
const fitted = bestLimits(heldApart);
report(
  `band limits fit on ${heldApart.length} held-apart SST train sentences (log-odds ${fitted.map((z) => z.toFixed(2)).join(", ")})`,
  (z) => mapScore(bandMap(fitted), z, FRESH_THRESHOLD),
);
const smooth = ordinalLimits(heldApart);
report(
  `band limits from an ordinal fit on the same held-apart sentences (log-odds ${smooth.map((z) => z.toFixed(2)).join(", ")})`,
  (z) => mapScore(bandMap(smooth), z, FRESH_THRESHOLD),
);
const ceiling = bestLimits(dev);
report(
  `ceiling: band limits fit on SST dev itself (log-odds ${ceiling.map((z) => z.toFixed(2)).join(", ")}), not a held-out figure`,
  (z) => mapScore(bandMap(ceiling), z, FRESH_THRESHOLD),
);
