/**
 * Text as comparisons read it: accents gone, lowercase, every run of anything but letters
 * and digits a single space, trimmed ("Jean-Luc  GODARD" → "jean luc godard"). Stored
 * duplicate keys are made with it (store/keys.ts), so a change to it changes what counts as
 * the same review: it needs a migration that recomputes them.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
