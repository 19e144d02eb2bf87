/**
 * Finding names as people type them: case, accents and punctuation aside ("almodovar" finds
 * "Pedro Almodóvar", "ebert" finds "Roger Ebert"), with a fuzzy fallback for misspellings
 * ("scorcese" finds "Martin Scorsese"), not for other words that share letters ("haunting"
 * finds neither "Harry Haun" nor "Ian Bunting").
 */
import { distance } from "fastest-levenshtein";
import { foldText } from "./fold-text.js";

/** A name as search compares it: lowercase, accents and punctuation gone, spaces single. */
export function nameKey(name: string): string {
  return foldText(name);
}

/** The three-character pieces of a text padded as pg_trgm pads it. */
export function trigrams(text: string): Set<string> {
  const padded = `  ${text} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** Shared trigrams over all trigrams (Jaccard), as pg_trgm measures similarity. */
export function trigramSimilarity(a: string, b: string): number {
  const x = trigrams(a);
  const y = trigrams(b);
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return shared / (x.size + y.size - shared || 1);
}

/** A named thing a search may find, with its weight (reviews, films) to rank ties by. */
export interface Named {
  name: string;
  /** Its name's key (nameKey), computed once when the directory is built. */
  key: string;
  weight: number;
}

const collator = new Intl.Collator("en");

/** Heavier first (more reviews, more films), then by name. */
function byWeight(a: Named, b: Named): number {
  return b.weight - a.weight || collator.compare(a.name, b.name);
}

/** How close a fuzzy match must be: a misspelled surname, not any name sharing a few letters. */
const FUZZY_SIMILARITY = 0.4;

/**
 * Whether `query` reads as a misspelling of `text`: a typo away where the shorter of the two
 * has four or five characters, two from six on (as search engines' "auto" fuzziness allows a
 * word), one more for every six characters from 18 (a whole title or name of several words),
 * and the first letter kept unless a single typo is all there is. Trigrams alone let other
 * words through: "haunting" shares half its trigrams with "haun" and "bunting", four and two
 * edits away; "gallows" is "Gallo" and two letters more.
 */
export function isMisspelling(query: string, text: string): boolean {
  const shorter = Math.min(query.length, text.length);
  const typos = shorter < 6 ? 1 : Math.max(2, Math.floor(shorter / 6));
  // (Lengths further apart than that are more edits apart: no need to count them.)
  if (Math.abs(query.length - text.length) > typos) return false;
  const edits = distance(query, text);
  return edits <= typos && (edits <= 1 || query[0] === text[0]);
}

/**
 * Whether a query misspells a name as a whole, where it misspells no word of it ("karatekid":
 * "karate kid"), or as written, before a key took anything away ("te ice storm": "the ice
 * storm", where the title's key is "ice storm"). `q` is the query read as the name's `key`
 * was made, `typed` as nameKey reads it.
 */
export function misspellsName(q: string, typed: string, key: string, name: string): boolean {
  return isMisspelling(q, key) || isMisspelling(typed, nameKey(name));
}

/**
 * Names indexed for search: built once for a directory, then asked any number of queries.
 * A query matches the names where every word of it starts a word of the name, then those
 * containing it — each group by weight; when no name holds the query as typed, the closest
 * by trigram similarity that are a misspelling away (isMisspelling): for a one-word query, a
 * word of the name; for a longer one, the whole name. Both read inverted indexes of trigrams
 * over the distinct names and words, so a query costs what its trigrams are shared by, never
 * a pass over every name.
 */
export class NameIndex<T extends Named> {
  /**
   * Each unit is a distinct text a query meets — a whole name, or one word of a name — with
   * the entries that have it (many critics are a "John"; one name may be on
   * several lists).
   */
  private readonly units: Array<{ text: string; entries: number[]; size: number; word: boolean }> =
    [];
  /** Trigram → the units of whole names that have it; the same for words. */
  private readonly namePostings = new Map<string, number[]>();
  private readonly wordPostings = new Map<string, number[]>();

  /** The entries best first (by weight, then name): an entry's number is its rank. */
  readonly entries: readonly T[];
  private readonly unitOf = new Map<string, number>();
  private indexed = 0;

  /**
   * Every entry indexed at once (see build for large directories); `later`: none yet.
   * `normalize` reads a query as the entries' keys were made (nameKey unless told).
   */
  constructor(
    entries: readonly T[],
    later = false,
    private readonly normalize: (text: string) => string = nameKey,
  ) {
    this.entries = [...entries].sort(byWeight);
    if (!later) this.indexNext(this.entries.length);
  }

  /**
   * A large directory indexed a slice at a time, giving way to other work between slices
   * (a server keeps answering while it reads a hundred thousand names).
   */
  static async build<T extends Named>(
    entries: readonly T[],
    normalize: (text: string) => string = nameKey,
    slice = 2_000,
  ): Promise<NameIndex<T>> {
    const index = new NameIndex(entries, true, normalize);
    while (index.indexNext(slice)) await new Promise((resolve) => setImmediate(resolve));
    return index;
  }

  /** Indexes up to `count` more entries; whether any are left. */
  private indexNext(count: number): boolean {
    const end = Math.min(this.entries.length, this.indexed + count);
    for (let e = this.indexed; e < end; e++) {
      const entry = this.entries[e] as T;
      const words = entry.key.split(" ");
      for (const [text, word] of [
        [entry.key, false] as const,
        ...[...new Set(words)].map((w) => [w, true] as const),
      ]) {
        const seen = this.unitOf.get(`${word ? "w" : "n"}${text}`);
        if (seen !== undefined) {
          const holders = (this.units[seen] as { entries: number[] }).entries;
          if (holders.at(-1) !== e) holders.push(e);
          continue;
        }
        const grams = trigrams(text);
        const unit = this.units.length;
        this.unitOf.set(`${word ? "w" : "n"}${text}`, unit);
        this.units.push({ text, entries: [e], size: grams.size, word });
        const postings = word ? this.wordPostings : this.namePostings;
        for (const g of grams) {
          const list = postings.get(g);
          if (list) list.push(unit);
          else postings.set(g, [unit]);
        }
      }
    }
    this.indexed = end;
    return end < this.entries.length;
  }

  /**
   * The entries whose names may hold `word`: those of the rarest of its trigrams (a word of two
   * letters: the names with a word starting with it), read from the index, never a pass over
   * every name.
   */
  private holding(word: string): T[] {
    const grams: string[] = [];
    for (let i = 0; i + 3 <= word.length; i++) grams.push(word.slice(i, i + 3));
    if (grams.length === 0) grams.push(` ${word}`);
    // The names with every trigram of the word: the rarest trigram's, each looked up in the
    // others' postings (sorted, as units are numbered in the order they are indexed). At ten
    // million reviews a trigram such as "llo" is shared by thousands of names.
    const [rarest = [], ...others] = grams
      .map((g) => this.namePostings.get(g) ?? [])
      .sort((a, b) => a.length - b.length);
    const entries = new Set<number>();
    for (const u of rarest) {
      if (!others.every((list) => sortedHas(list, u))) continue;
      for (const e of (this.units[u] as { entries: number[] }).entries) entries.add(e);
    }
    return [...entries].sort((a, b) => a - b).map((e) => this.entries[e] as T);
  }

  /**
   * The entries matching `query`, best first, `limit` at most; with `misspellings` false,
   * only names that hold it as typed; with `accept`, only the entries it accepts (one index
   * serves critics and outlets together and each apart).
   */
  match(
    query: string,
    limit: number,
    misspellings = true,
    accept: (entry: T) => boolean = () => true,
  ): T[] {
    const q = this.normalize(query);
    if (q.length < 2) return [];
    const words = q.split(" ");
    const prefixed: T[] = [];
    const contained: T[] = [];
    // Candidates come best first: once `limit` names start with the query, none can beat them.
    for (const entry of this.holding(words[0] as string)) {
      if (!entry.key.includes(words[0] as string) || !accept(entry)) continue;
      const nameWords = entry.key.split(" ");
      if (words.every((w) => nameWords.some((n) => n.startsWith(w)))) {
        prefixed.push(entry);
        if (prefixed.length >= limit) break;
      } else if (entry.key.includes(q)) contained.push(entry);
    }
    const found = [...prefixed, ...contained].slice(0, limit);
    if (found.length > 0 || q.length < 4 || !misspellings) return found;
    // A one-word query is weighed against the words of names, a longer one against names.
    const postings = q.includes(" ") ? this.namePostings : this.wordPostings;
    const queryGrams = trigrams(q);
    const shared = new Map<number, number>();
    for (const g of queryGrams)
      for (const unit of postings.get(g) ?? []) shared.set(unit, (shared.get(unit) ?? 0) + 1);
    const best = new Map<number, number>();
    const typed = nameKey(query);
    for (const [u, n] of shared) {
      const unit = this.units[u] as { text: string; entries: number[]; size: number };
      const similarity = n / (queryGrams.size + unit.size - n);
      if (similarity < FUZZY_SIMILARITY) continue;
      const close = isMisspelling(q, unit.text);
      for (const e of unit.entries) {
        const entry = this.entries[e] as T;
        if (!accept(entry)) continue;
        if (!close && !misspellsName(q, typed, entry.key, entry.name)) continue;
        if (similarity > (best.get(e) ?? 0)) best.set(e, similarity);
      }
    }
    return [...best]
      .map(([e, similarity]) => ({ e, entry: this.entries[e] as T, similarity }))
      .sort((a, b) => b.similarity - a.similarity || a.e - b.e)
      .slice(0, limit)
      .map((c) => c.entry);
  }
}

/** Whether a sorted list of numbers holds `value` (binary search). */
function sortedHas(list: readonly number[], value: number): boolean {
  let low = 0;
  let high = list.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = list[mid] as number;
    if (at === value) return true;
    if (at < value) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}
