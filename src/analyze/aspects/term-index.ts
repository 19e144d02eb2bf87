/**
 * The aspects' term expressions, `\b(?:one|two|…)\b` each, taken apart into their
 * alternatives and indexed by the words a match can start with: at a word's start, only the
 * alternatives that can start with that word are tried, as a small expression of their own.
 * One big alternation tried at every position was a fifth of the aspects' cost; an index by
 * first character halved it, and most words (the, is, of …) start no term at all. Tried by
 * word rather than whole, the alternatives V8 compiles are those the texts call for, each
 * compiled small: the whole expressions, hundreds of alternatives each, took some 450 ms of
 * a process's first review (a CPU profile of it) for V8 to make into bytecode and interpret,
 * and up to 0.9 MB of machine code each (docs/PERFORMANCE.md, "The forty-sixth session's
 * words").
 */

const DIGITS = "0123456789";

/** A quantifier that lets what it follows match nothing. */
const MAY_BE_EMPTY = /^(?:\?|\*|\{0[,}])/;

/** The expressions to try at a word's start: each expression's index, and its alternatives that can start there. */
export type TermsAtWord = ReadonlyArray<{ readonly k: number; readonly terms: RegExp }>;

/** An alternative's place: its expression's index × ALTERNATIVES_EACH + its index in it. */
const ALTERNATIVES_EACH = 1 << 16;
const NONE: TermsAtWord = [];

/** A word some alternatives start with: their places, and what to try, made when first asked. */
interface WordEntry {
  places: number[];
  /** What to try where the word's first letter starts no alternative of its own. */
  plain?: TermsAtWord;
  /** … and where it does (digits: "\d+ hours"), by that letter. */
  withLetter?: Map<number, TermsAtWord>;
}

/**
 * For terms `\b(?:…)\b`, what to try at a word's start, from the word's hash (wordHash of its
 * run of ASCII word characters) and its first character code: for each expression with an
 * alternative that can start with that word, a sticky expression of those alternatives, in
 * their order — matched where the word starts, it finds what the whole expression finds
 * there. An alternative whose first word cannot be listed (`\d+`, `[a-z]+` …) is tried at
 * every word with its first letter, and a hash shared by two words only adds alternatives:
 * one may be tried where it cannot match, never left out where it can. Terms it cannot index
 * are refused when it is built. The small expressions are made when first asked for, once.
 */
export function termsAtFirstWord(
  sources: readonly string[],
): (hash: number, firstCode: number) => TermsAtWord {
  const alternativesOf: string[][] = [];
  const byHash = new Map<number, WordEntry>();
  const byFirstCode: Array<number[] | undefined> = new Array(128).fill(undefined);
  sources.forEach((source, k) => {
    if (
      !source.startsWith("\\b(?:") ||
      !source.endsWith(")\\b") ||
      closing(source, 2) !== source.length - 3
    )
      throw new Error(`an aspect's terms are not written \\b(?:…)\\b: ${source.slice(0, 60)}`);
    const list = alternatives(source.slice(5, -3));
    alternativesOf.push(list);
    list.forEach((alternative, i) => {
      const place = k * ALTERNATIVES_EACH + i;
      const firsts = firstCharacters(alternative);
      if (firsts === null)
        throw new Error(`an aspect term whose first character is not plain to see: ${alternative}`);
      if (![...firsts].every((c) => isWordCode(c.charCodeAt(0))))
        throw new Error(`an aspect term starts with a character that is no word's: ${alternative}`);
      for (const way of leadingGroupSplit(alternative)) {
        const words = firstWordsOf(way);
        if (words === null)
          for (const c of firstCharacters(way) ?? firsts) {
            const places = byFirstCode[c.charCodeAt(0)] ?? [];
            places.push(place);
            byFirstCode[c.charCodeAt(0)] = places;
          }
        else
          for (const word of words) {
            const hash = wordHash(word, 0, word.length);
            const entry = byHash.get(hash) ?? { places: [] };
            entry.places.push(place);
            byHash.set(hash, entry);
          }
      }
    });
  });

  // One sticky expression per set of alternatives, made when first needed.
  const expressions = new Map<string, RegExp>();
  const expressionOf = (k: number, places: number[]): RegExp => {
    const key = `${k}:${places.join(",")}`;
    let expression = expressions.get(key);
    if (expression === undefined) {
      const list = alternativesOf[k] as string[];
      const chosen = places.map((place) => list[place % ALTERNATIVES_EACH]);
      expression = new RegExp(String.raw`\b(?:${chosen.join("|")})\b`, "y");
      expressions.set(key, expression);
    }
    return expression;
  };
  // (A place listed twice, by two ways into its alternative or a word's and a letter's lists,
  // is tried once.)
  const toTry = (places: readonly number[]): TermsAtWord => {
    const sorted = [...new Set(places)].sort((a, b) => a - b);
    const found: Array<{ k: number; terms: RegExp }> = [];
    for (let from = 0; from < sorted.length; ) {
      const k = Math.floor((sorted[from] as number) / ALTERNATIVES_EACH);
      let to = from;
      while (to < sorted.length && Math.floor((sorted[to] as number) / ALTERNATIVES_EACH) === k)
        to++;
      found.push({ k, terms: expressionOf(k, sorted.slice(from, to)) });
      from = to;
    }
    return found;
  };
  const byLetterOnly: Array<TermsAtWord | undefined> = new Array(128).fill(undefined);
  return (hash, firstCode) => {
    const entry = byHash.get(hash);
    const letter = firstCode < 128 ? byFirstCode[firstCode] : undefined;
    if (entry === undefined) {
      if (letter === undefined) return NONE;
      byLetterOnly[firstCode] ??= toTry(letter);
      return byLetterOnly[firstCode];
    }
    if (letter === undefined) {
      entry.plain ??= toTry(entry.places);
      return entry.plain;
    }
    entry.withLetter ??= new Map();
    let found = entry.withLetter.get(firstCode);
    if (found === undefined) {
      found = toTry([...entry.places, ...letter]);
      entry.withLetter.set(firstCode, found);
    }
    return found;
  };
}

