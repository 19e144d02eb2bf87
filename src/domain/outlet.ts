/** A publication (newspaper, magazine, site, channel) that publishes critics' reviews. */
export interface Outlet {
  id: string;
  name: string;
  /** The star or point scale the outlet is known to use, when it is known. */
  scaleMax: number | null;
}

/**
 * The key two spellings of one outlet share: case, accents, punctuation, a leading "The"
 * and a trailing ".com" or "(UK)"-style qualifier do not matter.
 *
 * @example outletKey("The Guardian") === outletKey("guardian") // "guardian"
 */
export function outletKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&amp;/g, "&")
    .replace(/\.(com|org|net|co\.uk)\b/g, "")
    .replace(/[^\p{L}\p{N}&]+/gu, " ")
    .trim()
    .replace(/^the /, "")
    .replace(/ magazine$/, "");
}
