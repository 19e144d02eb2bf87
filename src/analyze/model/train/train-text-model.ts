import { FRESH_THRESHOLD } from "../../../domain/rating.js";
import { type FeatureConfig, Featurizer, type SparseVector } from "../features.js";
import {
  decodeTextModel,
  encodeTextModel,
  type StoredLinear,
  type TextModelData,
} from "../model-file.js";
import { linearValue, TextModel } from "../text-model.js";
import type { Example, Split } from "./dataset.js";
import { foldScale, naiveBayesRatios, type SgdOptions, trainLinear } from "./linear.js";
import { meanAbsoluteError, type VerdictMetrics, verdictMetrics } from "./metrics.js";
import { fitLogisticStack } from "./stack.js";

export interface LinearSpec extends Omit<SgdOptions, "seed"> {
  features: FeatureConfig;
  /** Scale features by naive-Bayes log-count ratios first (NBSVM). */
  naiveBayes: boolean;
}

export interface TrainConfig {
  seed: number;
  verdict: LinearSpec[];
  score: LinearSpec;
}

/**
 * The configuration `cinemeter train` uses, chosen on the validation films: an NBSVM-style
 * model over words, word pairs, negation scope and contrast clauses, and one over character
 * n-grams, stacked; a linear score model over words and word pairs.
 */
export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  seed: 20261124,
  verdict: [
    {
      features: { bits: 20, wordNgrams: 2, charNgrams: null, negation: true, contrast: true },
      naiveBayes: true,
      epochs: 3,
      learningRate: 0.3,
      l2: 0,
    },
    {
      features: {
        bits: 20,
        wordNgrams: 1,
        charNgrams: { min: 3, max: 5 },
        negation: true,
        contrast: false,
      },
      naiveBayes: true,
      epochs: 3,
      learningRate: 0.3,
      l2: 0,
    },
  ],
  score: {
    features: { bits: 20, wordNgrams: 2, charNgrams: null, negation: true, contrast: true },
    naiveBayes: false,
    epochs: 5,
    learningRate: 0.05,
    l2: 0,
  },
};

export interface Evaluation {
  /** The text model's verdict on the held-out films: all, rated and unrated reviews. */
  text: { all: VerdictMetrics; unrated: VerdictMetrics; rated: VerdictMetrics };
  /** The analysis verdict (the rating's when there is one, else the text's), held out. */
  pipeline: { all: number; unrated: number; rated: number };
  /** textScore against the normalized rating, on held-out rated reviews. */
  score: { count: number; mae: number; baselineMae: number; correlation: number };
}

export interface TrainResult {
  file: Buffer;
  model: TextModel;
  evaluation: Evaluation;
  validationAccuracy: number;
}

/** Trains, calibrates and evaluates the text model. `log` reports progress. */
export function trainTextModel(
  split: Split,
  config: TrainConfig,
  log: (line: string) => void = () => {},
): TrainResult {
  const labels = Float64Array.from(split.train, (e) => e.label);
  const verdict: StoredLinear[] = [];
  const validationLogits: number[][] = split.validation.map(() => []);
  config.verdict.forEach((spec, m) => {
    log(`verdict model ${m + 1}/${config.verdict.length}: ${describe(spec.features)}`);
    const stored = fitLinear(spec, split.train, labels, "logistic", config.seed + m);
    verdict.push(stored);
    const featurizer = new Featurizer(spec.features);
    split.validation.forEach((e, i) => {
      validationLogits[i]?.push(linearValue(stored, featurizer.featurize(e.text)));
    });
  });
  log(`score model: ${describe(config.score.features)}`);
  const rated = split.train.filter((e) => e.score !== null);
  const score = fitLinear(
    config.score,
    rated,
    Float64Array.from(rated, (e) => (e.score as number) / 100),
    "squared",
    config.seed + 100,
  );
  const scoreFeaturizer = new Featurizer(config.score.features);
  split.validation.forEach((e, i) => {
    validationLogits[i]?.push(linearValue(score, scoreFeaturizer.featurize(e.text)));
  });
  log("stacking and calibrating on the validation films");
  const stack = fitLogisticStack(
    validationLogits,
    split.validation.map((e) => e.label),
  );

  const data: TextModelData = {
    verdict,
    stack,
    score,
    ratingCalibration: ratingCalibration(rated),
    meta: {},
  };
  // Evaluate exactly what the file holds (its weights are quantized).
  const model = new TextModel(decodeTextModel(encodeTextModel(data)));
  const validationAccuracy = verdictMetrics(
    split.validation.map((e) => model.predict(e.text).probability),
    split.validation.map((e) => e.label),
  ).accuracy;
  log("evaluating on the test films");
  const evaluation = evaluate(model, split.test, mean(rated.map((e) => e.score as number)));
  data.meta = {
    trainedBy: "cinemeter train",
    config,
    split: {
      by: "film",
      seed: config.seed,
      films: split.films,
      reviews: {
        train: split.train.length,
        validation: split.validation.length,
        test: split.test.length,
      },
    },
    validationAccuracy,
    evaluation,
  };
  const file = encodeTextModel(data);
  return { file, model: new TextModel(decodeTextModel(file)), evaluation, validationAccuracy };
}

