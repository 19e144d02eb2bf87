/**
 * Turns a raw rating into the lowercase, single-spaced form the notation readers expect:
 * unicode fractions become `1/2`, every dash and minus becomes `-`, full-width characters
 * become ASCII, wrapping quotes, a leading label ("Rating:", "Grade -") and trailing
 * punctuation go.
 */

const UNICODE_PARTS: Record<string, string> = {
  "½": " 1/2",
  "¼": " 1/4",
  "¾": " 3/4",
  "⅓": " 1/3",
  "⅔": " 2/3",
};

const QUOTES = `'"\`“”‘’«»„‚‹›`;
const WRAPPING_QUOTES = new RegExp(`^[${QUOTES}]+|[${QUOTES}]+$`, "g");
const LABEL =
  /^(?:(?:our|my|the|critic'?s?|final|overall|film|movie)\s+)*(?:rating|grade|score|verdict|mark|note|stars|rated)\s*(?:[:=-]\s*|\s)/;

/** Ratings already in their cleaned form but for case: "3/4", "2.5/4", "8", "B+". */
const ALREADY_CLEAN = /^(?:\d+(?:\.\d+)?(?:\/\d+(?:\.\d+)?)?|[a-f][+-]?)$/i;

export function cleanRating(raw: string): string {
  if (ALREADY_CLEAN.test(raw)) return raw.toLowerCase();
  if (raw.trim() === "½") return "half star";
  let s = raw.replace(/[½¼¾⅓⅔]/g, (c) => UNICODE_PARTS[c] ?? c).normalize("NFKC");
  s = s
    .replace(/[\u2010-\u2015\u2212\uFE63\uFF0D]/g, "-")
    .replace(/[\u2044\u2215]/g, "/")
    .replace(/[\uFE0E\uFE0F\u200B-\u200D]/g, "") // emoji variation selectors, zero-width marks
    .replace(/\s+/g, " ")
    .toLowerCase()
    .trim();
  for (let previous = ""; previous !== s; ) {
    previous = s;
    s = s
      .replace(WRAPPING_QUOTES, "")
      .replace(/[.!,;:]+$/, "")
      .replace(LABEL, "")
      .trim();
  }
  return s;
}

/**
 * Shorter readings of a rating that carries words around its notation, tried in order when
 * the whole does not parse: "4/5 - Excellent" → "4/5", "Great (8/10)" → "8/10",
 * "3/5 ★★★☆☆" → "3/5".
 */
export function ratingVariants(cleaned: string): string[] {
  const variants: string[] = [];
  const withoutBrackets = cleaned.replace(/\s*[([][^)\]]*[)\]]\s*/g, " ").trim();
  if (withoutBrackets && withoutBrackets !== cleaned) variants.push(withoutBrackets);
  for (const inner of cleaned.matchAll(/[([]([^)\]]+)[)\]]/g))
    variants.push((inner[1] ?? "").trim());
  const parts = cleaned.split(/\s+[-|:,]\s+|\s*[|:,]\s+/).filter(Boolean);
  if (parts.length > 1) variants.push(...parts.map((p) => p.trim()));
  // "3/5 ★★★☆☆", "8/10 🍿": the notation without the pictures beside it.
  const withoutSymbols = cleaned.replace(/\s*[\p{So}\p{Extended_Pictographic}]+\s*/gu, " ").trim();
  if (withoutSymbols !== cleaned) variants.push(withoutSymbols);
  return variants.filter((v) => v !== "" && v !== cleaned);
}
