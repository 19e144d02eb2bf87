import { FRESH_THRESHOLD } from "../../domain/rating.js";
import { type Sentence, splitSentences } from "../text/sentences.js";
import { tokenize } from "../text/tokenize.js";
import { Featurizer, featureValue, type SparseVector, wordHashes } from "./features.js";
import type { Reading, Stack, StoredLinear, TextModelData } from "./model-file.js";
import { mapScore } from "./score-map.js";
import { SharedFeatures } from "./shared-features.js";
import { Vocabulary, type WordCount } from "./vocabulary.js";

/** What the text model reads in a review: one estimate, seen as a probability and a score. */
export interface TextPrediction {
  /** Calibrated log-odds that the review is positive. */
  logit: number;
  /** Calibrated probability that the review is positive (fresh). */
  probability: number;
  /**
   * The score the text suggests, 0–100: the same estimate as `probability`, mapped to the
   * spread of real ratings, so it is ≥ the fresh threshold exactly when `probability` ≥ ½.
   */
  score: number;
  /** Which reading gave it: a short text's words read whole, or a long text's sentences. */
  reading: "snippet" | "long";
}

/** One sentence as the model read it. */
export interface SentenceReading extends Sentence {
  /** Calibrated log-odds that the sentence is positive. */
  logit: number;
  /** How far `logit` leans from that of no words at all (`TextModel.neutralLogit`): 0 judges nothing. */
  lean: number;
  /**
   * In a long text, false where the subjectivity model reads the sentence as telling the story
   * rather than giving an opinion (`TextModel.givesOpinion`); absent in a short text.
   */
  opinion?: boolean;
}

/** What the model reads in a text: the whole text's prediction and each sentence's reading. */
export interface TextReading {
  prediction: TextPrediction;
  sentences: SentenceReading[];
  /**
   * true when the model can read the text; else how many words it has and how many of them
   * the models learned (none at all, or fewer than half: another language; see
   * `readsEnough`), and `prediction` is a guess that no verdict or score should be taken from.
   */
  readable: true | WordCount;
}

/** Texts with more sentences than this are long: read whole and sentence by sentence. */
export const SNIPPET_SENTENCES = 3;

/**
 * What the long reading's stack reads after its models' outputs on the whole text: the
 * sentences' own log-odds (sentence reading): their mean, the mean of the last two (where
 * critics put their verdict), the first's, and the mean of those that open with a contrast.
 */
export const LONG_SENTENCE_INPUTS = [
  "sentence mean",
  "last two sentences",
  "first sentence",
  "contrast sentences",
] as const;

const CONTRAST_START = /^(?:but|however|yet|still|nevertheless|nonetheless|even so|that said)\b/i;

/**
 * A long text's subjective extract (Pang & Lee 2004) needs this many sentences; a text with
 * fewer that read as opinion (a plot summary with a line of verdict) is read whole.
 */
export const MIN_EXTRACT_SENTENCES = 2;

/**
 * The trained text model: linear models over hashed word and character features (verdict
 * models trained on everything, one on full-length reviews, one on critics' snippets, a score
 * model), read three ways (a sentence, a snippet, a long text), each through a calibrated
 * logistic stack into one log-odds; a monotone map turns it into the score. Trained by
 * `cinemeter train`.
 */
export class TextModel {
  private readonly sentenceReader: Reader;
  private readonly snippetReader: Reader;
  private readonly longReader: Reader;
  /**
   * The sentence reading of no words at all: where a clause that judges nothing sits, which
   * is not 0 but wherever the stack's calibration puts a text without evidence.
   */
  readonly neutralLogit: number;
  private readonly sentenceInputBuffer = new Float64Array(LONG_SENTENCE_INPUTS.length);
  /** When the sentence and long readings read the same features: the long one gathers them from the sentences'. */
  private readonly shared: SharedFeatures | null;
  /**
   * Whether a sentence gives an opinion rather than tells the story (positive log-odds), for
   * a long text's subjective extract; null in a file without it (the whole text is read).
   */
  private readonly subjectivity: StoredLinear | null;
  /** The words the models learned (see vocabulary.ts); null in a file from before it: every text is read. */
  private readonly vocabulary: Vocabulary | null;

