/**
 * Finding names as people type them: case, accents and punctuation aside ("almodovar" finds
 * "Pedro Almodóvar", "ebert" finds "Roger Ebert"), with a fuzzy fallback for misspellings
 * ("scorcese" finds "Martin Scorsese").
 */

/** A name as search compares it: lowercase, accents and punctuation gone, spaces single. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
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
 * The entries whose names match a query, best first: those where every word of the query
 * starts a word of the name, then those containing it — each group by weight; when no name
 * holds the query as typed, the closest by trigram similarity (a misspelling).
 */
export function matchNames<T extends Named>(
  entries: readonly T[],
  query: string,
  limit: number,
): T[] {
  const q = nameKey(query);
  if (q.length < 2) return [];
  const words = q.split(" ");
  const prefixed: T[] = [];
  const contained: T[] = [];
  for (const entry of entries) {
    if (!entry.key.includes(words[0] as string)) continue;
    const nameWords = entry.key.split(" ");
    if (words.every((w) => nameWords.some((n) => n.startsWith(w)))) prefixed.push(entry);
    else if (entry.key.includes(q)) contained.push(entry);
  }
  const byWeight = (a: T, b: T) => b.weight - a.weight || a.name.localeCompare(b.name);
  const found = [...prefixed.sort(byWeight), ...contained.sort(byWeight)].slice(0, limit);
  if (found.length > 0 || q.length < 4) return found;
  const seen = new Set(found);
  const close = entries
    .filter((e) => !seen.has(e))
    .map((entry) => ({ entry, similarity: bestWordSimilarity(entry.key, q) }))
    .filter((c) => c.similarity >= FUZZY_SIMILARITY)
    .sort((a, b) => b.similarity - a.similarity || byWeight(a.entry, b.entry))
    .slice(0, limit - found.length)
    .map((c) => c.entry);
  return [...found, ...close];
}

/** The query against the whole name and, for a one-word query, against each of its words. */
function bestWordSimilarity(key: string, query: string): number {
  let best = trigramSimilarity(key, query);
  if (!query.includes(" "))
    for (const word of key.split(" ")) best = Math.max(best, trigramSimilarity(word, query));
  return best;
}
