import { knownOutletScale } from "./known-outlet-scales.js";
import { normalizeRating } from "./normalize-rating.js";
import { smallestScaleHolding } from "./notations/bare-number.js";
import { cachedOutletKey, NO_OUTLET_KEY, type OutletScale } from "./outlet-scales.js";

interface Evidence {
  denominators: Map<number, number>;
  largestBare: number | null;
  bareCount: number;
}

/**
 * Learns each outlet's scales from its ratings: the stated maxima it uses most (`3/4`,
 * `2 stars out of 5`) and the bare numbers it gives. Bare numbers go on the most used stated
 * maximum that holds them all, else on the smallest of 4, 5, 10, 20, 100 that does.
 *
 * @example
 * const scales = learnOutletScales(rows); // rows: { outlet, rating }[]
 * normalizeRating("8", { outlet: "Apollo Guide", scales }) // 8 of 10, scaleSource "outlet"
 */
export function learnOutletScales(
  ratings: Iterable<{ outlet?: string | null; rating?: unknown }>,
): Map<string, OutletScale> {
  const learner = new OutletScaleLearner();
  for (const { outlet, rating } of ratings) learner.add(outlet, rating);
  return learner.scales();
}

/**
 * The same learning one rating at a time, for inputs streamed rather than held in memory:
 * it keeps a few numbers per outlet, not the ratings.
 */
export class OutletScaleLearner {
  private readonly evidence = new Map<string, Evidence>();

  /** A rating and its outlet (none: the reviews without an outlet, learned as one). */
  add(outlet: string | null | undefined, rating: unknown): void {
    const reading = normalizeRating(rating);
    const key = outlet ? cachedOutletKey(outlet) : NO_OUTLET_KEY;
    let e = this.evidence.get(key);
    if (!e) {
      e = { denominators: new Map(), largestBare: null, bareCount: 0 };
      this.evidence.set(key, e);
    }
    if (reading.scaleSource === "stated" && reading.max !== null) {
      if (reading.kind === "fraction" || reading.kind === "stars") {
        e.denominators.set(reading.max, (e.denominators.get(reading.max) ?? 0) + 1);
      }
    }
    if (reading.kind === "number" && reading.value !== null && reading.value >= 0) {
      e.largestBare = Math.max(e.largestBare ?? 0, reading.value);
      e.bareCount += 1;
    }
  }

  scales(): Map<string, OutletScale> {
    const scales = new Map<string, OutletScale>();
    for (const [key, e] of this.evidence) {
      // One bare number alone says nothing about its outlet's scale beyond itself.
      if (e.denominators.size === 0 && e.bareCount < 2) continue;
      const byUse = [...e.denominators]
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .map(([max]) => max);
      const known = knownOutletScale(key);
      const starMax = byUse.find((max) => max <= 10) ?? known;
      const largest = e.largestBare;
      const numberMax =
        largest === null
          ? (byUse[0] ?? known)
          : (byUse.find((max) => max >= largest) ??
            (known !== null && known >= largest ? known : smallestScaleHolding(largest)));
      scales.set(key, { starMax, numberMax });
    }
    return scales;
  }
}
