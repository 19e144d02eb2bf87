import { tokenize } from "../text/tokenize.js";
import { wordHashes } from "./features.js";

/**
 * The words a text model learned: every word (a token with a letter in it) that at least
 * MIN_TEXTS of its training texts use (MIN_TEXTS_SHORT for a short word), kept as the sorted
 * hashes its features hash words with.
 * A text most of whose words are not among them is one the model cannot read — another
 * language ("ganda ng suntukan"), or no words at all ("🥰🥰🥰") — and a verdict or score
 * estimated from it would be a guess shown as a reading.
 */
export class Vocabulary {
  /**
   * The hashes in an open-addressing table (a slot per hash, 0 empty; the hash 0 apart), at
   * most a quarter full: a lookup is a probe or two into a typed array, with no boxed numbers.
   */
  private readonly table: Uint32Array;
  private readonly mask: number;
  private readonly hasZero: boolean;

  constructor(readonly hashes: Uint32Array) {
    let size = 1024;
    while (size < hashes.length * 4) size *= 2;
    this.table = new Uint32Array(size);
    this.mask = size - 1;
    this.hasZero = hashes.includes(0);
    for (const h of hashes) {
      if (h === 0) continue;
      let i = h & this.mask;
      while (this.table[i] !== 0 && this.table[i] !== h) i = (i + 1) & this.mask;
      this.table[i] = h;
    }
  }

  /** Whether the model learned the word of this hash. */
  has(hash: number): boolean {
    if (hash === 0) return this.hasZero;
    for (let i = hash & this.mask; ; i = (i + 1) & this.mask) {
      const slot = this.table[i] as number;
      if (slot === hash) return true;
      if (slot === 0) return false;
    }
  }

  /**
   * Whether the model can read a text (its sentences' tokens; see `readsEnough`): true, or how
   * many of its words it has and how many of those the model learned. A text of up to
   * MAX_LOOKUPS tokens is looked up whole, a longer one at that many spread evenly through it,
   * and the lookups stop once enough words are known: each is a probe into a table that the
   * model's weights push out of the CPU's caches (looking up every word had cost about 3% of
   * an analysis, snippet or seed-sized; this costs about half that).
   */
  reads(
    tokenLists: readonly (readonly string[])[],
    hashLists: readonly Uint32Array[],
  ): true | WordCount {
    let total = 0;
    for (const tokens of tokenLists) total += tokens.length;
    const stride = Math.max(1, Math.ceil(total / MAX_LOOKUPS));
    // Two passes over the same sample, allocating nothing: its words first, then the lookups,
    // which stop once readsEnough says so (the words not yet looked up counted as unknown).
    const count: WordCount = { words: 0, known: 0 };
    this.sample(tokenLists, hashLists, stride, () => {
      count.words++;
      return false;
    });
    if (readsEnough(count)) return true;
    const readable = this.sample(tokenLists, hashLists, stride, (token, hash) => {
      if (!this.has(hash) && !this.knowsParts(token)) return false;
      count.known++;
      return readsEnough(count);
    });
    return readable ? true : count;
  }

  /**
   * Calls `visit` on the words among every `stride`-th token through the lists, in order, until
   * it returns true; says whether it did.
   */
  private sample(
    tokenLists: readonly (readonly string[])[],
    hashLists: readonly Uint32Array[],
    stride: number,
    visit: (token: string, hash: number) => boolean,
  ): boolean {
    let skip = 0;
    for (let list = 0; list < tokenLists.length; list++) {
      const tokens = tokenLists[list] as readonly string[];
      const hashes = hashLists[list] as Uint32Array;
      for (let i = skip; i < tokens.length; i += stride) {
        const token = tokens[i] as string;
        if (isWord(token) && visit(token, hashes[i] as number)) return true;
      }
      // Where the next list's first token to look at is, continuing the stride.
      skip = (((skip - tokens.length) % stride) + stride) % stride;
    }
    return false;
  }

  /** A joined word the model never saw whole is known when it knows each part ("throat-slashing"). */
  private knowsParts(token: string): boolean {
    const parts = wordParts(token);
    if (parts.length < 2) return false;
    for (const h of wordHashes(parts)) if (!this.has(h)) return false;
    return true;
  }
}

/** The most tokens of one text looked up (see Vocabulary.reads). */
export const MAX_LOOKUPS = 128;

/** Words and words known, counted over a text. */
export interface WordCount {
  words: number;
  known: number;
}

/** A text is read when at least this share of its words are words the model learned. */
export const MIN_KNOWN_SHARE = 0.5;

/**
 * Nor is a text declined for one word the model never saw: a critic's coinage ("Yawnsville.",
 * "Payneful") is read by its characters, which the characters model knows.
 */
export const MIN_UNKNOWN_WORDS = 2;

/** How many training texts must use a word for the model to count it as learned. */
export const MIN_TEXTS = 3;

/**
 * … and a word of SHORT_WORD letters or fewer: other languages' short words ("na", "pa",
 * "ko", "sa", "si" in Tagalog) turn up in a few English reviews (names, initials, quotes),
 * while English's own short words are in thousands of them.
 */
export const MIN_TEXTS_SHORT = 25;
export const SHORT_WORD = 3;

/**
 * Whether the model can read a text with these counts: it has words, and at least
 * MIN_KNOWN_SHARE of them are words the model learned, or it has fewer than
 * MIN_UNKNOWN_WORDS it did not learn. models/REPORT.md says how many held-out texts it declines.
 */
export function readsEnough(count: WordCount): boolean {
  if (count.words === 0) return false;
  const unknown = count.words - count.known;
  return unknown < MIN_UNKNOWN_WORDS || count.known >= MIN_KNOWN_SHARE * count.words;
}

/**
 * The vocabulary of training texts: each word (and each part of a joined word) that at
 * least `minTexts` of them use (`minTextsShort` for a word of SHORT_WORD letters or fewer), as
 * sorted hashes. Deterministic: the same texts give the same array, whatever their order.
 */
export function buildVocabulary(
  texts: Iterable<string>,
  { minTexts = MIN_TEXTS, minTextsShort = MIN_TEXTS_SHORT } = {},
): Uint32Array {
  const textsUsing = new Map<string, number>();
  const seen = new Set<string>();
  for (const text of texts) {
    seen.clear();
    for (const token of tokenize(text)) {
      if (!isWord(token)) continue;
      seen.add(token);
      for (const part of wordParts(token)) seen.add(part);
    }
    for (const word of seen) textsUsing.set(word, (textsUsing.get(word) ?? 0) + 1);
  }
  const words = [...textsUsing]
    .filter(([word, n]) => n >= (word.length <= SHORT_WORD ? minTextsShort : minTexts))
    .map(([word]) => word);
  return Uint32Array.from(new Set(wordHashes(words))).sort();
}

const LETTER = /\p{L}/u;

/** A token with a letter in it: a word, not a number or a mark. */
function isWord(token: string): boolean {
  const c = token.charCodeAt(0);
  if (c >= 97 && c <= 122) return true; // tokens are lowercase
  if (c >= 48 && c <= 57) return LETTER.test(token); // "2nd", "1950s" (rare)
  return c >= 128 && LETTER.test(token); // "één"; not a mark
}

/** The parts of a word joined by hyphens, stops or apostrophes ("throat-slashing"). */
function wordParts(token: string): string[] {
  return token.split(/[-.']/).filter(isWordPart);
}

function isWordPart(part: string): boolean {
  return part !== "" && isWord(part);
}