  /**
   * `shareFeatures: false` featurizes a long text's whole again for its long reading instead
   * of gathering its sentences' features (SharedFeatures): the same log-odds, slower; tests
   * compare the two.
   */
  constructor(
    readonly data: TextModelData,
    options: { shareFeatures?: boolean } = {},
  ) {
    const { sentence, snippet, long } = data.readings;
    this.sentenceReader = new Reader(data.linears, sentence, 0);
    this.snippetReader = new Reader(data.linears, snippet, 0);
    this.longReader = new Reader(data.linears, long, LONG_SENTENCE_INPUTS.length);
    this.neutralLogit = this.sentenceReader.logit([]);
    this.subjectivity =
      data.subjectivity === undefined
        ? null
        : ((data.linears[data.subjectivity] as StoredLinear | undefined) ?? null);
    this.shared =
      options.shareFeatures === false
        ? null
        : SharedFeatures.of(this.sentenceReader, this.longReader, this.subjectivity);
    this.vocabulary = data.vocabulary ? new Vocabulary(data.vocabulary) : null;
  }

  /** The whole text's prediction. */
  predict(text: string): TextPrediction {
    return this.read(text).prediction;
  }

  /** A clause's or sentence's calibrated log-odds of being positive (the sentence reading). */
  logit(text: string): number {
    return this.sentenceReader.logit(tokenize(text));
  }

  /** How far a clause's log-odds lean from those of no words at all (`neutralLogit`). */
  clauseLean(text: string): number {
    return this.logit(text) - this.neutralLogit;
  }

  /**
   * How often reviews rated with exactly this score, on a scale they stated, were fresh in the
   * training data, when enough were to tell it apart (`ratingShares`: a 2½ of 4 from a 3 of 5);
   * else null.
   */
  ratingShare(score: number): number | null {
    for (const [s, share] of this.data.ratingShares ?? [])
      if (Math.abs(s - score) < 0.05) return share;
    return null;
  }

  /** The share of positive reviews a text's calibrated probability assumes (0.5 if unknown). */
  get freshShare(): number {
    return this.data.freshShare ?? 0.5;
  }

  /** How much a text's evidence weighs on a rating on the fence (1 if unknown; see fenceLogit). */
  get fenceWeight(): number {
    return this.data.fenceWeight ?? 1;
  }

  /**
   * How much a text's evidence weighs on the confidence of a verdict from a rating off the
   * fence (0 if unknown: the rating's share alone; see ratedLogit).
   */
  get ratedTextWeight(): number {
    return this.data.ratedTextWeight ?? 0;
  }

  /**
   * How likely a verdict that comes from a rating is right: how often reviews rated like it
   * were fresh in the training data (or rotten, for a negative verdict): rated with exactly its
   * score on a stated scale where that is known (`scaleStated`), else in its tenth of 0–100.
   */
  ratingConfidence(score: number, positive: boolean, scaleStated = false): number {
    const exact = scaleStated ? this.ratingShare(score) : null;
    if (exact !== null) return positive ? exact : 1 - exact;
    const bins = this.data.ratingCalibration;
    const at = Math.min(bins.length - 1, Math.floor(score / 10));
    // A lower rating is at least as surely rotten as a higher one, and a higher one at least
    // as surely fresh (the isotonic envelope of the tenths' shares: a tenth's share of fresh
    // reviews is at most any higher tenth's and at least any lower one's).
    // (In the training data, 10–20 was fresh one time in four: bare "1"s of 4 or 5, read on
    // 10 and marked fresh; a "1 of 10" read as 73% sure rotten while a "2 of 10" read 99%.)
    let p = bins[at] ?? 0.5;
    if (positive) for (let i = 0; i < at; i++) p = Math.max(p, bins[i] ?? 0);
    else for (let i = at + 1; i < bins.length; i++) p = Math.min(p, bins[i] ?? 1);
    return positive ? p : 1 - p;
  }

