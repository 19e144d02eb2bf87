import { outletKey } from "../../domain/outlet.js";
import { knownOutletScale } from "./known-outlet-scales.js";

/** The scales one outlet uses, for ratings that do not state theirs. */
export interface OutletScale {
  /** For stars written without a maximum ("3 stars"). */
  starMax: number | null;
  /** For bare numbers ("8", "3.5"). */
  numberMax: number | null;
}

/** What is known of each outlet's scales, keyed by {@link outletKey}. */
export type OutletScales = ReadonlyMap<string, OutletScale>;

const keys = new Map<string, string>();

/** outletKey, remembered: the same few outlets come back on every row of an import. */
export function cachedOutletKey(outlet: string): string {
  let key = keys.get(outlet);
  if (key === undefined) {
    if (keys.size >= 50_000) keys.clear();
    key = outletKey(outlet);
    keys.set(outlet, key);
  }
  return key;
}

/**
 * The key of the reviews that name no outlet, learned as one source: a dump of reviews without
 * outlets (imdb-reviews: users' 1–10 ratings written "1" … "10") uses one scale, which its other
 * bare numbers show. (No outlet key has parentheses: outletKey keeps letters, digits, "&" and spaces.)
 */
export const NO_OUTLET_KEY = "(no outlet)";

/** The scales to use for `outlet`: learned ones first, else its known star scale. */
export function outletScale(
  outlet: string | null | undefined,
  scales?: OutletScales,
): OutletScale | null {
  if (!outlet) return scales?.get(NO_OUTLET_KEY) ?? null;
  const key = cachedOutletKey(outlet);
  const learned = scales?.get(key);
  if (learned) return learned;
  const known = knownOutletScale(key);
  return known === null ? null : { starMax: known, numberMax: known };
}