/** Whether the character code is an ASCII word character (`\w`, what `\b` reads without the `u` flag). */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95;
}

/** The characters a match of the alternative can start with, or null when that is not plain to see. */
function firstCharacters(alternative: string): string | null {
  const c = alternative[0];
  if (c === undefined) return null;
  if (/[a-z0-9]/i.test(c)) return MAY_BE_EMPTY.test(alternative.slice(1)) ? null : c;
  if (alternative.startsWith("\\d")) return MAY_BE_EMPTY.test(alternative.slice(2)) ? null : DIGITS;
  if (alternative.startsWith("(?:")) {
    const end = closing(alternative, 0);
    if (MAY_BE_EMPTY.test(alternative.slice(end + 1))) return null;
    let firsts = "";
    for (const inner of alternatives(alternative.slice(3, end))) {
      const f = firstCharacters(inner);
      if (f === null) return null;
      firsts += f;
    }
    return firsts;
  }
  if (c === "[") {
    const end = alternative.indexOf("]");
    const members = alternative.slice(1, end);
    return /^[a-z0-9]+$/i.test(members) && !MAY_BE_EMPTY.test(alternative.slice(end + 1))
      ? members
      : null;
  }
  return null;
}

/** The top-level alternatives of an expression's source. */
function alternatives(source: string): string[] {
  const found: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(source, i);
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      found.push(source.slice(from, i));
      from = i + 1;
    }
  }
  found.push(source.slice(from));
  return found;
}

/** Where the group opened at `open` closes. */
function closing(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = classEnd(source, i);
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  throw new Error(`an unclosed group in an aspect's terms: ${source.slice(open, open + 60)}`);
}

/** Where the character class opened at `open` ends. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  throw new Error(
    `an unclosed character class in an aspect's terms: ${source.slice(open, open + 60)}`,
  );
}

/** At most this many first words are listed for one alternative; more, and its first letter is always tried. */
const MAX_FIRST_WORDS = 256;

/**
 * An alternative that opens with a group, one per way through the group ("(?:\d+|one) hours"
 * as "\d+ hours" and "one hours"): what cannot be listed of one way leaves the others listed.
 */
