import { type Sentence, splitSentences } from "../text/sentences.js";
import { tokenize } from "../text/tokenize.js";
import { Featurizer, type SparseVector, wordHashes } from "./features.js";
import type { StoredLinear, TextModelData } from "./model-file.js";

/** What the text model reads in a review. */
export interface TextPrediction {
  /** Calibrated probability that the review is positive (fresh). */
  probability: number;
  /** The score the text alone suggests, 0–100. */
  score: number;
}

/** One sentence as the model read it. */
export interface SentenceReading extends Sentence {
  /** Calibrated log-odds that the sentence is positive. */
  logit: number;
  /** The score the sentence alone suggests, 0–1 (not clipped). */
  score: number;
}

/** Texts with more sentences than this are read sentence by sentence (see predict). */
const WHOLE_TEXT_SENTENCES = 3;

/**
 * The trained text model: linear verdict models over hashed word and character features
 * and a linear score model, whose outputs a calibrated logistic stack combines into the
 * probability of a positive review. Trained by `cinemeter train`.
 */
export class TextModel {
  /** The models grouped by feature configuration; `slot` is each output's place in the stack. */
  private readonly groups: Array<{
    featurizer: Featurizer;
    models: Array<{ model: StoredLinear; slot: number }>;
  }>;
  /** The verdict models' logits, then the score model's output, for the chunk being read. */
  private readonly outputs: Float64Array;

  constructor(readonly data: TextModelData) {
    const models = [...data.verdict, data.score];
    this.outputs = new Float64Array(models.length);
    const byConfig = new Map<
      string,
      { featurizer: Featurizer; models: Array<{ model: StoredLinear; slot: number }> }
    >();
    models.forEach((model, slot) => {
      const key = JSON.stringify(model.features);
      const group = byConfig.get(key) ?? { featurizer: featurizerFor(model), models: [] };
      group.models.push({ model, slot });
      byConfig.set(key, group);
    });
    this.groups = [...byConfig.values()];
  }

  /**
   * Reads a text. Snippets are read whole. Longer reviews are read sentence by sentence, as
   * the model was trained on snippets, and the sentences' logits and scores are averaged
   * with the later ones weighing more (a review's conclusion carries its verdict): the
   * last sentence counts twice as much as the first.
   */
  predict(text: string): TextPrediction {
    return this.read(text).prediction;
  }

  /** A short text's calibrated log-odds of being positive, read whole (a clause, a snippet). */
  logit(text: string): number {
    return this.readChunk(tokenize(text)).logit;
  }

  /**
   * How likely a verdict that comes from a rating is right: how often reviews rated like it
   * were fresh in the training data (or rotten, for a negative verdict).
   */
  ratingConfidence(score: number, positive: boolean): number {
    const bins = this.data.ratingCalibration;
    const p = bins[Math.min(bins.length - 1, Math.floor(score / 10))] ?? 0.5;
    return positive ? p : 1 - p;
  }

  /** The prediction for the whole text, and each sentence's own reading. */
  read(text: string): { prediction: TextPrediction; sentences: SentenceReading[] } {
    const sentences = splitSentences(text).map((s): SentenceReading => {
      const { logit, score } = this.readChunk(tokenize(s.text));
      return { text: s.text, start: s.start, end: s.end, logit, score };
    });
    const whole =
      sentences.length > WHOLE_TEXT_SENTENCES
        ? null
        : sentences.length === 1
          ? (sentences[0] as SentenceReading)
          : this.readChunk(tokenize(text));
    let logit = 0;
    let score = 0;
    let total = 0;
    if (whole) {
      logit = whole.logit;
      score = whole.score;
      total = 1;
    } else {
      sentences.forEach((sentence, i) => {
        const weight = 1 + i / Math.max(1, sentences.length - 1);
        logit += weight * sentence.logit;
        score += weight * sentence.score;
        total += weight;
      });
    }
    const prediction = {
      probability: total ? 1 / (1 + Math.exp(-logit / total)) : 0.5,
      score: Math.round(Math.min(100, Math.max(0, total ? (100 * score) / total : 50)) * 10) / 10,
    };
    return { prediction, sentences };
  }

  /**
   * The stacked logit and the score of one chunk. The stack reads each verdict model's logit
   * and, last, the score model's output. Models that share a feature configuration share
   * one featurization.
   */
  private readChunk(tokens: string[]): { logit: number; score: number } {
    const outputs = this.outputs;
    const hashes = wordHashes(tokens);
    for (const { featurizer, models } of this.groups) {
      const x = featurizer.view(tokens, hashes);
      for (const { model, slot } of models) outputs[slot] = linearValue(model, x);
    }
    const { weights, bias } = this.data.stack;
    let logit = bias;
    for (let i = 0; i < outputs.length; i++) logit += (weights[i] ?? 0) * (outputs[i] as number);
    return { logit, score: outputs[outputs.length - 1] as number };
  }
}

/** w·x + b for a stored model. */
export function linearValue(model: StoredLinear, x: SparseVector): number {
  let sum = 0;
  const weights = model.weights;
  const indices = x.indices;
  for (let k = 0; k < x.length; k++) sum += weights[indices[k] as number] as number;
  return model.bias + sum * x.value * model.scale;
}

const featurizers = new Map<string, Featurizer>();

/** One Featurizer per feature configuration, shared: each holds a large buffer. */
function featurizerFor(model: StoredLinear): Featurizer {
  const key = JSON.stringify(model.features);
  let featurizer = featurizers.get(key);
  if (!featurizer) {
    featurizer = new Featurizer(model.features);
    featurizers.set(key, featurizer);
  }
  return featurizer;
}
