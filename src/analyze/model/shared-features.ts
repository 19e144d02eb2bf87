import { BucketSet, bigramHash, type Featurizer, resetsAfter } from "./features.js";

/** A reading whose models' featurizations are folded into weights (TextModel's Reader). */
export interface FoldedReading {
  /** Its one folded featurization, or null when it has several or none. */
  readonly single: { featurizer: Featurizer; weights: Float32Array } | null;
  /** Its log-odds from the sum of the folded weights over a text's `count` features, and `extras`. */
  logitOfSum(sum: number, count: number, extras?: ArrayLike<number>): number;
}

/**
 * The sentence and long readings when both read one featurization, the same one, of word
 * unigrams and bigrams: the whole text's features are then its sentences' together, with the
 * bigrams that join them, found in the order the whole text's featurization finds them. So a
 * long text is featurized once, sentence by sentence, and its long reading gives the same
 * log-odds, to the last bit, as featurizing the whole text again. That holds while nothing
 * carries over from one sentence to the next (each ends a clause, not at a comma); when a
 * sentence does not, the long reading featurizes the whole text as before.
 */
export class SharedFeatures {
  private readonly union: BucketSet;
  private readonly mask: number;
  private wholeSum = 0;
  /** The hash of the last token read so far, or null before the first. */
  private previous: number | null = null;
  /** Whether the featurization resets after the last token read (see resetsAfter). */
  private resetAfterPrevious = true;
  /** Whether what has been read of the text can stand for the whole text's featurization. */
  complete = true;

  private constructor(
    private readonly sentence: FoldedReading,
    private readonly long: FoldedReading,
    private readonly featurizer: Featurizer,
    private readonly sentenceWeights: Float32Array,
    private readonly longWeights: Float32Array,
  ) {
    this.union = new BucketSet(featurizer.config.bits);
    this.mask = (1 << featurizer.config.bits) - 1;
  }

  static of(sentence: FoldedReading, long: FoldedReading): SharedFeatures | null {
    const s = sentence.single;
    const l = long.single;
    if (!s || !l || s.featurizer !== l.featurizer) return null;
    const { charNgrams, wordNgrams } = s.featurizer.config;
    if (charNgrams !== null || wordNgrams > 2) return null;
    return new SharedFeatures(sentence, long, s.featurizer, s.weights, l.weights);
  }

  /** Starts reading a text (one at a time). */
  startText(): this {
    this.union.clear();
    this.wholeSum = 0;
    this.previous = null;
    this.complete = true;
    return this;
  }

  /** A sentence's own log-odds (the sentence reading); its features join the whole text's. */
  addSentence(tokens: readonly string[], hashes: Uint32Array): number {
    if (tokens.length > 0 && this.previous !== null && !this.resetAfterPrevious)
      this.complete = false;
    const x = this.featurizer.view(tokens, hashes);
    const gather = this.complete;
    let sum = 0;
    for (let k = 0; k < x.length; k++) {
      const index = x.indices[k] as number;
      sum += this.sentenceWeights[index] as number;
      if (!gather) continue;
      if (this.union.add(index)) this.wholeSum += this.longWeights[index] as number;
      // The first token's word comes first; then, in the whole text, the bigram from the
      // sentence before.
      if (k === 0 && this.previous !== null) {
        const bigram = bigramHash(this.previous, hashes[0] as number) & this.mask;
        if (this.union.add(bigram)) this.wholeSum += this.longWeights[bigram] as number;
      }
    }
    if (tokens.length > 0) {
      this.previous = hashes[tokens.length - 1] as number;
      this.resetAfterPrevious = resetsAfter(tokens[tokens.length - 1] as string);
    }
    return this.sentence.logitOfSum(sum, x.length);
  }

  /** The long reading's log-odds of the text read (when `complete`), with the sentences' inputs. */
  logit(extras: ArrayLike<number>): number {
    return this.long.logitOfSum(this.wholeSum, this.union.count, extras);
  }
}
