import { CLAUSE_END, tokenize } from "../text/tokenize.js";
import { combineHashes, hashString } from "./hash.js";

/** How text becomes hashed features; saved with the model so prediction matches training. */
export interface FeatureConfig {
  /** log2 of the number of hash buckets. */
  bits: number;
  /** Longest word n-gram (1 = unigrams, 2 = and bigrams, 3 = and trigrams). */
  wordNgrams: number;
  /**
   * Character n-grams inside each word (with `<` `>` at its ends), or null for none. Function
   * words ("the", "of", "and" …) give none: they carry no sentiment and would double the work.
   */
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

/**
 * Function words, whose character n-grams are left out (negations are kept: they matter); nor
 * does a reading's evidence name them (text-evidence.ts).
 */
// biome-ignore format: a word list reads best filled
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as",
  "is", "are", "was", "were", "be", "been", "it", "its", "it's", "'s", "this", "that", "these",
  "those", "he", "she", "they", "his", "her", "their", "him", "them", "i", "you", "we", "our",
  "your", "my", "me", "us", "who", "which", "what", "when", "where", "there", "here", "than",
  "then", "so", "if", "into", "about", "up", "out", "do", "does", "did", "has", "have", "had",
  "will", "would", "can", "could", "should", "may", "might", "just",
]);

// What a token does to the features around it, as bits: one lookup per token.
const CLAUSE_ENDING = 1;
const NEGATING = 2;
const CONTRASTING = 4;
const FUNCTION_WORD = 8;
const TOKEN_KINDS = new Map<string, number>();
for (const [words, bit] of [
  [CLAUSE_END, CLAUSE_ENDING],
  [NEGATORS, NEGATING],
  [CONTRASTS, CONTRASTING],
  [FUNCTION_WORDS, FUNCTION_WORD],
] as const) {
  for (const word of words) TOKEN_KINDS.set(word, (TOKEN_KINDS.get(word) ?? 0) | bit);
}

const SEED_WORD = 0x1000193;
const SEED_NEGATED = 0x2000193;
const SEED_CONTRAST = 0x3000193;
const SEED_CHAR = 0x4000193;

/**
 * TOKEN_KINDS by the tokens' hashes (open addressing, linear probing): a token's hash is
 * already computed, and looking a fresh string up in a Map hashes it again.
 */
const KIND_SLOTS = 1024;
const kindWords: string[] = [];
const kindBits: number[] = [];
const kindSlots = new Int32Array(KIND_SLOTS).fill(-1);
for (const [word, kind] of TOKEN_KINDS) {
  let slot = hashString(word, SEED_WORD) & (KIND_SLOTS - 1);
  while ((kindSlots[slot] as number) !== -1) slot = (slot + 1) & (KIND_SLOTS - 1);
  kindSlots[slot] = kindWords.length;
  kindWords.push(word);
  kindBits.push(kind);
}

/** What a token does to the features around it (TOKEN_KINDS), from the token and its word hash. */
function tokenKind(token: string, hash: number): number {
  for (let slot = hash & (KIND_SLOTS - 1); ; slot = (slot + 1) & (KIND_SLOTS - 1)) {
    const k = kindSlots[slot] as number;
    if (k === -1) return 0;
    if (kindWords[k] === token) return kindBits[k] as number;
  }
}

/** Each token's hash, computed once per text and shared by every featurizer that reads it. */
export function wordHashes(tokens: readonly string[]): Uint32Array {
  const hashes = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) hashes[i] = hashString(tokens[i] as string, SEED_WORD);
  return hashes;
}

/**
 * Turns text into hashed features: words, word n-grams, negated words, words after a
 * contrast, and character n-grams, each counted once, the vector scaled to unit length.
 * Reuse one Featurizer: it keeps its buffers between calls.
 */
export class Featurizer {
  private readonly mask: number;
  /**
   * One bit per bucket: set while its index is in the current vector (a 2^20-bucket space
   * takes 128 KB, small enough to stay in the CPU cache), cleared again after each text.
   */
  private readonly seen: Int32Array;
  private indices = new Int32Array(4096);
  private count = 0;