  /**
   * The prediction for the whole text, and each sentence's own reading. A text of a few
   * sentences is read whole, as a snippet. A longer one is not the mean of its sentences:
   * the long stack weighs the whole text, as the full-review model reads it, with where the
   * sentences lean, the conclusion and the contrasts apart.
   */
  read(text: string): TextReading {
    // Each sentence is tokenized and hashed once; the whole text's tokens are theirs joined
    // (sentences end at a boundary between tokens), so nothing is tokenized twice.
    const tokenLists: string[][] = [];
    const hashLists: Uint32Array[] = [];
    const parts = splitSentences(text);
    const long = parts.length > SNIPPET_SENTENCES;
    // (A snippet is read whole by its own reading: its sentences' features are not gathered.)
    const gathered = long ? this.shared?.startText() : undefined;
    const subjective: boolean[] = [];
    const sentences = parts.map((s): SentenceReading => {
      const tokens = tokenize(s.text);
      const hashes = wordHashes(tokens);
      tokenLists.push(tokens);
      hashLists.push(hashes);
      const logit = gathered
        ? gathered.addSentence(tokens, hashes)
        : this.sentenceReader.logit(tokens, hashes);
      const reading: SentenceReading = {
        text: s.text,
        start: s.start,
        end: s.end,
        logit,
        lean: logit - this.neutralLogit,
      };
      if (long) {
        const opinion = gathered ? gathered.lastSubjective : this.opines(tokens, hashes);
        subjective.push(opinion);
        if (this.subjectivity) reading.opinion = opinion;
      }
      return reading;
    });
    if (!long) {
      const tokens = tokenLists.length === 1 ? (tokenLists[0] as string[]) : joinTokens(tokenLists);
      const hashes = hashLists.length === 1 ? (hashLists[0] as Uint32Array) : joinHashes(hashLists);
      return {
        prediction: this.prediction(this.snippetReader.logit(tokens, hashes), "snippet"),
        sentences,
        readable: this.readable(tokenLists, hashLists),
      };
    }
    const kept = extractOf(subjective);
    const inputs = this.sentenceInputs(sentences);
    const readable = this.readable(tokenLists, hashLists);
    if (gathered?.complete && kept.length === gathered.count)
      return { prediction: this.prediction(gathered.logit(inputs), "long"), sentences, readable };
    const logit = this.longReader.logit(
      joinTokens(kept.map((i) => tokenLists[i] as string[])),
      joinHashes(kept.map((i) => hashLists[i] as Uint32Array)),
      inputs,
    );
    return { prediction: this.prediction(logit, "long"), sentences, readable };
  }

  /** Whether a text of these tokens is one the model can read (every text, without a vocabulary). */
  private readable(
    tokenLists: readonly string[][],
    hashLists: readonly Uint32Array[],
  ): TextReading["readable"] {
    return this.vocabulary ? this.vocabulary.reads(tokenLists, hashLists) : true;
  }

  /**
   * Which of a long text's sentences its long reading's models read: those that give an
   * opinion rather than tell the story (the subjectivity model), or all of them when fewer
   * than MIN_EXTRACT_SENTENCES do or the file has no subjectivity model.
   */
  extract(text: string): number[] {
    return extractOf(splitSentences(text).map((s) => this.givesOpinion(s.text)));
  }

  /** `extract` of a text's sentences already tokenized. */
  private extractOfTokens(tokenLists: readonly string[][]): number[] {
    return extractOf(tokenLists.map((tokens) => this.opines(tokens, wordHashes(tokens))));
  }

  /** Whether a sentence gives an opinion rather than tells the story (the subjectivity model; true without one). */
  givesOpinion(sentence: string): boolean {
    const tokens = tokenize(sentence);
    return this.opines(tokens, wordHashes(tokens));
  }

  /** `givesOpinion` of a sentence's tokens. */
  private opines(tokens: readonly string[], hashes: Uint32Array): boolean {
    if (!this.subjectivity) return true;
    return (
      linearValue(this.subjectivity, featurizerFor(this.subjectivity).view(tokens, hashes)) >= 0
    );
  }

  /**
   * The outputs of a short reading's models on a text, before its stack (training fits the
   * stacks on them).
   */
  modelOutputs(reading: "sentence" | "snippet", text: string): number[] {
    const reader = reading === "sentence" ? this.sentenceReader : this.snippetReader;
    return [...reader.outputs(tokenize(text))];
  }

  /** The snippet reading's log-odds of a text (training fits the score map with it). */
  snippetLogit(text: string): number {
    return this.snippetReader.logit(tokenize(text));
  }

