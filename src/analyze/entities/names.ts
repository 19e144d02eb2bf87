/**
 * Regular-expression building blocks for names as they are written in English-language
 * reviews: capitalized words, with particles (de, van, von …) inside a person's name.
 */

/** One capitalized word: "Moss", "O'Brien", "Jean-Claude", "J.J.". */
export const CAP = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*[\p{L}\p{M}.]|\p{Lu}`;
const PARTICLE = "(?:de|da|del|della|di|du|van|von|der|den|le|la|bin|al|el|ibn|dos|das|y)";

/** A person's name: two to four capitalized words, particles allowed between them. */
export const PERSON = String.raw`(?:${CAP})(?:\s+(?:${PARTICLE}\s+)?(?:${CAP})){1,3}`;

/** A character's name: one to three capitalized words ("Ali", "Becky Something"). */
export const CHARACTER = String.raw`(?:${CAP})(?:\s+(?:${CAP})){0,2}`;

/** Words that are capitalized at a sentence's start but are not names. */
const NOT_NAMES = new Set([
  "The",
  "A",
  "An",
  "This",
  "That",
  "These",
  "Those",
  "It",
  "Its",
  "It's",
  "He",
  "She",
  "They",
  "We",
  "I",
  "You",
  "His",
  "Her",
  "Their",
  "Our",
  "My",
  "Your",
  "In",
  "On",
  "At",
  "And",
  "But",
  "Or",
  "If",
  "When",
  "While",
  "As",
  "With",
  "From",
  "For",
  "By",
  "Of",
  "To",
  "So",
  "Yet",
  "Still",
  "Eventually",
  "Finally",
  "Ultimately",
  "Meanwhile",
  "There",
  "Here",
  "What",
  "Who",
  "Why",
  "How",
  "Where",
  "Which",
  "Even",
  "Only",
  "Just",
  "Also",
  "Then",
  "Now",
  "Oscar",
  "Hollywood",
]);

/** A name as found, without a possessive or trailing punctuation; null when it is not one. */
export function cleanName(raw: string): string | null {
  const name = raw
    .replace(/['’]s$/u, "")
    .replace(/[.,;:'’-]+$/u, "")
    .replace(/\s+/g, " ")
    .trim();
  const words = name.split(" ");
  if (words.length === 0 || NOT_NAMES.has(words[0] as string)) return null;
  return name;
}
