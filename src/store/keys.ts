import { createHash } from "node:crypto";
import { foldText } from "../domain/fold-text.js";

/** A short, stable id from text: the same input always gives the same id. */
export function stableId(
  prefix: string,
  ...parts: Array<string | number | null | undefined>
): string {
  return (
    prefix +
    createHash("sha1")
      .update(parts.map((p) => p ?? "").join("\u0000"))
      .digest("hex")
      .slice(0, 20)
  );
}

/** A critic's id: their name, lowercase, words joined by hyphens. */
export function criticId(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "");
}

/** A URL as duplicates are found by: no scheme, no "www.", no fragment, no tracking parameters, no trailing slash. */
export function normalizeUrl(url: string): string {
  try {
    const u = new URL(url.trim());
    for (const key of [...u.searchParams.keys()]) {
      if (/^(?:utm_|fbclid|gclid|ref$)/.test(key)) u.searchParams.delete(key);
    }
    const query = u.searchParams.toString();
    return `${u.hostname.replace(/^www\./, "").toLowerCase()}${u.pathname.replace(/\/+$/, "")}${query ? `?${query}` : ""}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

/** Review text as duplicates are found by: lowercase letters and digits only. */
export function normalizeReviewText(text: string): string {
  return foldText(text);
}
