/**
 * The evidence a link decision weighs, and the small text helpers every rule shares.
 * Weights are log-odds-like points: a title match is worth 3, a stated year 3, the source's
 * own director 4; an excluding fact ends a candidate's chances whatever else it has.
 */

/** One reason for or against a candidate, as shown to people. */
export interface Evidence {
  /** title, year, date, person, director, source-facts, mentions, synopsis */
  kind: string;
  /** Points added to the candidate's score; 0 for a note. */
  weight: number;
  detail: string;
}

/** A film that might be the one, as a repository found it. */
export interface FilmCandidate {
  id: string;
  title: string;
  year: number | null;
  /** The year is a guess from review dates (provisional films). */
  yearInferred?: boolean;
  provisional: boolean;
  /** How its title met the clue: its own title, or one of its alternates. */
  titleMatch: "exact" | "alternate";
  /** Credited people (catalog credits and source facts). */
  people: ReadonlyArray<{ name: string; role: string }>;
}

/** A candidate with its score, its evidence and, when a fact rules it out, why. */
export interface ScoredCandidate {
  id: string;
  title: string;
  year: number | null;
  score: number;
  evidence: Evidence[];
  excluded: string | null;
}

/** What linking decided, and why. */
export interface LinkDecision {
  /** link: the film is `filmId`; hold: not sure, kept on a provisional film (`filmId` when one fits). */
  action: "link" | "hold";
  filmId: string | null;
  /** One sentence: why. */
  reason: string;
  /** The best candidate's lead over the second (null with fewer than two). */
  margin: number | null;
  candidates: ScoredCandidate[];
}

/** A decision as it is kept with a review or a film: its five best candidates. */
export function storedDecision(decision: LinkDecision): LinkDecision {
  return { ...decision, candidates: decision.candidates.slice(0, 5) };
}

/** Points a link needs over the runner-up. */
export const MARGIN = 2;

/** Lower case, accents and punctuation gone, single spaces: names and titles compared so. */
export function plainWords(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Whether `words` (plainWords of a text, spaces around) contains the phrase as whole words. */
export function hasPhrase(words: string, phrase: string): boolean {
  return phrase !== "" && words.includes(` ${phrase} `);
}

/** The year of an ISO date, or null. */
export function yearOf(date: string | null | undefined): number | null {
  if (!date) return null;
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) && year > 1870 && year < 2200 ? year : null;
}

const ROLE_WEIGHT: Record<string, number> = {
  director: 2,
  writer: 1.5,
  cast: 1,
};
/** At most this much comes from people named, however many. */
const PEOPLE_CAP = 5;

/**
 * Points for the candidate's people that a text names: its director 2, a writer 1.5, a cast
 * member 1, anyone else 0.5; a director's surname alone 1. Names shorter than six letters
 * count only in full with a first name.
 */
export function peopleNamed(
  words: string,
  people: FilmCandidate["people"],
): { weight: number; evidence: Evidence[] } {
  const evidence: Evidence[] = [];
  let weight = 0;
  const seen = new Set<string>();
  for (const person of people) {
    const name = plainWords(person.name);
    if (seen.has(name) || name.length < 6 || !name.includes(" ")) continue;
    seen.add(name);
    const roleWeight = ROLE_WEIGHT[person.role] ?? 0.5;
    if (hasPhrase(words, name)) {
      weight += roleWeight;
      evidence.push({
        kind: "person",
        weight: roleWeight,
        detail: `names ${person.name} (${person.role})`,
      });
      continue;
    }
    const surname = name.slice(name.lastIndexOf(" ") + 1);
    if (person.role === "director" && surname.length >= 5 && hasPhrase(words, surname)) {
      weight += 1;
      evidence.push({
        kind: "person",
        weight: 1,
        detail: `names ${surname} (the director's surname)`,
      });
    }
  }
  return { weight: Math.min(weight, PEOPLE_CAP), evidence };
}

/** Candidates ranked by score, the excluded last; and the best's lead over the next viable one. */
export function rank(scored: ScoredCandidate[]): {
  ranked: ScoredCandidate[];
  margin: number | null;
} {
  const ranked = [...scored].sort(
    (a, b) =>
      Number(a.excluded !== null) - Number(b.excluded !== null) ||
      b.score - a.score ||
      a.id.localeCompare(b.id),
  );
  const viable = ranked.filter((c) => c.excluded === null);
  const [best, second] = viable;
  const margin = best && second ? round(best.score - second.score) : null;
  return { ranked, margin };
}

export function round(value: number): number {
  return Math.round(value * 100) / 100;
}
