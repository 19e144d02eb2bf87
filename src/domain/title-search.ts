/**
 * Finding films by title as people type them: a title, or one of a film's other titles, that
 * is the query ("up", "m"), then those whose words start with it, then those containing it,
 * most reviewed first; a misspelling ("lost in tanslation") finds the closest titles. Titles
 * are compared as keys (titleKey: case, accents, punctuation and a leading article aside).
 */
import { titleKey } from "./film.js";
import { type Named, NameIndex } from "./name-search.js";

/** One title of a film (its own or another), weighed by the film's reviews. */
export interface FilmTitle extends Named {
  filmId: string;
}

/**
 * Films' titles, indexed once (NameIndex over title keys) and then asked any number of
 * queries, each costing what its trigrams are shared by, never a pass over every title.
 */
export class FilmTitleIndex {
  private constructor(
    private readonly index: NameIndex<FilmTitle>,
    /** A title key → the films that have that title, most reviewed first. */
    private readonly exact: Map<string, FilmTitle[]>,
  ) {}

  /** Titles indexed a slice at a time (see NameIndex.build). */
  static async build(titles: readonly FilmTitle[], slice?: number): Promise<FilmTitleIndex> {
    const index = await NameIndex.build(titles, titleKey, slice);
    const exact = new Map<string, FilmTitle[]>();
    for (const title of index.entries) {
      const same = exact.get(title.key);
      if (same) same.push(title);
      else exact.set(title.key, [title]);
    }
    return new FilmTitleIndex(index, exact);
  }

  /**
   * The ids of the films matching `query`, best first, `limit` at most: the films titled so,
   * then the index's matches (a film found by two of its titles counts once); with
   * `misspellings` false, only titles that hold it as typed.
   */
  match(query: string, limit: number, misspellings = true): string[] {
    const key = titleKey(query);
    if (!key) return [];
    const ids = new Set<string>();
    for (const title of this.exact.get(key) ?? []) ids.add(title.filmId);
    // A film may be found by each of its titles: ask for enough to fill the page once.
    for (const title of this.index.match(query, limit * 3, misspellings)) {
      if (ids.size >= limit) break;
      ids.add(title.filmId);
    }
    return [...ids].slice(0, limit);
  }
}
