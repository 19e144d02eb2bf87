import type { Rating } from "../../domain/rating.js";
import { cleanRating, ratingVariants } from "./clean-rating.js";
import { readBareNumber } from "./notations/bare-number.js";
import { readFraction } from "./notations/fraction.js";
import { readLetterGrade } from "./notations/letter-grade.js";
import { readPercent } from "./notations/percent.js";
import { readStars } from "./notations/stars.js";
import { readSymmetric } from "./notations/symmetric.js";
import { readVerdictWords } from "./notations/verdict-words.js";
import { type OutletScales, outletScale } from "./outlet-scales.js";
import { type Reading, unscored } from "./reading.js";

/** No notation is longer; longer text is prose, not a rating. */
const MAX_RATING_LENGTH = 120;

/** What normalizing a rating may use besides the rating itself. */
export interface RatingContext {
  /** The outlet that published the rating; its known or learned scale fills in missing ones. */
  outlet?: string | null;
  /** Scales learned from the same input (see `learnOutletScales`). */
  scales?: OutletScales;
}

/**
 * Reads an original rating in any notation critics use and puts it on 0–100 (DESIGN: rating
 * rules; docs/METHODOLOGY.md). Never throws: what cannot be read gets `score: null` and a
 * `reason`.
 *
 * @example
 * normalizeRating("3 stars").score        // 60 (scale 5 by default)
 * normalizeRating("3 stars", { outlet: "RogerEbert.com" }).score // 75
 * normalizeRating("B-plus").score         // 83
 * normalizeRating("Critic's Pick").verdict // "positive"
 */
export function normalizeRating(raw: unknown, context: RatingContext = {}): Rating {
  const text = rawText(raw);
  if (text.length > MAX_RATING_LENGTH) {
    return {
      raw: text,
      ...unscored("unrecognized", `${text.length} characters is too long for a rating notation`),
    };
  }
  const cleaned = cleanRating(text);
  if (cleaned === "") {
    return {
      raw: text,
      ...unscored("empty", text === "" ? "no rating given" : "the rating has no content"),
    };
  }
  const scale = outletScale(context.outlet, context.scales);
  const reading =
    readNotation(cleaned, scale?.starMax ?? null, scale?.numberMax ?? null) ??
    firstVariantReading(cleaned, scale?.starMax ?? null, scale?.numberMax ?? null) ??
    unrecognized(cleaned);
  return { raw: text, ...reading };
}

/**
 * True when the whole of `raw` is written in a rating notation (even with a value out of
 * range), with no words around it: "3 stars" is, "Empire: 3 stars" is not.
 */
export function isRatingNotation(raw: string): boolean {
  const cleaned = cleanRating(raw);
  return cleaned !== "" && readNotation(cleaned, null, null) !== null;
}

function readNotation(s: string, starMax: number | null, numberMax: number | null): Reading | null {
  // The notations do not overlap, so the order only puts the common ones first.
  return (
    readFraction(s) ??
    readLetterGrade(s) ??
    readBareNumber(s, numberMax) ??
    readStars(s, starMax) ??
    readPercent(s) ??
    readSymmetric(s) ??
    readVerdictWords(s)
  );
}

function firstVariantReading(
  s: string,
  starMax: number | null,
  numberMax: number | null,
): Reading | null {
  for (const variant of ratingVariants(s)) {
    const reading = readNotation(variant, starMax, numberMax);
    if (reading) return reading;
  }
  return null;
}

function unrecognized(s: string): Reading {
  if (/^[-+]?\d+(?:\.\d+)?\s*(?:-|to)\s*\d+(?:\.\d+)?(?:\s*stars?)?$/.test(s)) {
    return unscored("unrecognized", `"${s}" is a range, not one rating`);
  }
  if (/^-\s*\d/.test(s)) {
    return unscored(
      "unrecognized",
      `"${s}" is negative: a negative rating needs a scale that goes below zero, e.g. "-2 out of -4..+4"`,
    );
  }
  if (/^e\s*[-+]?$/.test(s)) {
    return unscored("unrecognized", `"${s}" is not on the A–F letter-grade scale`);
  }
  if (/^\d*\.\d+\.[\d.]*$/.test(s)) {
    return unscored("unrecognized", `"${s}" is not a number: it has more than one decimal point`);
  }
  return unscored(
    "unrecognized",
    `"${s}" is not a rating notation Cinemeter reads (fractions, stars, letter grades, percentages, numbers, verdict words)`,
  );
}

function rawText(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "string") return raw;
  if (typeof raw === "number" || typeof raw === "boolean") return String(raw);
  try {
    return JSON.stringify(raw) ?? "";
  } catch {
    return String(raw);
  }
}
