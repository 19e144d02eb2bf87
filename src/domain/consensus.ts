import type { AspectName } from "./analysis.js";

/** How many of a film's reviews praise, fault or only mention one aspect. */
export interface AspectTally {
  aspect: AspectName;
  positive: number;
  negative: number;
  neutral: number;
}

/** Judged mentions an aspect needs before the consensus names it. */
const MIN_MENTIONS = 2;
/**
 * And the share of the film's reviews that must judge it, and that must praise it to name a
 * praise or fault it to name a complaint: a complaint three or four of 214 critics make is not
 * what critics say (Lost in Translation's pacing), nor two of 56 (Cop Land's, beside one
 * review that praised it).
 */
const MIN_SHARE = 1 / 25;

/** How many aspects a film's page shows, the most judged first: the consensus names no other. */
const SHOWN_ASPECTS = 6;

/**
 * The aspects a film's page shows: those its reviews judge, the most judged first (ties in
 * the order given), SHOWN_ASPECTS at most.
 */
export function shownAspects<T extends AspectTally>(aspects: readonly T[]): T[] {
  return aspects
    .filter((a) => a.positive + a.negative > 0)
    .sort((a, b) => b.positive + b.negative - (a.positive + a.negative))
    .slice(0, SHOWN_ASPECTS);
}

/** Each aspect as a sentence names it ("praise for the look of it"). */
export const ASPECT_WORDS: Record<AspectName, string> = {
  acting: "the performances",
  direction: "the direction",
  writing: "the writing",
  pacing: "the pacing",
  visuals: "the look of it",
  music: "the music",
  editing: "the editing",
  humor: "the humour",
  effects: "the effects",
};

/**
 * The share of positive verdicts (in %) from which a film's critics are said to have mostly liked
 * it: what its "critics say" line and the home page's best-of list both go by.
 */
export const LIKED_PERCENT = 60;

/**
 * A one-sentence "critics say" from a film's figures and its aspects: how the verdicts lean,
 * then what was praised (aspects judged positive by at least 2 reviews and two thirds of
 * those that judge them) and what was faulted (judged negative by at least 2 and half), each
 * praised (or faulted) by at least one review in 25 of the film's and shown on its page
 * (shownAspects).
 * Null without verdicts. `who` are its reviewers: "reviewers" when none of them is named
 * (anonymous users' reviews).
 *
 * @example
 * criticsSay(82, 40, [{ aspect: "acting", positive: 9, negative: 1, neutral: 2 },
 *                     { aspect: "pacing", positive: 1, negative: 4, neutral: 0 }])
 * // "Most critics liked it, with praise for the performances and complaints about the pacing."
 */
export function criticsSay(
  percentPositive: number | null,
  reviewCount: number,
  aspects: readonly AspectTally[],
  who: "critics" | "reviewers" = "critics",
): string | null {
  if (percentPositive === null || reviewCount === 0) return null;
  const Who = who === "critics" ? "Critics" : "Reviewers";
  const lean =
    reviewCount < 5
      ? "Too few reviews for a consensus yet"
      : percentPositive >= 90
        ? `${Who} loved it`
        : percentPositive >= LIKED_PERCENT
          ? `Most ${who} liked it`
          : percentPositive > 40
            ? `${Who} were split`
            : percentPositive > 20
              ? `Most ${who} disliked it`
              : `${Who} panned it`;
  const judged = (a: AspectTally) => a.positive + a.negative;
  // (Only those the page shows: "praise for the look of it" under bars that show no look.)
  const enough = Math.max(MIN_MENTIONS, MIN_SHARE * reviewCount);
  const ranked = shownAspects(aspects);
  const praised = ranked
    .filter((a) => a.positive >= enough && a.positive >= (2 / 3) * judged(a))
    .slice(0, 3)
    .map((a) => ASPECT_WORDS[a.aspect]);
  const faulted = ranked
    .filter((a) => a.negative >= enough && a.negative >= judged(a) / 2)
    .slice(0, 2)
    .map((a) => ASPECT_WORDS[a.aspect]);
  const parts = [
    praised.length ? `praise for ${list(praised)}` : null,
    faulted.length ? `complaints about ${list(faulted)}` : null,
  ].filter(Boolean);
  // A comma closes a list of several before the complaints: "… with praise for the acting,
  // the writing and the look, and complaints about the pacing."
  const joiner = praised.length > 1 ? ", and " : " and ";
  return parts.length ? `${lean}, with ${parts.join(joiner)}.` : `${lean}.`;
}

function list(items: string[]): string {
  return items.length <= 2
    ? items.join(" and ")
    : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
