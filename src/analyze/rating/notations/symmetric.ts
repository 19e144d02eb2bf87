import { parseQuantity, SIGNED_QTY } from "../quantity.js";
import { onScale, type Reading } from "../reading.js";

const RANGE = String.raw`(${SIGNED_QTY})\s*(?:\.\.\.?|…|to|through|-)\s*(${SIGNED_QTY})`;
const INTRO = String.raw`(?:out\s+of|on\s+a\s+scale\s+(?:of|from)|on\s+a|on|in|of|from)`;
// +2 out of -4..+4, -1 on a scale of -4 to +4, +2 (-4..+4), +3 on a -5 to +5 scale
const SYMMETRIC = new RegExp(
  String.raw`^(${SIGNED_QTY})\s*[([]?\s*(?:${INTRO}\s*)?[([]?\s*${RANGE}\s*(?:scale\s*)?[)\]]?(?:\s*scale)?$`,
);

/**
 * A value on a stated range, `+2 out of -4..+4` or `7 on a scale of 1 to 10`. Ranges that
 * go below zero map linearly (-4 → 0, +4 → 100); ranges from zero or above read as x/max,
 * like every other stated scale, and a value below the range's minimum has no score.
 */
export function readSymmetric(s: string): Reading | null {
  const m = SYMMETRIC.exec(s);
  if (!m) return null;
  const value = parseQuantity(m[1] ?? "");
  const low = parseQuantity(m[2] ?? "");
  const high = parseQuantity(m[3] ?? "");
  if (value === null || low === null || high === null) return null;
  const [min, max] = low <= high ? [low, high] : [high, low];
  return onScale(min < 0 ? "symmetric" : "fraction", value, max, "stated", min);
}
