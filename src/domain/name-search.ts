/**
 * Finding names as people type them: case, accents and punctuation aside ("almodovar" finds
 * "Pedro Almodóvar", "ebert" finds "Roger Ebert"), with a fuzzy fallback for misspellings
 * ("scorcese" finds "Martin Scorsese").
 */
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

/** How close a fuzzy match must be: a misspelled surname, not any name sharing a few letters. */
const FUZZY_SIMILARITY = 0.4;

/**
 * Names indexed for search: built once for a directory, then asked any number of queries.
 * A query matches the names where every word of it starts a word of the name, then those
 * containing it — each group by weight; when no name holds the query as typed, the closest
 * by trigram similarity (a misspelling), to the whole name or, for a one-word query, to one
 * of its words. The misspelling search reads an inverted index of trigrams, so it costs what
 * the query's trigrams are shared by, not a pass over every name.
 */
export class NameIndex<T extends Named> {
  /** Each unit is a whole name, or one word of a name of several: what a fuzzy query meets. */
  private readonly units: Array<{ entry: number; size: number; word: boolean }> = [];
  private readonly postings = new Map<string, number[]>();

  constructor(readonly entries: readonly T[]) {
    entries.forEach((entry, e) => {
      const words = entry.key.split(" ");
      for (const [text, word] of [
        [entry.key, false] as const,
        ...(words.length > 1 ? words.map((w) => [w, true] as const) : []),
      ]) {
        const grams = trigrams(text);
        const unit = this.units.length;
        this.units.push({ entry: e, size: grams.size, word });
        for (const g of grams) {
          const list = this.postings.get(g);
          if (list) list.push(unit);
          else this.postings.set(g, [unit]);
        }
      }
    });
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
    let rarest: number[] = [];
    grams.forEach((g, i) => {
      const list = this.postings.get(g) ?? [];
      if (i === 0 || list.length < rarest.length) rarest = list;
    });
    const entries = new Set<number>();
    for (const u of rarest) {
      const unit = this.units[u] as { entry: number; word: boolean };
      if (!unit.word) entries.add(unit.entry);
    }
    return [...entries].map((e) => this.entries[e] as T);
  }

  /** The entries matching `query`, best first, `limit` at most. */
  match(query: string, limit: number): T[] {
    const q = nameKey(query);
    if (q.length < 2) return [];
    const words = q.split(" ");
    const prefixed: T[] = [];
    const contained: T[] = [];
    for (const entry of this.holding(words[0] as string)) {
      if (!entry.key.includes(words[0] as string)) continue;
      const nameWords = entry.key.split(" ");
      if (words.every((w) => nameWords.some((n) => n.startsWith(w)))) prefixed.push(entry);
      else if (entry.key.includes(q)) contained.push(entry);
    }
    const byWeight = (a: T, b: T) => b.weight - a.weight || a.name.localeCompare(b.name);
    const found = [...prefixed.sort(byWeight), ...contained.sort(byWeight)].slice(0, limit);
    if (found.length > 0 || q.length < 4) return found;
    const queryGrams = trigrams(q);
    const shared = new Map<number, number>();
    for (const g of queryGrams)
      for (const unit of this.postings.get(g) ?? []) shared.set(unit, (shared.get(unit) ?? 0) + 1);
    const best = new Map<number, number>();
    const oneWord = !q.includes(" ");
    for (const [u, n] of shared) {
      const unit = this.units[u] as { entry: number; size: number; word: boolean };
      if (unit.word && !oneWord) continue;
      const similarity = n / (queryGrams.size + unit.size - n);
      if (similarity >= FUZZY_SIMILARITY && similarity > (best.get(unit.entry) ?? 0))
        best.set(unit.entry, similarity);
    }
    return [...best]
      .map(([e, similarity]) => ({ entry: this.entries[e] as T, similarity }))
      .sort((a, b) => b.similarity - a.similarity || byWeight(a.entry, b.entry))
      .slice(0, limit)
      .map((c) => c.entry);
  }
}
