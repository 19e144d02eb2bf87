import type { SourceFacts } from "../domain/film-facts.js";
import {
  type Evidence,
  type FilmCandidate,
  plainWords,
  rank,
  round,
  type ScoredCandidate,
} from "./evidence.js";
import { TITLE_SMALL_WORDS } from "./title-mentions.js";

/** What a source's film (known by the source's id, "rt:1777") and its reviews say. */
export interface SourceFilmClues {
  facts: SourceFacts | null;
  /** Reviews with text. */
  reviewCount: number;
  /** The years of its reviews' dates. */
  reviewYears: readonly number[];
  /** How many of its reviews name each title key (see titleMentions). */
  mentions: ReadonlyMap<string, number>;
  /** Title keys its synopsis names. */
  synopsisMentions: ReadonlySet<string>;
}

export interface SourceFilmCandidate extends FilmCandidate {
  /** The title key that found it. */
  key: string;
}

export interface SourceFilmDecision {
  action: "link" | "keep";
  filmId: string | null;
  reason: string;
  margin: number | null;
  candidates: ScoredCandidate[];
}

/** Points a link needs, and its lead over the runner-up. */
const NEEDED = 5;
const LEAD = 2;

/**
 * Which catalog film a source's film is, from the titles its reviews and synopsis name, the
 * year and directors the source gives, and its reviews' dates. A title that reviews merely
 * mention (a comparison, an earlier film by the same director) loses on the year the source
 * gives or on its reviews' dates; a one-word title needs more than mentions. Linked only when
 * the best is clearly ahead; otherwise the film keeps its own identity.
 */
export function decideSourceFilm(
  clues: SourceFilmClues,
  candidates: readonly SourceFilmCandidate[],
): SourceFilmDecision {
  const mentions = withoutNested(
    clues.mentions,
    candidates.map((c) => c.key),
  );
  const scored = candidates.map((c) => scoreCandidate({ ...clues, mentions }, c));
  const { ranked, margin } = rank(scored);
  const best = ranked[0];
  const keep = (reason: string): SourceFilmDecision => ({
    action: "keep",
    filmId: null,
    reason,
    margin,
    candidates: ranked.slice(0, 10),
  });
  if (!best || best.excluded !== null) return keep("no catalog film its reviews name fits");
  if (best.score < NEEDED)
    return keep(`the best fit, ${best.title}, has too little evidence (${best.score} points)`);
  if (margin !== null && margin < LEAD)
    return keep(`${best.title} is not clearly ahead (by ${margin} points)`);
  return {
    action: "link",
    filmId: best.id,
    reason:
      margin === null ? "the only catalog film that fits" : `ahead of the next by ${margin} points`,
    margin,
    candidates: ranked.slice(0, 10),
  };
}

/**
 * Mentions of a title inside a longer candidate's ("Logan" in "Logan Lucky") are the longer
 * title's: each key's count less the counts of the longer keys that contain it. So are those
 * inside a longer name that the catalog need not hold: less the count of the most named name
 * that goes on from the title through a small word ("The House" in "The House with a Clock in
 * Its Walls") or that ends with it after another word ("House" in "the White House"; not after
 * a possessive: "Coen's No Country for Old Men" names the film).
 */
function withoutNested(
  mentions: ReadonlyMap<string, number>,
  keys: readonly string[],
): Map<string, number> {
  const adjusted = new Map(mentions);
  const unique = [...new Set(keys)];
  for (const short of unique) {
    let count = mentions.get(short) ?? 0;
    for (const long of unique)
      if (long !== short && ` ${long} `.includes(` ${short} `)) count -= mentions.get(long) ?? 0;
    count -= mostNamedAround(short, mentions);
    adjusted.set(short, Math.max(0, count));
  }
  return adjusted;
}

/**
 * Small words a name goes on past a title with ("… with a Clock in Its Walls", "… of the
 * Rings"): TITLE_SMALL_WORDS less those a sentence goes on with ("Her Smell is Elisabeth
 * Moss's show", "… it", "… my", "… no") and "vs" ("Godzilla vs. Kong" names Godzilla too).
 */
const TITLE_GOES_ON = new Set(
  "with of in and on at for from to the a an by or de la le du des".split(" "),
);

