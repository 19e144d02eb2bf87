/**
 * The aspects' term expressions, `\b(?:one|two|…)\b` each, taken apart into their
 * alternatives and indexed by the characters a match can start with: at a word's start, only
 * the alternatives that can start with its first character are tried. One big alternation
 * tried at every position was a fifth of the aspects' cost; this finds the same places in
 * half the time.
 */

const DIGITS = "0123456789";

/** A quantifier that lets what it follows match nothing. */
const MAY_BE_EMPTY = /^(?:\?|\*|\{0[,}])/;

/**
 * For each character code a word can start with, an expression (sticky) matching exactly
 * where one of the terms `\b(?:…)\b` given would match at that word's start.
 */
export function termsByFirstCharacter(sources: readonly string[]): Array<RegExp | undefined> {
  const alternativesByCode = new Map<number, string[]>();
  for (const source of sources) {
    if (
      !source.startsWith("\\b(?:") ||
      !source.endsWith(")\\b") ||
      closing(source, 2) !== source.length - 3
    )
      throw new Error(`an aspect's terms are not written \\b(?:…)\\b: ${source.slice(0, 60)}`);
    for (const alternative of alternatives(source.slice(5, -3))) {
      const firsts = firstCharacters(alternative);
      if (firsts === null)
        throw new Error(`an aspect term whose first character is not plain to see: ${alternative}`);
      for (const c of new Set(firsts)) {
        const code = c.charCodeAt(0);
        if (!isWordCode(code))
          throw new Error(
            `an aspect term starts with a character that is no word's: ${alternative}`,
          );
        const list = alternativesByCode.get(code) ?? [];
        list.push(alternative);
        alternativesByCode.set(code, list);
      }
    }
  }
  const byCode: Array<RegExp | undefined> = [];
  for (const [code, list] of alternativesByCode)
    byCode[code] = new RegExp(`(?:${list.join("|")})\\b`, "y");
  return byCode;
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
