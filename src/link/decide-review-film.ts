import {
  type Evidence,
  type FilmCandidate,
  type LinkDecision,
  MARGIN,
  peopleNamed,
  plainWords,
  rank,
  round,
  type ScoredCandidate,
  yearOf,
} from "./evidence.js";

/** What one review says about its film, when it names the film by title. */
export interface ReviewClues {
  title: string;
  /** The year the source or the text states ("Title (2018)"), or null. */
  year: number | null;
  /** The review's own date (ISO), or null. */
  date: string | null;
  /** The review's words: the people it names are looked for in them. */
  text: string;
  /** Directors the source itself credits, when it says. */
  sourceDirectors?: readonly string[];
  /** People the review credits in a role ("directed by X"): a credit in that role counts more. */
  credits?: ReadonlyArray<{ name: string; role: string }>;
}

/** A title match alone: enough for a film no other fits, never for one of several. */
const TITLE_POINTS = { exact: 3, alternate: 2.5 } as const;

/**
 * Which film a review that names its film by title is about, among the catalog and
 * provisional films of that title (exact or alternate), with its reasons.
 *
 * Catalog films are weighed first. Each is scored on the title, the stated year (a year more
 * than one away rules it out), the review's date (a review more than a year before release
 * rules it out; one within a year of it counts for it; retrospectives neither), the people
 * the review names against its credits, and the source's own directors. The best is linked
 * when it is ahead of the next by MARGIN; otherwise the review is held on the provisional
 * film of that title its date fits, or a new one — never given to a guess.
 */
export function decideReviewFilm(
  clues: ReviewClues,
  candidates: readonly FilmCandidate[],
): LinkDecision {
  const words = ` ${plainWords(clues.text)} `;
  const scored = candidates.map((c) => scoreCandidate(clues, words, c));
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const catalog = rank(scored.filter((c) => !byId.get(c.id)?.provisional));
  const best = catalog.ranked[0];
  const runnerUp = catalog.ranked[1];
  // Dated at a remake's release is no proof: a retrospective of the original comes then too.
  const dateAlone =
    best !== undefined &&
    runnerUp !== undefined &&
    runnerUp.excluded === null &&
    !best.evidence.some((e) => e.weight > 0 && e.kind !== "title" && e.kind !== "date");
  if (
    best &&
    best.excluded === null &&
    !dateAlone &&
    (catalog.margin === null || catalog.margin >= MARGIN)
  ) {
    const margin = catalog.margin;
    return {
      action: "link",
      filmId: best.id,
      reason:
        margin === null
          ? `the only catalog film of that title that fits`
          : `ahead of the next catalog film of that title by ${margin} points`,
      margin,
      candidates: rank(scored).ranked,
    };
  }
  // The provisional film that holds it: one its year or date fits, clearly ahead of the other
  // such films of the title; a review with neither year nor date joins one without a year, or
  // the only film of its title there is.
  // When no catalog film has the title and only one provisional film does, that one is it.
  const dated = clues.year !== null || yearOf(clues.date) !== null;
  const provisional = scored.filter((c) => byId.get(c.id)?.provisional);
  const alone = catalog.ranked.length === 0 && provisional.length === 1;
  const held = rank(provisional.filter((c) => dated || alone || byId.get(c.id)?.year === null));
  const first = held.ranked[0];
  const pen =
    first && first.excluded === null && (held.margin === null || held.margin >= MARGIN)
      ? first
      : undefined;
  const viableCatalog = catalog.ranked.filter((c) => c.excluded === null).length;
  return {
    action: "hold",
    filmId: pen?.id ?? null,
    reason:
      dateAlone && catalog.margin !== null && catalog.margin >= MARGIN
        ? `only its date favours ${best?.title} (${best?.year}); a retrospective of the ${runnerUp?.year} film is as likely, and nothing else tells them apart: not sure`
        : viableCatalog > 1
          ? `${viableCatalog} catalog films of that title fit and none is clearly ahead (by ${catalog.margin} points); not sure`
          : candidates.length === 0
            ? "no film of that title is known"
            : "no catalog film of that title fits",
    margin: catalog.margin,
    candidates: rank(scored).ranked,
  };
}

function scoreCandidate(clues: ReviewClues, words: string, film: FilmCandidate): ScoredCandidate {
  const evidence: Evidence[] = [];
  let excluded: string | null = null;
  const add = (kind: string, weight: number, detail: string) =>
    evidence.push({ kind, weight, detail });
  add(
    "title",
    TITLE_POINTS[film.titleMatch],
    film.titleMatch === "exact" ? "its title" : "one of its other titles",
  );
  if (clues.year !== null && film.year !== null && !film.yearInferred) {
    const gap = Math.abs(clues.year - film.year);
    if (gap === 0) add("year", 3, `the review says ${clues.year}`);
    else if (gap === 1) add("year", 1, `the review says ${clues.year}, a year off`);
    else excluded = `the review says ${clues.year}; this film is from ${film.year}`;
  }
  const reviewed = yearOf(clues.date);
  if (reviewed !== null && film.year !== null) {
    if (film.yearInferred) {
      if (Math.abs(reviewed - film.year) <= 1)
        add("date", 2.5, `reviewed in ${reviewed}, with its other reviews (${film.year}?)`);
      else if (Math.abs(reviewed - film.year) === 2)
        add("date", 0, `reviewed in ${reviewed}, two years from its other reviews (${film.year}?)`);
      // A namesake of another time is another film: 2014's and 2023's are two.
      else excluded ??= `reviewed in ${reviewed}; its other reviews are from ${film.year}`;
    } else if (reviewed < film.year - 1) {
      excluded ??= `reviewed in ${reviewed}, ${film.year - reviewed} years before this film's release`;
    } else if (reviewed <= film.year + 1) {
      add("date", 2.5, `reviewed in ${reviewed}, the time of its release (${film.year})`);
    } else if (reviewed === film.year + 2) {
      add("date", 1, `reviewed in ${reviewed}, two years after its release`);
    } else {
      add(
        "date",
        0,
        `reviewed in ${reviewed}, ${reviewed - film.year} years after its release: a retrospective, possible`,
      );
    }
  }
  const people = peopleNamed(words, film.people);
  evidence.push(...people.evidence);
  const said = new Set((clues.credits ?? []).map((c) => `${plainWords(c.name)}|${c.role}`));
  const confirmed = film.people.find((p) => said.has(`${plainWords(p.name)}|${p.role}`));
  if (confirmed)
    add(
      "person",
      1,
      `the review says ${confirmed.name} was its ${confirmed.role}, as its credits do`,
    );
  const directors = film.people.filter((p) => p.role === "director").map((p) => plainWords(p.name));
  const stated = (clues.sourceDirectors ?? []).map(plainWords).filter(Boolean);
  if (stated.length > 0 && directors.length > 0) {
    if (stated.some((d) => directors.includes(d)))
      add("director", 4, "the source credits its director");
    else excluded ??= `the source says directed by ${clues.sourceDirectors?.join(", ")}`;
  }
  const score =
    evidence.reduce((sum, e) => sum + e.weight, 0) -
    people.evidence.reduce((s, e) => s + e.weight, 0) +
    people.weight;
  return {
    id: film.id,
    title: film.title,
    year: film.year,
    score: round(score),
    evidence,
    excluded,
  };
}
