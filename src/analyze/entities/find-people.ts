import type { PersonCredit, PersonRole } from "../../domain/analysis.js";
import { CAP, CHARACTER, cleanName, PERSON } from "./names.js";

const ROLE_CUES: ReadonlyArray<readonly [string, PersonRole[]]> = [
  ["writer[-/ ]?director|written and directed by|writer and director", ["director", "writer"]],
  ["directed by|director|filmmaker|helmer|auteur", ["director"]],
  ["written by|screenwriter|scribe|screenplay by", ["writer"]],
  ["cinematographer|director of photography|shot by", ["cinematographer"]],
  ["composer|music by|score by", ["composer"]],
  ["edited by|editor", ["editor"]],
  ["produced by|producer", ["producer"]],
  ["starring|co-starring|co-stars?|stars|actor|actress|star", ["cast"]],
];
const ROLE_PATTERNS = ROLE_CUES.map(
  ([cue, roles]) => [new RegExp(String.raw`\b(?:${cue})\s+(${PERSON})`, "gu"), roles] as const,
);

// Character (Actor): "Becky Something (Elisabeth Moss)", "Ali (Gayle Rankin due to …" (an
// unclosed parenthesis, as written in the seed).
const CHARACTER_ACTOR = new RegExp(
  String.raw`(${CHARACTER})\s*\((${PERSON})(?=\)|\s+\p{Ll}|\s*[,;])`,
  "gu",
);
// Actor (as Character), Actor as Character, Actor plays Character.
const ACTOR_AS = new RegExp(
  String.raw`(${PERSON})\s*\(\s*as\s+(?:the\s+)?(${CHARACTER})\s*\)`,
  "gu",
);
const ACTOR_PLAYS = new RegExp(
  String.raw`(${PERSON})(?:,\s*who)?\s+(?:plays|portrays|stars as|appears as|is cast as|as)\s+(?:the\s+|a\s+)?(${CHARACTER})`,
  "gu",
);

/**
 * The people a review credits, from cues in its text: "writer-director X", "directed by X",
 * "starring X", "Character (Actor)", "Actor (as Character)", "Actor as Character",
 * "Actor plays Character". A writer-director is credited twice, as director and as writer.
 */
export function findPeople(text: string): PersonCredit[] {
  const credits: PersonCredit[] = [];
  const add = (rawName: string, role: PersonRole, character?: string) => {
    const name = cleanName(rawName);
    if (!name) return;
    const existing = credits.find((c) => c.name === name && c.role === role);
    if (existing) {
      if (character && !existing.character) existing.character = character;
      return;
    }
    credits.push(character ? { name, role, character } : { name, role });
  };
  for (const [pattern, roles] of ROLE_PATTERNS) {
    for (const m of text.matchAll(pattern)) for (const role of roles) add(m[1] ?? "", role);
  }
  for (const m of text.matchAll(CHARACTER_ACTOR)) {
    const character = characterName(m[1] ?? "");
    if (character) add(m[2] ?? "", "cast", character);
  }
  for (const pattern of [ACTOR_AS, ACTOR_PLAYS]) {
    for (const m of text.matchAll(pattern)) {
      const character = characterName(m[2] ?? "");
      add(m[1] ?? "", "cast", character ?? undefined);
    }
  }
  // Someone credited as cast under a role cue ("star X") and as a character's actor is one credit.
  return credits.filter(
    (c) =>
      c.role !== "cast" ||
      c.character ||
      !credits.some((o) => o !== c && o.name === c.name && o.role === "cast"),
  );
}

/** A character's name as captured, without a leading sentence word ("She", "The"). */
function characterName(raw: string): string | null {
  const words = raw.trim().split(/\s+/);
  while (words.length > 0 && cleanName(words.join(" ")) === null) words.shift();
  const name = words.join(" ");
  return name && new RegExp(`^(?:${CAP})`, "u").test(name) ? name : null;
}
