import type { SparseVector } from "../features.js";
import { seededRandom, shuffle } from "./random.js";

export interface LinearModel {
  weights: Float32Array;
  bias: number;
}

export interface SgdOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** w·x + b. */
export function dot(model: LinearModel, x: SparseVector, scale?: Float32Array): number {
  let sum = 0;
  const { indices, length } = x;
  for (let k = 0; k < length; k++) {
    const i = indices[k] as number;
    sum += (model.weights[i] as number) * (scale ? (scale[i] as number) : 1);
  }
  return model.bias + sum * x.value;
}

/**
 * Fits a linear model by AdaGrad over shuffled examples (a fixed seed, so the same data
 * gives the same model). `loss` "logistic" fits 0/1 targets, "squared" fits real ones.
 * `scale` multiplies each feature (naive-Bayes log-count ratios for NBSVM-style models).
 */
export function trainLinear(
  vectors: readonly SparseVector[],
  targets: Float64Array,
  dimension: number,
  loss: "logistic" | "squared",
  options: SgdOptions,
  scale?: Float32Array,
): LinearModel {
  const model: LinearModel = { weights: new Float32Array(dimension), bias: 0 };
  const squares = new Float32Array(dimension);
  let biasSquares = 0;
  const order = Array.from(vectors.keys());
  const random = seededRandom(options.seed);
  const { learningRate, l2 } = options;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffle(order, random);
    for (const n of order) {
      const x = vectors[n] as SparseVector;
      const z = dot(model, x, scale);
      const g =
        loss === "logistic" ? sigmoid(z) - (targets[n] as number) : z - (targets[n] as number);
      for (let k = 0; k < x.length; k++) {
        const i = x.indices[k] as number;
        const xv = x.value * (scale ? (scale[i] as number) : 1);
        const w = model.weights[i] as number;
        const grad = g * xv + l2 * w;
        const s = (squares[i] as number) + grad * grad;
        squares[i] = s;
        model.weights[i] = w - (learningRate * grad) / (Math.sqrt(s) + 1e-8);
      }
      biasSquares += g * g;
      model.bias -= (learningRate * g) / (Math.sqrt(biasSquares) + 1e-8);
    }
  }
  return model;
}

/**
 * Naive-Bayes log-count ratios r = log((p/|p|₁)/(q/|q|₁)) over binary features (Wang & Manning):
 * a text counts in p when its label is exactly 1, in q otherwise. (So over the snippet
 * reading's critics' model's soft targets, p holds its unrated fresh snippets alone: see
 * TrainConfig.snippetCritics.)
 */
export function naiveBayesRatios(
  vectors: readonly SparseVector[],
  labels: Float64Array,
  dimension: number,
  alpha = 1,
): Float32Array {
  const p = new Float64Array(dimension).fill(alpha);
  const q = new Float64Array(dimension).fill(alpha);
  vectors.forEach((x, n) => {
    const counts = labels[n] === 1 ? p : q;
    for (let k = 0; k < x.length; k++) {
      const i = x.indices[k] as number;
      counts[i] = (counts[i] as number) + 1;
    }
  });
  const pSum = p.reduce((a, b) => a + b, 0);
  const qSum = q.reduce((a, b) => a + b, 0);
  const r = new Float32Array(dimension);
  for (let i = 0; i < dimension; i++)
    r[i] = Math.log((p[i] as number) / pSum / ((q[i] as number) / qSum));
  return r;
}

/** Folds a feature scale into a model's weights, so prediction needs no scale. */
export function foldScale(model: LinearModel, scale: Float32Array): LinearModel {
  const weights = new Float32Array(model.weights.length);
  for (let i = 0; i < weights.length; i++)
    weights[i] = (model.weights[i] as number) * (scale[i] as number);
  return { weights, bias: model.bias };
}
