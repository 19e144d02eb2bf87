/**
 * Regular-expression building blocks for names as they are written in English-language
 * reviews: capitalized words, with particles (de, van, von …) inside a person's name.
 */

/** One capitalized word or initials: "Moss", "O'Brien", "Jean-Claude", "J.", "W.S.". */
export const CAP = String.raw`\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}[\p{L}\p{M}'’\-]*[\p{L}\p{M}]|\p{Lu}`;

/** A cue phrase that matches with its first letters in either case ("Directed by", "directed by"). */
export function eitherCase(cue: string): string {
  return cue.replace(/\b([a-z])/g, (letter) => `[${letter.toUpperCase()}${letter}]`);
}
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

const PARTICLES = new Set([
  "de",
  "da",
  "del",
  "della",
  "di",
  "du",
  "van",
  "von",
  "der",
  "den",
  "le",
  "la",
  "bin",
  "al",
  "el",
  "ibn",
  "dos",
  "das",
  "y",
]);
const CAPITALIZED = new RegExp(`^(?:${CAP})$`, "u");

/**
 * The capitalized words that end right before `index` in `text` (at most `max`, particles
 * allowed inside), read backwards from a cue such as " plays" or "'s work": linear time,
 * where a regular expression starting at every capital would backtrack.
 */
export function wordsBefore(text: string, index: number, max: number): string[] {
  const words: string[] = [];
  let end = index;
  while (words.length < max) {
    let start = end;
    while (start > 0 && /\s/.test(text[start - 1] as string)) start--;
    const wordEnd = start;
    while (start > 0 && !/[\s(),;:!?"“”]/.test(text[start - 1] as string)) start--;
    const word = text.slice(start, wordEnd).replace(/['’]s$/u, "");
    if (CAPITALIZED.test(word)) words.unshift(word);
    else if (PARTICLES.has(word) && words.length > 0) words.unshift(word);
    else break;
    end = start;
  }
  while (words.length > 0 && PARTICLES.has(words[0] as string)) words.shift();
  return words;
}

/** The person's name (two to four capitalized words) right before `index`, or null. */
export function personBefore(text: string, index: number): string | null {
  const words = wordsBefore(text, index, 4);
  while (words.length > 2 && NOT_NAMES.has(words[0] as string)) words.shift();
  return words.length >= 2 ? cleanName(words.join(" ")) : null;
}