/**
 * The count of the most named key that holds `short` inside a longer name (see withoutNested),
 * when two reviews or more name it: `short`, a small word and more ("house with a clock in its
 * walls"; not a year or a number: "fargo in 1996"), or a word and `short` ("white house"; not
 * after a possessive or a small word: "coen s no country for old men", "everything in jaws the
 * revenge").
 */
function mostNamedAround(short: string, mentions: ReadonlyMap<string, number>): number {
  const before = `${short} `;
  const after = ` ${short}`;
  let most = 0;
  for (const [key, count] of mentions) {
    if (count <= most) continue;
    if (key.startsWith(before)) {
      const rest = key.slice(before.length).split(" ");
      if (rest.length < 2 || !TITLE_GOES_ON.has(rest[0] as string)) continue;
      if (/^\d+$/.test(rest[rest.length - 1] as string)) continue;
      most = count;
    } else if (key.endsWith(after)) {
      const word = key.slice(0, -after.length).split(" ").pop() as string;
      if (word === "s" || TITLE_SMALL_WORDS.has(word)) continue;
      most = count;
    }
  }
  // One review's wording is no name ("Ran, Kagemusha": a list; runs go on over commas).
  return most >= 2 ? most : 0;
}

function scoreCandidate(clues: SourceFilmClues, film: SourceFilmCandidate): ScoredCandidate {
  const evidence: Evidence[] = [];
  let excluded: string | null = null;
  const add = (kind: string, weight: number, detail: string) =>
    evidence.push({ kind, weight, detail });
  const named = clues.mentions.get(film.key) ?? 0;
  const share = clues.reviewCount > 0 ? named / clues.reviewCount : 0;
  const oneWord = !film.key.includes(" ");
  const long = film.key.split(" ").length >= 3;
  // Mentions: a base for being named by several reviews, more as the share grows (full at a
  // fifth of the reviews; a one-word title, a common word too, has a smaller base and needs more).
  const [base, full] = oneWord ? [1, 0.3] : [2, 0.2];
  // Several: three reviews and 3% of them at least (a common word is named by a few of any
  // film's reviews), or two of a handful.
  const several = (named >= 3 && share >= 0.03) || (named === 2 && share >= 0.1);
  if (several)
    add(
      "mentions",
      round(base + 3 * Math.min(1, share / full)),
      `${named} of ${clues.reviewCount} reviews name it`,
    );
  else if (named > 0)
    add("mentions", long ? 1 : 0.5, `${named === 1 ? "one review names" : "two reviews name"} it`);
  // A synopsis names its own film, and often the director's others: a hint, not proof; a
  // title of three words or more is rarely anything else.
  if (clues.synopsisMentions.has(film.key))
    add("synopsis", long ? 2.5 : 1.5, "the source's synopsis names it");
  const factsYear = clues.facts?.year ?? null;
  if (film.year !== null && factsYear !== null) {
    const gap = Math.abs(film.year - factsYear);
    if (gap === 0) add("year", 3, `the source dates it ${factsYear} too`);
    else if (gap === 1) add("year", 1.5, `the source dates it ${factsYear}, a year off`);
    else excluded = `the source dates its film ${factsYear}; this one is from ${film.year}`;
  } else if (film.year !== null && clues.reviewYears.length > 0) {
    const years = [...clues.reviewYears].sort((a, b) => a - b);
    const early = years[Math.floor(years.length * 0.1)] as number;
    if (early < film.year - 1)
      excluded = `its reviews date from ${early}, before this film (${film.year})`;
    else if (early <= film.year + 1)
      add("date", 1.5, `its reviews start in ${early}, at this film's release`);
    else
      add("date", -1, `its reviews start in ${early}, ${early - film.year} years after this film`);
  }
  const directors = film.people.filter((p) => p.role === "director").map((p) => plainWords(p.name));
  const stated = (clues.facts?.directors ?? []).map(plainWords).filter(Boolean);
  if (stated.length > 0 && directors.length > 0) {
    if (stated.some((d) => directors.includes(d)))
      add("director", 4, "the source names its director too");
    else excluded ??= `the source says directed by ${clues.facts?.directors.join(", ")}`;
  }
  if (oneWord && !several && !evidence.some((e) => e.kind === "director"))
    excluded ??= "a one-word title that few of its reviews name, with nothing else for it";
  const score = evidence.reduce((sum, e) => sum + e.weight, 0);
  return {
    id: film.id,
    title: film.title,
    year: film.year,
    score: round(score),
    evidence,
    excluded,
  };
}
