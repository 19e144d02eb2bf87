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

/** The scales to use for `outlet`: learned ones first, else its known star scale. */
export function outletScale(
  outlet: string | null | undefined,
  scales?: OutletScales,
): OutletScale | null {
  if (!outlet) return null;
  const learned = scales?.get(outletKey(outlet));
  if (learned) return learned;
  const known = knownOutletScale(outlet);
  return known === null ? null : { starMax: known, numberMax: known };
}
