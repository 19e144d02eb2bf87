import { isRatingNotation } from "./normalize-rating.js";

/** How far from a text's end a closing rating is looked for, in characters. */
const TAIL_CHARS = 80;

/** What may follow a closing rating to the text's end: spaces, stops, closing marks. */
const AFTER_RATING = String.raw`[\s.!)\]*~-]*$`;
/** Whether `rest` is only what may follow a closing rating (the pull quote cuts one off). */
export const followsClosingRating = (rest: string) => AFTER_RATING_ONLY.test(rest);
const AFTER_RATING_ONLY = new RegExp(`^${AFTER_RATING}`);
/** A score out of a scale ("7/10", "3.5 / 5", "8 out of 10", "7,5/10"), and what may follow it. */
const SCORE_AT_END = new RegExp(
  String.raw`(?<![\d/.,*½])(?<!\d[.,]\s)((\d{1,3}(?:[.,]\d)?)\s*(?:\/|out of)\s*(4|5|10|100)\b(?:\s*stars?)?)${AFTER_RATING}`,
  "i",
);
/** Any score out of something: a tail with more than one ("Acting: 8/10 Story: 5/10") names no one rating. */
const ANY_SCORE = /\d\s*(?:\/|out of)\s*\d/gi;

/**
 * The rating a critic closes a review with, as written, in its last words, as users and
 * bloggers do when no rating field comes with the text: "Highly recommended. 8/10", "I'd give
 * it 3 out of 5.", "--- 7/10". Only one score out of 4, 5, 10 or 100 in the text's last
 * characters, ending it (a closing "stars", punctuation aside), and no more than its scale;
 * null otherwise ("a 10/10 performance" in the middle of the text is praise, not the critic's
 * rating). Linear in the text: only its tail is read.
 */
export function ratingAtEnd(text: string): string | null {
  return ratingEnding(text) ?? ratingEnding(withoutSignOff(text));
}

/** The most characters a last line signing a review off has. */
const SIGN_OFF_CHARS = 60;
/**
 * A last line that signs a review off after its rating: a name ("Bethany Cox", "Eliason A."),
 * one after a dash ("- John Ulmer", "-Zafoid", "~RJT"), a web address, or the film's MPAA
 * rating ("Rated R for violence", "Not Rated."). Not any short line: "Not!" takes a rating back.
 */
const SIGN_OFF = [
  /^\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,3}$/u,
  /^[-–—~]+\s*[\p{L}\p{N}][^\n]*$/u,
  /^(?:https?:\/\/|www\.)\S+$/i,
  /^\(?(?:rated\s+(?:g|pg|pg-13|r|nc-17|x)\b|not rated\b|unrated\b)/i,
];

/** The text without a last line that signs it off (SIGN_OFF), or "" when it has none. */
function withoutSignOff(text: string): string {
  const end = text.trimEnd();
  const tail = end.slice(-(SIGN_OFF_CHARS + 1));
  const at = tail.lastIndexOf("\n");
  if (at < 0) return "";
  const last = tail.slice(at + 1).trim();
  return SIGN_OFF.some((form) => form.test(last))
    ? end.slice(0, end.length - tail.length + at)
    : "";
}

/**
 * What a score was said to be worth, not given: "what could have been a 10/10", "it would
 * have earned a 7/10".
 */
const HYPOTHETICAL =
  /\b(?:could|would|should|might)(?:\s+have|['’]ve)\s+(?:been|earned|gotten|got|deserved)\s+(?:an?\s+)?$/i;

function ratingEnding(text: string): string | null {
  const tail = text.slice(-TAIL_CHARS);
  // (The cheap test first: most texts end with no score at all.)
  if (!tail.includes("/") && !tail.toLowerCase().includes("out of")) return null;
  const found = SCORE_AT_END.exec(tail);
  if (!found) return null;
  if (HYPOTHETICAL.test(tail.slice(0, found.index))) return null;
  if ((tail.match(ANY_SCORE) ?? []).length !== 1) return null;
  const value = Number((found[2] as string).replace(",", "."));
  const max = Number(found[3]);
  if (value > max) return null;
  // As the critic wrote it ("3 out of 10"): the rating rules read it.
  const notation = found[1] as string;
  return isRatingNotation(notation) ? notation : null;
}
