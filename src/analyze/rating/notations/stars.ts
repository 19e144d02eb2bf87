import { parseQuantity, QTY } from "../quantity.js";
import { onScale, type Reading } from "../reading.js";

/** The scale assumed for stars when neither the text nor the outlet states one. */
export const DEFAULT_STAR_MAX = 5;

const FILLED = "★⭐✭✮✯✪✦*✱✲✳✴✵✶✷✸⋆🌟";
const EMPTY = "☆✩✧⚝";
const HALF = "⯪⯫⯨";
const GLYPHS = `[${FILLED}]`;
const OUT_OF = String.raw`(?:/|out\s+of|of)`;

const WORD_STARS = new RegExp(
  String.raw`^(${QTY}|an?)\s*-?\s*(?:stars?|\*|★)(?:\s*rating)?` +
    String.raw`(?:\s*[([]?\s*${OUT_OF}\s*(?:a\s+possible\s+)?(${QTY})\s*(?:stars?)?\s*[)\]]?)?$`,
  "u",
);
const HALF_STAR = /^(?:1\/2|half)\s*-?\s*stars?$/;
const GLYPH_STARS = new RegExp(
  String.raw`^(${GLYPHS}(?:\s*${GLYPHS})*)?\s*(1/2|\+|[${HALF}])?\s*([${EMPTY}](?:\s*[${EMPTY}])*)?` +
    String.raw`(?:\s*(?:stars?))?(?:\s*[([]?\s*${OUT_OF}\s*(${GLYPHS}+|${QTY})\s*(?:stars?)?\s*[)\]]?)?$`,
  "u",
);

const countGlyphs = (run: string | undefined) =>
  Array.from(run ?? "").filter((c) => c !== " ").length;

/**
 * Stars in digits, words or glyphs: `3 stars`, `FIVE STARS`, `3 1/2 stars`, `half a star`,
 * `4*`, `***`, `**1/2`, `★★★½`, `★★★☆☆`, `*** of ****`. The maximum comes from the text
 * (`out of 4`, empty glyphs), else the outlet's known scale, else 5.
 */
export function readStars(s: string, outletMax: number | null): Reading | null {
  const stated = starsInWords(s) ?? starsInGlyphs(s);
  if (!stated) return null;
  const { value, max } = stated;
  if (max !== null) return onScale("stars", value, max, "stated");
  if (outletMax !== null && value <= outletMax) return onScale("stars", value, outletMax, "outlet");
  const reading = onScale("stars", value, DEFAULT_STAR_MAX, "default");
  if (reading.score !== null) return reading;
  return {
    ...reading,
    reason: `${value} stars is more than the ${DEFAULT_STAR_MAX}-star scale assumed when none is stated; write the scale, e.g. "${value} out of 10"`,
  };
}

function starsInWords(s: string): { value: number; max: number | null } | null {
  if (HALF_STAR.test(s)) return { value: 0.5, max: null };
  const m = WORD_STARS.exec(s);
  if (!m) return null;
  const value = /^an?$/.test(m[1] ?? "") ? 1 : parseQuantity(m[1] ?? "");
  const max = m[2] === undefined ? null : parseQuantity(m[2]);
  if (value === null || (m[2] !== undefined && max === null)) return null;
  return { value, max };
}

function starsInGlyphs(s: string): { value: number; max: number | null } | null {
  const m = GLYPH_STARS.exec(s);
  if (!m || (m[1] === undefined && m[2] === undefined && m[3] === undefined)) return null;
  const [, filled, half, empty, outOf] = m;
  if (filled === undefined && empty === undefined && !(half && HALF.includes(half))) return null;
  const value = countGlyphs(filled) + (half ? 0.5 : 0);
  if (outOf !== undefined) {
    const max = new RegExp(`^${GLYPHS}+$`, "u").test(outOf)
      ? countGlyphs(outOf)
      : parseQuantity(outOf);
    return max === null ? null : { value, max };
  }
  if (empty !== undefined) return { value, max: Math.ceil(value) + countGlyphs(empty) };
  return { value, max: null };
}
