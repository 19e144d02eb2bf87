import { decodeHTML } from "entities";

const NEEDS_NORMALIZING =
  /[&\u2018\u2019\u02bc\u00b4`\u201c\u201d\u00ab\u00bb\u2013\u2014\u2026\u00a0]|-lrb-|-rrb-|''/i;

/**
 * Text as the model reads it, whatever its source: HTML entities decoded, curly quotes and
 * dashes made plain, and the marks of Penn-Treebank-tokenized corpora (`-lrb-`, ``` `` ```,
 * `''`) turned back into the characters they stand for, so "doesn't", "does n't" and
 * "DOESN'T" all read alike.
 */
export function normalizeText(text: string): string {
  if (!NEEDS_NORMALIZING.test(text)) return text;
  let s = text.includes("&") ? decodeHTML(text) : text;
  s = s
    .replace(/[\u2018\u2019\u02bc\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb]/g, '"')
    .replace(/[\u2013\u2014]/g, " - ")
    .replace(/\u2026/g, "...")
    .replace(/\u00a0/g, " ");
  if (s.includes("-lrb-") || s.includes("-LRB-") || s.includes("''")) {
    s = s.replace(/-lrb-/gi, "(").replace(/-rrb-/gi, ")").replace(/''|``/g, '"');
  }
  return s;
}
