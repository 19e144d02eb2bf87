/**
 * Reading the numbers critics write in ratings: digits with a dot or comma decimal
 * (`3.5`, `3,5`, `.5`), mixed numbers (`3 1/2`, `3-1/2`, `3½` once cleaned), number words
 * (`three`, `FIVE`, `zero`, `no`) with halves (`three and a half`), and `half`.
 */

const WORDS: Record<string, number> = {
  zero: 0,
  no: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
};

const DIGITS = String.raw`(?:\d+(?:[.,]\d+)?|[.,]\d+)`;
const WORD = `(?:${Object.keys(WORDS).join("|")})`;
const PART = "(?:1/2|1/4|3/4)";
const PART_SUFFIX = String.raw`(?:\s*(?:-|\+|and|&)?\s*${PART}(?!\d)|\s*-?\s*and\s*-?\s*(?:a|one)\s*-?\s*(?:half|quarter))`;

/** Regex source matching one quantity (no anchors, no groups that capture). */
export const QTY = String.raw`(?:(?:${DIGITS}|${WORD})(?:${PART_SUFFIX})?|half(?:\s*-?\s*an?)?|an?\s*-?\s*half|one\s*-?\s*half)`;

/** Regex source matching a quantity written in digits (`8`, `3.5`, `3 1/2`), no words. */
export const DIGIT_QTY = `${DIGITS}(?:${PART_SUFFIX})?`;

/** Regex source matching a quantity with an optional sign, for symmetric scales. */
export const SIGNED_QTY = String.raw`[-+]?\s*${DIGITS}(?:${PART_SUFFIX})?`;

const PART_VALUES: Record<string, number> = { "1/2": 0.5, "1/4": 0.25, "3/4": 0.75 };
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
const HALF = /^(?:half(?:\s*-?\s*an?)?|an?\s*-?\s*half|one\s*-?\s*half)$/;
const QUANTITY_PARTS = new RegExp(`^([-+])?\\s*(${DIGITS}|${WORD})(.*)$`);

/**
 * The value of a quantity matched by {@link QTY} or {@link SIGNED_QTY}; null when it is not one.
 *
 * @example parseQuantity("three and a half") === 3.5
 */
export function parseQuantity(text: string): number | null {
  const s = text.trim();
  if (PLAIN_NUMBER.test(s)) return Number(s);
  if (HALF.test(s)) return 0.5;
  const m = QUANTITY_PARTS.exec(s);
  if (!m) return null;
  const [, sign, whole = "", rest = ""] = m;
  let value = WORDS[whole] ?? Number(whole.replace(",", "."));
  if (!Number.isFinite(value)) return null;
  const tail = rest.trim();
  if (tail !== "") {
    const part = /(1\/2|1\/4|3\/4)$/.exec(tail)?.[1];
    if (part) value += PART_VALUES[part] ?? 0;
    else if (/half$/.test(tail)) value += 0.5;
    else if (/quarter$/.test(tail)) value += 0.25;
    else return null;
  }
  return sign === "-" ? -value : value;
}