  constructor(readonly config: FeatureConfig) {
    this.mask = (1 << config.bits) - 1;
    this.seen = new Int32Array(Math.max(1, (1 << config.bits) >>> 5));
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
  view(tokens: readonly string[], hashes: Uint32Array = wordHashes(tokens)): SparseVector {
    for (let k = 0; k < this.count; k++) {
      const index = this.indices[k] as number;
      this.seen[index >>> 5] = (this.seen[index >>> 5] as number) & ~(1 << (index & 31));
    }
    this.count = 0;
    const { wordNgrams, charNgrams, negation, contrast } = this.config;
    let negated = false;
    let afterContrast = false;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as string;
      const h = hashes[i] as number;
      const kind = tokenKind(token, h);
      if (kind & CLAUSE_ENDING) {
        negated = false;
        if (token !== ",") afterContrast = false;
      }
      this.add(negation && negated ? combineHashes(h, SEED_NEGATED) : h);
      if (contrast && afterContrast) this.add(combineHashes(h, SEED_CONTRAST));
      if (kind & NEGATING) negated = true;
      if (kind & CONTRASTING) {
        afterContrast = true;
        negated = false;
      }
      if (charNgrams && !(kind & (CLAUSE_ENDING | FUNCTION_WORD))) {
        this.addCharNgrams(token, charNgrams.min, charNgrams.max);
      }
      let g = h;
      for (let n = 2; n <= wordNgrams && i - n + 1 >= 0; n++) {
        g = combineHashes(hashes[i - n + 1] as number, g);
        this.add(combineHashes(g, n));
      }
    }
    const length = this.count;
    return { indices: this.indices, length, value: featureValue(length) };
  }

  private add(hash: number): void {
    const index = hash & this.mask;
    const word = index >>> 5;
    const bit = 1 << (index & 31);
    const marks = this.seen[word] as number;
    if ((marks & bit) !== 0) return;
    this.seen[word] = marks | bit;
    if (this.count === this.indices.length) {
      const bigger = new Int32Array(this.indices.length * 2);
      bigger.set(this.indices);
      this.indices = bigger;
    }
    this.indices[this.count++] = index;
  }

  /**
   * The n-grams of the word padded as `<word>`. The padding is read by index rather than
   * built as a string: a concatenated string is a rope in V8, and reading one character at
   * a time from a long two-byte rope can flatten it on every read (seen: quadratic time on
   * one 40,000-character word).
   */
  private addCharNgrams(word: string, min: number, max: number): void {
    const n = word.length + 2;
    const codeAt = (k: number) => (k === 0 ? 60 : k === n - 1 ? 62 : word.charCodeAt(k - 1));
    for (let start = 0; start < n; start++) {
      let h = SEED_CHAR;
      for (let k = start; k < n && k - start < max; k++) {
        h = Math.imul(h ^ codeAt(k), 0x01000193) >>> 0;
        if (k - start + 1 >= min) this.add(h);
      }
    }
  }
}

/**
 * A set of bucket indices that remembers the order they came in: the features of several
 * texts read one after another, each counted once (see SharedFeatures). The same bookkeeping
 * as Featurizer's own, kept apart on purpose: a Featurizer used for this set, or one built on
 * this class, made the whole analysis 3–5% slower (measured 2026-12-02).
 */
export class BucketSet {
  private readonly seen: Int32Array;
  private indices = new Int32Array(4096);
  count = 0;

  constructor(bits: number) {
    this.seen = new Int32Array(Math.max(1, (1 << bits) >>> 5));
  }

  /** Adds a bucket; true when it was not in the set yet. */
  add(index: number): boolean {
    const word = index >>> 5;
    const bit = 1 << (index & 31);
    const marks = this.seen[word] as number;
    if ((marks & bit) !== 0) return false;
    this.seen[word] = marks | bit;
    if (this.count === this.indices.length) {
      const bigger = new Int32Array(this.indices.length * 2);
      bigger.set(this.indices);
      this.indices = bigger;
    }
    this.indices[this.count++] = index;
    return true;
  }

  clear(): void {
    for (let k = 0; k < this.count; k++) {
      const index = this.indices[k] as number;
      this.seen[index >>> 5] = (this.seen[index >>> 5] as number) & ~(1 << (index & 31));
    }
    this.count = 0;
  }
}

/** Whether the featurization of a text resets after this token (a clause's end, not a comma): nothing carries over. */
export function resetsAfter(token: string): boolean {
  return token !== "," && ((TOKEN_KINDS.get(token) ?? 0) & CLAUSE_ENDING) !== 0;
}

/** The hash of the word bigram that ends at a token: `previous` then `current` (as Featurizer.view adds it). */
export function bigramHash(previous: number, current: number): number {
  return combineHashes(combineHashes(previous, current), 2);
}

/** The value of each of `length` features in a vector of unit length. */
export function featureValue(length: number): number {
  return length > 0 ? 1 / Math.sqrt(length) : 0;
}
