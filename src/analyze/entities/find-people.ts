import type { PersonCredit, PersonRole } from "../../domain/analysis.js";
import { matchesOf } from "../text/matches-of.js";
import {
  CAP,
  CHARACTER,
  cleanName,
  eitherCase,
  PERSON,
  personBefore,
  wordsBefore,
} from "./names.js";

const ROLE_CUES: ReadonlyArray<readonly [string, PersonRole[]]> = [
  ["writer[-/ ]?director|written and directed by|writer and director", ["director", "writer"]],
  // "director-star Seth MacFarlane", "actor-director Clint Eastwood"
  ["director[-/ ](?:star|actor)|actor[-/ ]director", ["director", "cast"]],
  ["directed by|director|filmmaker|helmer|auteur", ["director"]],
  // "writer Mike White", "co-writer Lee Hall" (its "writer" is a word of its own; not
  // "writer-director", above: no space after it)
  ["written by|screenwriter|scribe|screenplay by|writer|writers", ["writer"]],
  ["cinematographer|director of photography|shot by", ["cinematographer"]],
  ["composer|music by|score by", ["composer"]],
  ["edited by|editor", ["editor"]],
  ["produced by|producer", ["producer"]],
  ["starring|co-starring|co-stars?|stars|actor|actress|star", ["cast"]],
];
/** The plain word "writer" as a cue (not "screenwriter", "co-writer" …). */
const PLAIN_WRITER = /^writers?\s/i;
/** Before "writer": a kind of writing or a fame that makes a writer an author, not the film's. */
const AUTHOR_KIND =
  /\b(?:horror|sci-fi|science[- ]fiction|fantasy|mystery|crime|pulp|comic[- ]book|comics|children['’]s|travel|sports|food|music|fiction|punk-lit|famous|famed|legendary|best-?selling|acclaimed|celebrated|renowned)\s+$/i;
/**
 * Before "star": a field other than films, whose star the film is about, not in ("ballet star
 * Li Cunxin", "rock star", "NBA star").
 */
const STAR_OF_ANOTHER_FIELD =
  /\b(?:ballet|rock|pop|rap|hip-hop|country|(?<!soap )opera|music|sports|soccer|football|basketball|baseball|tennis|golf|hockey|nba|nfl|wrestling|boxing|youtube|punk|jazz|gospel|disco)\s+$/i;
/**
 * What a lowercased text must contain for a cue's pattern to be worth running: one of its
 * alternatives' plain beginnings ("co-star" of "co-stars?", "writer" of
 * "writer[-/ ]?director"), as one expression (one scan of the text; a scan per word was a
 * third of findPeople's own time).
 */
const cueWords = (cue: string) => new RegExp(cue.split("|").map(plainBeginning).join("|"));

/** The letters, spaces and hyphens an alternative starts with, that every match of it starts with. */
function plainBeginning(alternative: string): string {
  const plain = /^[a-z -]*/.exec(alternative)?.[0] ?? "";
  // (A letter made optional, "stars?", is no part of every match.)
  return /^[?*{]/.test(alternative.slice(plain.length)) ? plain.slice(0, -1) : plain;
}

const ROLE_PATTERNS = ROLE_CUES.map(
  ([cue, roles]) =>
    [
      new RegExp(String.raw`\b(?:${eitherCase(cue)})\s+(${PERSON})`, "gu"),
      roles,
      cueWords(cue),
    ] as const,
);
/**
 * Any cue's words: most texts have none (2,120 of 20,000 rt snippets have any), and then no
 * cue's pattern is run.
 */
const ANY_CUE_WORD = new RegExp(ROLE_PATTERNS.map(([, , words]) => words.source).join("|"));

// "(Actor)" after a character's name: "Becky Something (Elisabeth Moss)", and "Ali (Gayle
// Rankin due to …" (an unclosed parenthesis, as written in the seed).
const ACTOR_IN_PARENTHESES = new RegExp(String.raw`\((${PERSON})(?=\)|\s+\p{Ll}|\s*[,;])`, "gu");
// "Actor (as Character)", "Actor as Character", "Actor plays Character", "Actor, who plays Character".
// Each starts at a literal ("(", or the space before the verb) so the scan is quick.
const AS_CHARACTER = new RegExp(String.raw`\(\s*as\s+(?:the\s+)?(${CHARACTER})\s*\)`, "gu");
const PLAYS_CHARACTER = new RegExp(
  String.raw`\s(?:plays|portrays|stars as|appears as|is cast as|as)\s+(?:the\s+|a\s+)?(${CHARACTER})`,
  "gu",
);

// "played with mischief by Audrey Tautou": a role played by someone, a few words between.
const PLAYED_BY = new RegExp(String.raw`\bplayed\s+(?:\p{Ll}+\s+){0,4}?by\s+(${PERSON})`, "gu");
// "Mathieu Kassovitz is a sweet foil as the collector": someone cast in a role the review
// describes rather than names. Starts at the verb; the name is read back from it.
// Not a comparison ("as good as the first one") nor across a comma ("…, as the title says").
const CAST_AS_ROLE =
  /\s(?:is|was)\s+(?:a|an|the)\s(?:(?!as\s)[^.;!?,]){0,40}?\bas\s+(?:the|a|an|his|her)\s+\p{Ll}/gu;

/**
 * The people a review credits, from cues in its text: "writer-director X", "directed by X",
 * "writer X", "director-star X",
 * "starring X", "Character (Actor)", "Actor (as Character)", "Actor as Character",
 * "Actor plays Character", "played … by X", "X is … as the collector", and, when the film's
 * title is known, "X's Title" for its director. A writer-director is credited twice, as
 * director and as writer.
 */
export function findPeople(text: string, filmTitle: string | null = null): PersonCredit[] {
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
  const lower = text.toLowerCase();
  for (const [pattern, roles, words] of ANY_CUE_WORD.test(lower) ? ROLE_PATTERNS : []) {
    if (!words.test(lower)) continue;
    for (const m of matchesOf(pattern, text)) {
      // "horror writer Stephen King", "sci-fi writer Philip K. Dick": the source's author.
      // (The plain word only: "acclaimed screenwriter X" wrote the film.)
      if (
        roles[0] === "writer" &&
        PLAIN_WRITER.test(m[0]) &&
        AUTHOR_KIND.test(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index))
      )
        continue;
      if (
        /^stars?\s/i.test(m[0]) &&
        STAR_OF_ANOTHER_FIELD.test(text.slice(Math.max(0, (m.index ?? 0) - 16), m.index))
      )
        continue;
      for (const role of roles) add(m[1] ?? "", role);
    }
  }
  for (const m of matchesOf(ACTOR_IN_PARENTHESES, text)) {
    const character = characterName(wordsBefore(text, m.index ?? 0, 3).join(" "));
    // "director John Dahl (Kill Me Again, Rounders)", "directed by Ang Lee(Crouching Tiger)":
    // after someone a cue credits with a job, their films, not an actor.
    if (character && credits.some((c) => c.name === character && c.role !== "cast")) continue;
    if (character) add(m[1] ?? "", "cast", character);
  }
  for (const pattern of [AS_CHARACTER, PLAYS_CHARACTER]) {
    for (const m of matchesOf(pattern, text)) {
      const at = m.index ?? 0;
      const who = /,\s*who\s*$/.exec(text.slice(Math.max(0, at - 12), at));
      const actor = personBefore(text, at - (who?.[0].length ?? 0));
      if (actor) add(actor, "cast", characterName(m[1] ?? "") ?? undefined);
    }
  }
  if (lower.includes("played")) for (const m of matchesOf(PLAYED_BY, text)) add(m[1] ?? "", "cast");
  for (const m of matchesOf(CAST_AS_ROLE, text)) {
    const at = m.index ?? 0;
    // "Cage's Johnny is a hoot as …", "Jake's Closet is …": a character or a title, not a name.
    if (/['’]s\s+\S+$/u.test(text.slice(Math.max(0, at - 40), at))) continue;
    const actor = personBefore(text, at);
    if (actor) add(actor, "cast");
  }
  // "Jean-Pierre Jeunet's Amélie": the film's own title after a possessive names its maker.
  if (filmTitle && filmTitle.length >= 2) {
    for (const quote of ["'s ", "’s "]) {
      const mark = `${quote}${filmTitle}`;
      for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + mark.length)) {
        const after = text.charAt(at + mark.length);
        if (/[\p{L}\p{N}]/u.test(after)) continue; // "Amélie" in "Amélies" is another word
        const maker = personBefore(text, at);
        if (maker) add(maker, "director");
      }
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
