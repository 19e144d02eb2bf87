/**
 * Whether the text holds any of the literals: the cheap test a rule's expression waits behind
 * where most texts hold none of its words (plain `includes` scans, faster than one expression
 * of the same words).
 */
export function includesAny(text: string, literals: readonly string[]): boolean {
  for (const literal of literals) if (text.includes(literal)) return true;
  return false;
}
