import { type Named, NameIndex } from "../domain/name-search.js";
import { FilmTitleIndex } from "../domain/title-search.js";
import type { Store } from "../store/db.js";
import {
  type FilmSummary,
  filmCount,
  filmSummariesOf,
  reviewedFilmTitles,
  searchCatalogFilms,
  siteFingerprint,
} from "../store/films.repository.js";
import { peopleDirectory } from "../store/people.repository.js";
import { type NamedSource, sourcesDirectory } from "../store/sources.repository.js";
import { LatestValue } from "./web/memo.js";

/**
 * After reading the directories took d, they are read again no sooner than this many d later:
 * at most a tenth of the server's time, however often reviews arrive (about 1 s every 11 s at
 * a hundred thousand critics and outlets).
 */
const DIRECTORY_REST = 10;

interface Indexes {
  /** Critics and outlets, in one index (a list of either asks it for its kind alone). */
  sources: NameIndex<NamedSource>;
  people: NameIndex<Named>;
  /** The titles of the films reviews are about. */
  titles: FilmTitleIndex;
  /** Whether the catalog has films no review is about yet (searched in the database). */
  catalogOnly: boolean;
}

/**
 * The names search looks in — critics, outlets, the people credited on reviewed films, and
 * the titles of reviewed films — read and indexed once, and kept while the site's sums and
 * film count stand still, so a search matches them in memory, case, accents and misspellings
 * aside (domain/name-search.ts, domain/title-search.ts). After a change they are read again
 * once, in the background, while searches are answered from the directories held (a name
 * stored a moment ago is found a little later: see DIRECTORY_REST).
 * One per server, shared by the site's search and lists and the API's.
 */
export class NameDirectories {
  private readonly latest = new LatestValue<Indexes>(DIRECTORY_REST);

  constructor(private readonly store: Store) {}

  /**
   * What a search finds by name: the films whose titles match (with their figures), the people
   * (with how many reviewed films credit them) and the critics and outlets (with their review
   * counts), best first, `limit` of each at most (`filmLimit` films). With `misspellings`
   * false, only names and titles that hold the query as typed (see siteSearch).
   */
  async find(
    query: string,
    limit: number,
    filmLimit = limit,
    misspellings = true,
  ): Promise<{
    films: FilmSummary[];
    people: Array<{ name: string; films: number }>;
    sources: Array<{ kind: NamedSource["kind"]; id: string; name: string; reviewCount: number }>;
  }> {
    const indexes = await this.indexes();
    const reviewed = await filmSummariesOf(
      this.store.db,
      indexes.titles.match(query, filmLimit, misspellings),
    );
    // Catalog entries no review is about yet follow, from the database's title indexes: a
    // catalog may hold a million titles, more than a server should keep.
    const shown = new Set(reviewed.map((f) => f.id));
    const films =
      indexes.catalogOnly && reviewed.length < filmLimit
        ? [
            ...reviewed,
            ...(
              await searchCatalogFilms(this.store, query, filmLimit - reviewed.length, misspellings)
            ).filter((f) => !shown.has(f.id)),
          ]
        : reviewed;
    return {
      films,
      people: indexes.people
        .match(query, limit, misspellings)
        .map((p) => ({ name: p.name, films: p.weight })),
      sources: indexes.sources
        .match(query, limit, misspellings)
        .map(({ kind, id, name, weight }) => ({ kind, id, name, reviewCount: weight })),
    };
  }

  /**
   * The ids of the critics (or outlets) matching a query, the best 2,000 at most: a list's
   * name filter (a database takes a few thousand values in one IN list).
   */
  async ids(kind: "critic" | "outlet", query: string): Promise<string[]> {
    const indexes = await this.indexes();
    return indexes.sources.match(query, 2_000, true, (s) => s.kind === kind).map((s) => s.id);
  }

  /**
   * Reads and indexes the directories now, in the background, so that the first search after
   * the server starts does not wait for them (at ten million reviews, 886,446 critics and
   * outlets take seconds to index).
   */
  warm(): void {
    this.indexes().catch(() => {});
  }

  private async indexes(): Promise<Indexes> {
    const db = this.store.db;
    return this.latest.get(await siteFingerprint(db), async () => {
      const [sources, people, titles, films] = await Promise.all([
        sourcesDirectory(db),
        peopleDirectory(db),
        reviewedFilmTitles(db),
        filmCount(db),
      ]);
      const reviewedFilms = new Set(titles.map((t) => t.filmId)).size;
      return {
        sources: await NameIndex.build(sources),
        people: await NameIndex.build(people),
        titles: await FilmTitleIndex.build(titles),
        catalogOnly: films > reviewedFilms,
      };
    });
  }
}
