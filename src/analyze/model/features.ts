import { CLAUSE_END, tokenize } from "../text/tokenize.js";
import { combineHashes, hashString } from "./hash.js";

/** How text becomes hashed features; saved with the model so prediction matches training. */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Longest word n-gram (1 = unigrams, 2 = and bigrams, 3 = and trigrams). */
  wordNgrams: number;
  /** Character n-grams inside each word (with `<` `>` at its ends), or null for none. */
  charNgrams: { min: number; max: number } | null;
  /** Mark words in the scope of a negation ("not good" → `good` read as negated). */
  negation: boolean;
  /** Add a second copy of the words after "but", "however", "yet" in a sentence. */
  contrast: boolean;
}

/**
 * A feature vector of unit length: `length` distinct bucket indices, each with the same
 * `value` (1/√length), since every feature is present or absent.
 */
export interface SparseVector {
  indices: Int32Array;
  length: number;
  value: number;
}

const NEGATORS = new Set([
  "not",
  "no",
  "never",
  "n't",
  "nothing",
  "nobody",
  "none",
  "nowhere",
  "neither",
  "nor",
  "cannot",
  "without",
  "hardly",
  "barely",
  "scarcely",
  "lacks",
  "lacking",
  "fails",
  "fail",
]);
const CONTRASTS = new Set([
  "but",
  "however",
  "yet",
  "nevertheless",
  "nonetheless",
  "though",
  "although",
]);

const SEED_WORD = 0x1000193;
const SEED_NEGATED = 0x2000193;
const SEED_CONTRAST = 0x3000193;
const SEED_CHAR = 0x4000193;

/**
 * Turns text into hashed features: words, word n-grams, negated words, words after a
 * contrast, and character n-grams, each counted once, the vector scaled to unit length.
 * Reuse one Featurizer: it keeps its buffers between calls.
 */
export class Featurizer {
  private readonly mask: number;
  private readonly seen: Uint32Array;
  private generation = 0;
  private indices = new Int32Array(4096);
  private count = 0;
  private hashes = new Uint32Array(256);

  constructor(readonly config: FeatureConfig) {
    this.mask = (1 << config.bits) - 1;
    this.seen = new Uint32Array(1 << config.bits);
  }

  /** The features of `text`, in a fresh array the caller may keep. */
  featurize(text: string): SparseVector {
    const view = this.view(tokenize(text));
    return { ...view, indices: view.indices.slice(0, view.length) };
  }

  /**
   * The features of tokenized text, in this Featurizer's own buffer: valid only until its
   * next call. Prediction uses it to allocate nothing per text.
   */
  view(tokens: readonly string[]): SparseVector {
    this.generation = (this.generation + 1) >>> 0;
    if (this.generation === 0) {
      this.seen.fill(0);
      this.generation = 1;
    }
    this.count = 0;
    const { wordNgrams, charNgrams, negation, contrast } = this.config;
    if (this.hashes.length < tokens.length) this.hashes = new Uint32Array(tokens.length * 2);
    const hashes = this.hashes;
    let negated = false;
    let afterContrast = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      const h = hashString(token, SEED_WORD);
      hashes[i] = h;
      if (CLAUSE_END.has(token)) {
        negated = false;
        if (token !== ",") afterContrast = false;
      }
      this.add(negation && negated ? combineHashes(h, SEED_NEGATED) : h);
      if (contrast && afterContrast) this.add(combineHashes(h, SEED_CONTRAST));
      if (NEGATORS.has(token)) negated = true;
      if (CONTRASTS.has(token)) {
        afterContrast = true;
        negated = false;
      }
      if (charNgrams && !CLAUSE_END.has(token))
        this.addCharNgrams(token, charNgrams.min, charNgrams.max);
      let g = h;
      for (let n = 2; n <= wordNgrams && i - n + 1 >= 0; n++) {
        g = combineHashes(hashes[i - n + 1] as number, g);
        this.add(combineHashes(g, n));
      }
    }
    const length = this.count;
    return { indices: this.indices, length, value: length > 0 ? 1 / Math.sqrt(length) : 0 };
  }

  private add(hash: number): void {
    const index = hash & this.mask;
    if (this.seen[index] === this.generation) return;
    this.seen[index] = this.generation;
    if (this.count === this.indices.length) {
      const bigger = new Int32Array(this.indices.length * 2);
      bigger.set(this.indices);
      this.indices = bigger;
    }
    this.indices[this.count++] = index;
  }

  private addCharNgrams(word: string, min: number, max: number): void {
    const padded = `<${word}>`;
    const n = padded.length;
    for (let start = 0; start < n; start++) {
      let h = SEED_CHAR;
      for (let k = start; k < n && k - start < max; k++) {
        h = Math.imul(h ^ padded.charCodeAt(k), 0x01000193) >>> 0;
        if (k - start + 1 >= min) this.add(h);
      }
    }
  }
}