  /**
   * The inputs of the long stack for a long text (training fits the stack on them): its
   * models' outputs over the text's subjective extract (`extract`), then what the stack reads
   * of all its sentences' readings.
   */
  longInputs(text: string): Float64Array {
    const parts = splitSentences(text);
    const tokenLists = parts.map((s) => tokenize(s.text));
    const kept = this.extractOfTokens(tokenLists);
    const outputs = this.longReader.outputs(joinTokens(kept.map((i) => tokenLists[i] as string[])));
    const sentences = parts.map((s, i) => ({
      text: s.text,
      logit: this.sentenceReader.logit(tokenLists[i] as string[]),
    }));
    outputs.set(this.sentenceInputs(sentences), this.data.readings.long.models.length);
    return outputs;
  }

  /** What the long stack reads of the sentences' readings, in LONG_SENTENCE_INPUTS' order. */
  private sentenceInputs(sentences: readonly { text: string; logit: number }[]): Float64Array {
    let sum = 0;
    let contrastSum = 0;
    let contrastCount = 0;
    for (const s of sentences) {
      sum += s.logit;
      if (CONTRAST_START.test(s.text)) {
        contrastSum += s.logit;
        contrastCount++;
      }
    }
    const mean = sentences.length ? sum / sentences.length : 0;
    const last = sentences.slice(-2);
    const inputs = this.sentenceInputBuffer;
    inputs[0] = mean;
    inputs[1] = last.length ? last.reduce((a, s) => a + s.logit, 0) / last.length : 0;
    inputs[2] = sentences[0]?.logit ?? 0;
    inputs[3] = contrastCount ? contrastSum / contrastCount : mean;
    return inputs;
  }

  private prediction(logit: number, kind: "snippet" | "long"): TextPrediction {
    return {
      logit,
      probability: 1 / (1 + Math.exp(-logit)),
      score: mapScore(this.data.scoreMaps[kind], logit, FRESH_THRESHOLD),
      reading: kind,
    };
  }
}

/**
 * Runs one reading's models on tokens, sharing one featurization among the models of the
 * same feature configuration, into a buffer it reuses (nothing allocated per text).
 */
class Reader {
  private readonly groups: Array<{
    featurizer: Featurizer;
    models: Array<{ model: StoredLinear; slot: number }>;
  }>;
  private readonly buffer: Float64Array;
  /**
   * When the reading has its stack: per featurization, the stack's weighted sum of the models
   * over it folded into one weight array (each model's scale and stack weight multiplied in),
   * so its log-odds take one lookup per feature, not one per model. The same sum in another
   * order: it differs from the models' by rounding alone. Empty before training fits the stack.
   */
  private readonly folded: Array<{ featurizer: Featurizer; weights: Float32Array; bias: number }>;

  constructor(
    linears: readonly StoredLinear[],
    private readonly reading: Reading,
    extraInputs: number,
  ) {
    this.buffer = new Float64Array(reading.models.length + extraInputs);
    const byConfig = new Map<string, (typeof this.groups)[number]>();
    reading.models.forEach((index, slot) => {
      const model = linears[index] as StoredLinear;
      const key = JSON.stringify(model.features);
      const group = byConfig.get(key) ?? { featurizer: featurizerFor(model), models: [] };
      group.models.push({ model, slot });
      byConfig.set(key, group);
    });
    this.groups = [...byConfig.values()];
    const stack = reading.stack;
    this.folded =
      stack.weights.length === reading.models.length + extraInputs
        ? this.groups.map(({ featurizer, models }) => ({
            featurizer,
            ...foldModels(
              models.map(({ model, slot }) => ({ model, weight: stack.weights[slot] as number })),
            ),
          }))
        : [];
  }

  /** Each model's output on the tokens, in the reading's order (valid until the next call). */
  outputs(tokens: readonly string[], hashes: Uint32Array = wordHashes(tokens)): Float64Array {
    for (const { featurizer, models } of this.groups) {
      const x = featurizer.view(tokens, hashes);
      for (const { model, slot } of models) this.buffer[slot] = linearValue(model, x);
    }
    return this.buffer;
  }

  /** The featurization of a reading folded into one (see `folded`), or null when it has several or none. */
  get single(): { featurizer: Featurizer; weights: Float32Array } | null {
    return this.folded.length === 1 ? (this.folded[0] as (typeof this.folded)[number]) : null;
  }

