import { matchNames, type Named } from "../domain/name-search.js";
import type { Store } from "../store/db.js";
import { siteFingerprint } from "../store/films.repository.js";
import { peopleDirectory } from "../store/people.repository.js";
import { type NamedSource, sourcesDirectory } from "../store/sources.repository.js";
import { Memo } from "./web/memo.js";

/**
 * The names search looks in — critics, outlets, and the people credited on reviewed films —
 * read once and kept while the site's sums and film count stand still, so a search matches
 * them in memory, case, accents and misspellings aside (domain/name-search.ts). One per
 * server, shared by the site's search and the API's.
 */
export class NameDirectories {
  private readonly memo = new Memo<{ sources: NamedSource[]; people: Named[] }>(1);

  constructor(private readonly store: Store) {}

  /** Critics and outlets matching a query, best first. */
  async sources(query: string, limit: number): Promise<NamedSource[]> {
    return matchNames((await this.directories()).sources, query, limit);
  }

  /**
   * The ids of the critics (or outlets) matching a query, the best 2,000 at most: a list's
   * name filter (a database takes a few thousand values in one IN list).
   */
  async ids(kind: "critic" | "outlet", query: string): Promise<string[]> {
    const all = (await this.directories()).sources.filter((s) => s.kind === kind);
    return matchNames(all, query, 2_000).map((s) => s.id);
  }

  /** People matching a query, best first, with how many reviewed films credit them. */
  async people(query: string, limit: number): Promise<Array<{ name: string; films: number }>> {
    return matchNames((await this.directories()).people, query, limit).map((p) => ({
      name: p.name,
      films: p.weight,
    }));
  }

  private async directories() {
    const db = this.store.db;
    return this.memo.get(await siteFingerprint(db), async () => {
      const [sources, people] = await Promise.all([sourcesDirectory(db), peopleDirectory(db)]);
      return { sources, people };
    });
  }
}
