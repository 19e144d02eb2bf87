import { parseQuantity, QTY } from "../quantity.js";
import { onScale, type Reading } from "../reading.js";

const SEPARATOR = String.raw`\s*(?:/|out\s+of|outta|of|on|sur)\s*`;
// "stars", "points", glyphs, or an outlet's own unit ("4 out of 5 popcorn buckets").
const UNIT = String.raw`(?:\s*-?\s*(?:\*+|[★⭐]+|[a-z]+(?:\s+[a-z]+)?))?`;
const HALF_STAR = /^1\/2\s*-?\s*stars?$/;
const FRACTION = new RegExp(`^(${QTY})${SEPARATOR}(${QTY})${UNIT}$`);
const ON_SCALE = new RegExp(
  String.raw`^(${QTY})\s*(?:on|in|out of)\s+(?:a|the)\s+(\d+)\s*-?\s*(?:point|pt|star)s?\s+scale$`,
);

/**
 * `3/4`, `3.5 / 4.0`, `.5/5`, `7 out of 10`, `4 of 5`, `3/5 stars`, `four out of five`,
 * `8 on a 10-point scale`: 100·x/y.
 */
export function readFraction(s: string): Reading | null {
  if (HALF_STAR.test(s)) return null; // "1/2 star" is half a star, not one of two
  const m = FRACTION.exec(s) ?? ON_SCALE.exec(s);
  if (!m) return null;
  const value = parseQuantity(m[1] ?? "");
  const max = parseQuantity(m[2] ?? "");
  if (value === null || max === null) return null;
  return onScale("fraction", value, max, "stated");
}