  /**
   * The stack's log-odds for a reading with a single featurization (`single`), from the sum of
   * its folded weights over a text's `count` features, and `extras`: what `logit` computes.
   */
  logitOfSum(sum: number, count: number, extras: ArrayLike<number> = []): number {
    const { stack, models } = this.reading;
    let logit = stack.bias;
    logit += (this.folded[0] as (typeof this.folded)[number]).bias + sum * featureValue(count);
    for (let j = 0; j < extras.length; j++)
      logit += (stack.weights[models.length + j] as number) * (extras[j] as number);
    return logit;
  }

  /** The stack's log-odds over the models' outputs and, after them, `extras` (the long reading's). */
  logit(
    tokens: readonly string[],
    hashes: Uint32Array = wordHashes(tokens),
    extras: ArrayLike<number> = [],
  ): number {
    const { stack, models } = this.reading;
    if (this.folded.length === 0) {
      const inputs = this.outputs(tokens, hashes);
      for (let j = 0; j < extras.length; j++) inputs[models.length + j] = extras[j] as number;
      return stackValue(stack, inputs);
    }
    let logit = stack.bias;
    for (const { featurizer, weights, bias } of this.folded) {
      const x = featurizer.view(tokens, hashes);
      let sum = 0;
      for (let k = 0; k < x.length; k++) sum += weights[x.indices[k] as number] as number;
      logit += bias + sum * x.value;
    }
    for (let j = 0; j < extras.length; j++)
      logit += (stack.weights[models.length + j] as number) * (extras[j] as number);
    return logit;
  }
}

/**
 * Models over the same features, each times its weight, as one model: Σ weight·(bias + scale·w·x).
 * Summed a block at a time in doubles (a small buffer that stays in cache; one tight loop per
 * model), so each folded weight is the same sum, in the same order, as adding the models up
 * one by one.
 */
function foldModels(models: Array<{ model: StoredLinear; weight: number }>): {
  weights: Float32Array;
  bias: number;
} {
  const bias = models.reduce((sum, { model, weight }) => sum + weight * model.bias, 0);
  const first = models[0]?.model;
  const length = first ? 1 << first.features.bits : 0;
  const weights = new Float32Array(length);
  const sums = new Float64Array(FOLD_BLOCK);
  // Weights still in their file are read a block at a time (readTextModelFile), never whole.
  const read = new Int16Array(FOLD_BLOCK);
  for (let start = 0; start < length; start += FOLD_BLOCK) {
    const block = sums.subarray(0, Math.min(FOLD_BLOCK, length - start));
    block.fill(0);
    for (const { model, weight } of models) {
      if (model.readWeights) {
        model.readWeights(read, start);
        addScaled(block, read, 0, weight * model.scale);
      } else addScaled(block, model.weights, start, weight * model.scale);
    }
    weights.set(block, start);
  }
  return { weights, bias };
}

/** Weights folded at a time: 512 KB of sums, and of a file's weights 128 KB read at once. */
const FOLD_BLOCK = 1 << 16;

/** sums[i] += factor × values[from + i] for every i of sums. */
function addScaled(
  sums: Float64Array,
  values: Int16Array | Float32Array,
  from: number,
  factor: number,
): void {
  for (let i = 0; i < sums.length; i++)
    sums[i] = (sums[i] as number) + factor * (values[from + i] as number);
}

/** The indices of the opinion sentences, or of all when fewer than MIN_EXTRACT_SENTENCES opine. */
function extractOf(subjective: readonly boolean[]): number[] {
  const kept = subjective.flatMap((opines, i) => (opines ? [i] : []));
  return kept.length >= MIN_EXTRACT_SENTENCES ? kept : subjective.map((_, i) => i);
}

/** The lists end to end (by hand: `flat()` took a fifth of reading a review the seed's size). */
function joinTokens(lists: string[][]): string[] {
  let length = 0;
  for (const list of lists) length += list.length;
  const joined = new Array<string>(length);
  let at = 0;
  for (const list of lists) for (let i = 0; i < list.length; i++) joined[at++] = list[i] as string;
  return joined;
}

function joinHashes(lists: Uint32Array[]): Uint32Array {
  const joined = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
  let at = 0;
  for (const list of lists) {
    joined.set(list, at);
    at += list.length;
  }
  return joined;
}

/** w·z + b. */
function stackValue(stack: Stack, inputs: ArrayLike<number>): number {
  let value = stack.bias;
  for (let i = 0; i < stack.weights.length; i++)
    value += (stack.weights[i] as number) * (inputs[i] as number);
  return value;
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
