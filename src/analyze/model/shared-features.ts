import { BucketSet, bigramHash, type Featurizer, resetsAfter } from "./features.js";
import type { StoredLinear } from "./model-file.js";

/** A reading whose models' featurizations are folded into weights (TextModel's Reader). */
export interface FoldedReading {
  /** Its one folded featurization, or null when it has several or none. */
  readonly single: { featurizer: Featurizer; weights: Float32Array } | null;
  /** Its log-odds from the sum of the folded weights over a text's `count` features, and `extras`. */
  logitOfSum(sum: number, count: number, extras?: ArrayLike<number>): number;
}

/**
 * The sentence and long readings when both read one featurization, the same one, of word
 * unigrams and bigrams: the long reading's features are then those of the sentences it reads
 * (the subjective extract: those the subjectivity model, over the same features, reads as
 * opinion; all of them without one) together, with the bigrams that join them, found in the
 * order featurizing their tokens end to end finds them. So a long text is featurized once,
 * sentence by sentence, and its long reading gives the same log-odds, to the last bit, as
 * featurizing the extract again. That holds while nothing carries over from one sentence read
 * to the next (each ends a clause, not at a comma); when one does not, or the extract is not
 * the sentences gathered (TextModel.read), the long reading featurizes it as before.
 */
export class SharedFeatures {
  private readonly union: BucketSet;
  private readonly mask: number;
  private wholeSum = 0;
  /** The hash of the last token read so far, or null before the first. */
  private previous: number | null = null;
  /** Whether the featurization resets after the last token read (see resetsAfter). */
  private resetAfterPrevious = true;
  /** Whether what has been gathered can stand for the featurization of the sentences gathered. */
  complete = true;
  /** How many sentences have been gathered. */
  count = 0;
  /** Whether the sentence last added gives an opinion (the subjectivity model), and so was gathered. */
  lastSubjective = true;

  private constructor(
    private readonly sentence: FoldedReading,
    private readonly long: FoldedReading,
    private readonly featurizer: Featurizer,
    private readonly sentenceWeights: Float32Array,
    private readonly longWeights: Float32Array,
    private readonly subjectivity: StoredLinear | null,
  ) {
    this.union = new BucketSet(featurizer.config.bits);
    this.mask = (1 << featurizer.config.bits) - 1;
  }

  static of(
    sentence: FoldedReading,
    long: FoldedReading,
    subjectivity: StoredLinear | null = null,
  ): SharedFeatures | null {
    const s = sentence.single;
    const l = long.single;
    if (!s || !l || s.featurizer !== l.featurizer) return null;
    const { charNgrams, wordNgrams } = s.featurizer.config;
    if (charNgrams !== null || wordNgrams > 2) return null;
    if (
      subjectivity &&
      JSON.stringify(subjectivity.features) !== JSON.stringify(s.featurizer.config)
    )
      return null;
    return new SharedFeatures(sentence, long, s.featurizer, s.weights, l.weights, subjectivity);
  }

  /** Starts reading a text (one at a time). */
  startText(): this {
    this.union.clear();
    this.wholeSum = 0;
    this.previous = null;
    this.complete = true;
    this.count = 0;
    return this;
  }

  /**
   * A sentence's own log-odds (the sentence reading); when it gives an opinion
   * (`lastSubjective`), its features join those the long reading reads.
   */
  addSentence(tokens: readonly string[], hashes: Uint32Array): number {
    const x = this.featurizer.view(tokens, hashes);
    let sum = 0;
    let opinion = 0;
    const subjectivity = this.subjectivity?.weights;
    for (let k = 0; k < x.length; k++) {
      const index = x.indices[k] as number;
      sum += this.sentenceWeights[index] as number;
      if (subjectivity) opinion += subjectivity[index] as number;
    }
    const model = this.subjectivity;
    this.lastSubjective = model === null || model.bias + opinion * x.value * model.scale >= 0;
    if (this.lastSubjective) this.gather(tokens, hashes, x.indices, x.length);
    return this.sentence.logitOfSum(sum, x.length);
  }

  private gather(
    tokens: readonly string[],
    hashes: Uint32Array,
    indices: Int32Array,
    length: number,
  ): void {
    this.count++;
    if (tokens.length > 0 && this.previous !== null && !this.resetAfterPrevious)
      this.complete = false;
    if (this.complete)
      for (let k = 0; k < length; k++) {
        const index = indices[k] as number;
        if (this.union.add(index)) this.wholeSum += this.longWeights[index] as number;
        // The first token's word comes first; then, in the tokens end to end, the bigram
        // from the sentence gathered before.
        if (k === 0 && this.previous !== null) {
          const bigram = bigramHash(this.previous, hashes[0] as number) & this.mask;
          if (this.union.add(bigram)) this.wholeSum += this.longWeights[bigram] as number;
        }
      }
    if (tokens.length > 0) {
      this.previous = hashes[tokens.length - 1] as number;
      this.resetAfterPrevious = resetsAfter(tokens[tokens.length - 1] as string);
    }
  }

  /** The long reading's log-odds of the text read (when `complete`), with the sentences' inputs. */
  logit(extras: ArrayLike<number>): number {
    return this.long.logitOfSum(this.wholeSum, this.union.count, extras);
  }
}
