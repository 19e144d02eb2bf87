/**
 * What a review source says about one of its films (rt-reviews' rt.movie_info: directors,
 * writers, dates, runtime …). Facts, not a catalog entry: they help find the catalog film and
 * are shown on the film's page.
 */
export interface SourceFacts {
  /** The source's own id for the film, "rt:1777". */
  externalId: string;
  /** The theatrical release's year (from releaseDate), when given. */
  year: number | null;
  directors: string[];
  writers: string[];
  /** ISO dates. */
  releaseDate: string | null;
  dvdDate: string | null;
  runtimeMinutes: number | null;
  /** MPAA rating: G, PG, PG-13, R, NC-17, NR. */
  mpaa: string | null;
  genres: string[];
  synopsis: string | null;
  studio: string | null;
}

/** "Joel Coen, Ethan Coen" → "Joel Coen and Ethan Coen"; three or more with commas. */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * How an untitled film is shown: what is known of it, never a made-up title; with nothing
 * known, the id its source knows it by ("rt:1777", "IMDb tt0074973"), so a reader can look it up.
 *
 * @example describeUntitledFilm({ year: 2007, directors: ["Joel Coen", "Ethan Coen"], runtimeMinutes: 122 }, "rt:1777")
 * // "A 2007 film by Joel Coen and Ethan Coen · 122 min"
 */
export function describeUntitledFilm(
  facts: Pick<SourceFacts, "year" | "directors" | "runtimeMinutes"> | null,
  lookupId: string | null,
  reviewYear: number | null = null,
): string {
  const year = facts?.year ?? null;
  const by =
    facts && facts.directors.length > 0 ? ` by ${joinNames(facts.directors.slice(0, 3))}` : "";
  const runtime = facts?.runtimeMinutes ? ` · ${facts.runtimeMinutes} min` : "";
  if (year !== null || by)
    return `A${year !== null ? ` ${year}` : "n untitled"} film${by}${runtime}`;
  const known = reviewYear !== null ? ` reviewed in ${reviewYear}` : "";
  return `An untitled film${known}${lookupId ? ` (${lookupId})` : ""}`;
}
