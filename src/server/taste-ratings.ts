import type { Store } from "../store/db.js";
import { siteFingerprint } from "../store/films.repository.js";
import { databaseCriticRatings, everyCriticRating } from "../store/readers.repository.js";
import { type CriticRatings, CriticRatingsIndex } from "../taste/critic-ratings.js";
import type { CriticScore } from "../taste/critic-space.js";
import { LatestValue } from "./web/memo.js";

/** After reading every rating took d, it is read again no sooner than this many d later. */
const INDEX_REST = 10;

declare module "fastify" {
  interface FastifyInstance {
    /** The critics' ratings taste reads (see TasteRatings). */
    tasteRatings: TasteRatings;
  }
}

/**
 * The critics' ratings that readers' matches and predictions read, held in memory
 * (CriticRatingsIndex) and read again in the background after the site changes — at most a
 * tenth of the time, as the name directories are. Until the first index is ready (a second or
 * two at a million reviews) the database answers. A rating stored a moment ago counts a
 * little later. One per server.
 */
export class TasteRatings {
  private readonly latest = new LatestValue<CriticRatingsIndex>(INDEX_REST);

  constructor(private readonly store: Store) {}

  async current(): Promise<CriticRatings> {
    const db = this.store.db;
    const held = this.latest.peek(await siteFingerprint(db), () =>
      buildCriticRatingsIndex(this.store),
    );
    return held ?? databaseCriticRatings(db);
  }
}

/** Every critic's rating read from the store into an index. */
export async function buildCriticRatingsIndex(store: Store): Promise<CriticRatingsIndex> {
  const pages: CriticScore[][] = [];
  for await (const page of everyCriticRating(store.db)) pages.push(page);
  return CriticRatingsIndex.build(
    (function* () {
      for (const page of pages) yield* page;
    })(),
  );
}