function fitLinear(
  spec: LinearSpec,
  examples: Example[],
  targets: Float64Array,
  loss: "logistic" | "squared",
  seed: number,
): StoredLinear {
  const featurizer = new Featurizer(spec.features);
  const vectors: SparseVector[] = examples.map((e) => featurizer.featurize(e.text));
  const dimension = 1 << spec.features.bits;
  const options = { epochs: spec.epochs, learningRate: spec.learningRate, l2: spec.l2, seed };
  if (!spec.naiveBayes) {
    return {
      features: spec.features,
      scale: 1,
      ...trainLinear(vectors, targets, dimension, loss, options),
    };
  }
  const ratios = naiveBayesRatios(vectors, targets, dimension);
  const model = trainLinear(vectors, targets, dimension, loss, options, ratios);
  return { features: spec.features, scale: 1, ...foldScale(model, ratios) };
}

function evaluate(model: TextModel, test: Example[], trainMeanScore: number): Evaluation {
  const predictions = test.map((e) => model.predict(e.text));
  const subset = (keep: (e: Example) => boolean) => {
    const idx = test.flatMap((e, i) => (keep(e) ? [i] : []));
    return verdictMetrics(
      idx.map((i) => predictions[i]?.probability as number),
      idx.map((i) => test[i]?.label as number),
    );
  };
  const pipelineCorrect = test.map((e, i) => {
    const positive =
      e.score !== null
        ? e.score >= FRESH_THRESHOLD
        : (predictions[i]?.probability as number) >= 0.5;
    return (positive ? 1 : 0) === e.label;
  });
  const share = (keep: (e: Example) => boolean) => {
    const idx = test.flatMap((e, i) => (keep(e) ? [i] : []));
    return idx.filter((i) => pipelineCorrect[i]).length / Math.max(1, idx.length);
  };
  const ratedIdx = test.flatMap((e, i) => (e.score !== null ? [i] : []));
  const predicted = ratedIdx.map((i) => predictions[i]?.score as number);
  const actual = ratedIdx.map((i) => test[i]?.score as number);
  return {
    text: {
      all: subset(() => true),
      unrated: subset((e) => e.score === null),
      rated: subset((e) => e.score !== null),
    },
    pipeline: {
      all: share(() => true),
      unrated: share((e) => e.score === null),
      rated: share((e) => e.score !== null),
    },
    score: {
      count: ratedIdx.length,
      mae: meanAbsoluteError(predicted, actual),
      baselineMae: meanAbsoluteError(
        actual.map(() => trainMeanScore),
        actual,
      ),
      correlation: pearson(predicted, actual),
    },
  };
}

/** P(fresh) for ratings in each tenth of 0–100, Laplace-smoothed, from training reviews. */
function ratingCalibration(rated: Example[]): number[] {
  const bins = Array.from({ length: 10 }, () => ({ fresh: 1, total: 2 }));
  for (const e of rated) {
    const bin = bins[Math.min(9, Math.floor((e.score as number) / 10))] as {
      fresh: number;
      total: number;
    };
    bin.fresh += e.label;
    bin.total += 1;
  }
  return bins.map((b) => Math.round((b.fresh / b.total) * 1000) / 1000);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function pearson(a: number[], b: number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let num = 0;
  let da = 0;
  let db = 0;
  a.forEach((x, i) => {
    const y = b[i] as number;
    num += (x - ma) * (y - mb);
    da += (x - ma) ** 2;
    db += (y - mb) ** 2;
  });
  return num / Math.sqrt(da * db || 1);
}

function describe(f: FeatureConfig): string {
  const parts = [`word 1–${f.wordNgrams}-grams`];
  if (f.charNgrams) parts.push(`char ${f.charNgrams.min}–${f.charNgrams.max}-grams`);
  if (f.negation) parts.push("negation scope");
  if (f.contrast) parts.push("contrast clauses");
  return `${parts.join(", ")}, 2^${f.bits} buckets`;
}