function leadingGroupSplit(alternative: string): string[] {
  if (!alternative.startsWith("(?:")) return [alternative];
  const end = closing(alternative, 0);
  const rest = alternative.slice(end + 1);
  if (/^[?*+{]/.test(rest)) return [alternative];
  return alternatives(alternative.slice(3, end)).flatMap((way) => leadingGroupSplit(way + rest));
}

/** Where a word's hash (FNV-1a over its character codes) starts, before its first character. */
export const WORD_HASH_START = 0x811c9dc5;

/** A word's hash with one more character code (call wordKey on the last). */
export const wordHashStep = (hash: number, code: number) => Math.imul(hash ^ code, 0x01000193);

/**
 * A word's hash as a lookup key: its low 30 bits, a small integer to V8 (a key of 32 bits is
 * a heap number, made afresh for every word read and hashed slower).
 */
export const wordKey = (hash: number) => hash & 0x3fffffff;

/** The hash of text[from, to): the same for a word wherever it is. */
export function wordHash(text: string, from: number, to: number): number {
  let hash = WORD_HASH_START;
  for (let i = from; i < to; i++) hash = wordHashStep(hash, text.charCodeAt(i));
  return wordKey(hash);
}

/** A way into an expression: the word read so far, and whether a non-word character ended it. */
interface WordPath {
  word: string;
  closed: boolean;
}

/**
 * The first words (runs of ASCII word characters) a match of the expression can start with,
 * or null when they cannot be listed. Zero-width parts are passed over (so the list may hold
 * more than can match); the end of the expression ends a word (a term ends at `\b`).
 */
function firstWordsOf(source: string): Set<string> | null {
  const paths = pathsOf(source);
  if (paths === null) return null;
  return new Set(paths.map((p) => p.word));
}

function pathsOf(source: string): WordPath[] | null {
  let paths: WordPath[] = [{ word: "", closed: false }];
  for (let i = 0; i < source.length && paths.some((p) => !p.closed); ) {
    const atom = wordAtomAt(source, i);
    if (atom === null) return null;
    i = atom.end;
    if (atom.ways === "zero-width") continue;
    const ways = atom.ways;
    // A part repeated: only where every way through it ends the word at once does it not
    // matter how often (" +", "\s*").
    const endsAtOnce = ways.every((w) => w.closed && w.word === "");
    if (atom.max > 1 && !endsAtOnce) return null;
    const next: WordPath[] = [];
    for (const path of paths) {
      if (path.closed || atom.min === 0) next.push(path);
      if (path.closed) continue;
      for (const way of ways) next.push({ word: path.word + way.word, closed: way.closed });
    }
    if (next.length > MAX_FIRST_WORDS) return null;
    paths = next;
  }
  return paths;
}

/** One part of an expression at `i` for pathsOf: its ways through, where it ends, how often it may repeat. */
function wordAtomAt(
  source: string,
  i: number,
): { ways: WordPath[] | "zero-width"; end: number; min: number; max: number } | null {
  const c = source[i] as string;
  let ways: WordPath[] | "zero-width" | null;
  let end: number;
  const char = (ch: string): WordPath =>
    isWordCode(ch.charCodeAt(0)) ? { word: ch, closed: false } : { word: "", closed: true };
  if (c === "\\") {
    const e = source[i + 1] ?? "";
    end = i + 2;
    if (e === "b" || e === "B") ways = "zero-width";
    else if (e === "d") ways = [...DIGITS].map(char);
    else if (e === "s" || e === "W") ways = [{ word: "", closed: true }];
    else if ("-.'’/()[]{}*+?|^$\\ ".includes(e)) ways = [char(e)];
    else return null;
  } else if (c === "[") {
    end = classEnd(source, i) + 1;
    const members = source.slice(i + 1, end - 1);
    // Plain members only: no negation, escape or range (a "-" first or last is itself).
    ways =
      members !== "" && !members.startsWith("^") && !/\\|.-./.test(members)
        ? [...members].map(char)
        : null;
  } else if (c === "(") {
    end = closing(source, i) + 1;
    if (/^\(\?<?[=!]/.test(source.slice(i, i + 4))) ways = "zero-width";
    else {
      const inner = source.slice(source.startsWith("(?:", i) ? i + 3 : i + 1, end - 1);
      ways = [];
      for (const alternative of alternatives(inner)) {
        const paths = pathsOf(alternative);
        if (paths === null) return null;
        ways.push(...paths);
      }
    }
  } else if (c === "^" || c === "$") {
    ways = "zero-width";
    end = i + 1;
  } else if ("|)?*+{.".includes(c)) return null;
  else {
    ways = [char(c)];
    end = i + 1;
  }
  if (ways === null) return null;
  const quantifier = /^(?:\?|\*|\+|\{(\d+)(,(\d*))?\})\??/.exec(source.slice(end));
  if (quantifier === null) return { ways, end, min: 1, max: 1 };
  const [written, low, comma, high] = quantifier;
  const q = written.replace(/\?$/, "") || "?";
  const min = q === "?" || q === "*" ? 0 : q === "+" ? 1 : Number(low);
  const max =
    q === "?" ? 1 : q === "*" || q === "+" || (comma && !high) ? Infinity : Number(high ?? low);
  return { ways, end: end + written.length, min, max };
}
