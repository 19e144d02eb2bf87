import { DIGIT_QTY, parseQuantity } from "../quantity.js";
import { onScale, type Reading, unscored } from "../reading.js";

/** The scales a bare number is tried against, smallest first (DESIGN: rating rules). */
export const BARE_NUMBER_SCALES = [4, 5, 10, 20, 100] as const;

const BARE = new RegExp(`^${DIGIT_QTY}$`);

/** The value of a bare number in digits (`8`, `3.5`, `3 1/2`), or null when `s` is not one. */
function bareNumberValue(s: string): number | null {
  return BARE.test(s) ? parseQuantity(s) : null;
}

/** The smallest of {@link BARE_NUMBER_SCALES} that holds `value`, or null above them all. */
export function smallestScaleHolding(value: number): number | null {
  return BARE_NUMBER_SCALES.find((max) => value <= max) ?? null;
}

/**
 * A bare number (`8`, `3.5`) on the outlet's scale when the outlet's other ratings
 * show it (`scaleSource: "outlet"`), else on the smallest of 4, 5, 10, 20, 100 that holds it
 * (`scaleSource: "default"`). Either way the scale was inferred, never stated.
 */
export function readBareNumber(s: string, outletMax: number | null): Reading | null {
  const value = bareNumberValue(s);
  if (value === null) return null;
  if (value < 0)
    return {
      ...unscored("number", "a negative number needs its scale, e.g. -1 out of -4..+4"),
      value,
    };
  if (outletMax !== null && value <= outletMax)
    return onScale("number", value, outletMax, "outlet");
  const max = smallestScaleHolding(value);
  if (max === null) {
    return { ...unscored("number", `${value} is above every known scale (up to 100)`), value };
  }
  return onScale("number", value, max, "default");
}
