import type { Kysely } from "kysely";
import type { AspectName } from "../domain/analysis.js";
import type { AspectTally } from "../domain/consensus.js";
import type { Database } from "./schema.js";

/** An aspect of a film as its reviews judge it, with a quote for each side. */
export interface FilmAspect extends AspectTally {
  /** A sentence praising it and one faulting it, verbatim, with their reviews' outlets. */
  quotes: {
    positive: { text: string; outlet: string | null } | null;
    negative: { text: string; outlet: string | null } | null;
  };
}

/** The longest evidence a quote may be, in characters: a sentence, not a paragraph. */
const QUOTE_MAX = 220;

/**
 * How a film's reviews judge each aspect (acting, pacing …), most discussed first, each with
 * a short example sentence per side — from the aspects stored with every review.
 */
export async function filmAspects(db: Kysely<Database>, filmId: string): Promise<FilmAspect[]> {
  const rows = await db
    .selectFrom("review_aspects")
    .leftJoin("reviews", "reviews.id", "review_aspects.review_id")
    .leftJoin("outlets", "outlets.id", "reviews.outlet_id")
    .select([
      "review_aspects.aspect",
      "review_aspects.polarity",
      "review_aspects.evidence",
      "outlets.name as outlet",
    ])
    .where("review_aspects.film_id", "=", filmId)
    .orderBy("review_aspects.review_id")
    .execute();
  const byAspect = new Map<string, FilmAspect>();
  for (const row of rows) {
    const aspect = byAspect.get(row.aspect) ?? {
      aspect: row.aspect as AspectName,
      positive: 0,
      negative: 0,
      neutral: 0,
      quotes: { positive: null, negative: null },
    };
    const polarity = row.polarity as "positive" | "negative" | "neutral";
    aspect[polarity]++;
    if (polarity !== "neutral" && row.evidence.length <= QUOTE_MAX) {
      const current = aspect.quotes[polarity];
      // The shortest sentence of at least six words reads best as an example.
      const words = row.evidence.split(/\s+/).length;
      if (words >= 6 && (!current || row.evidence.length < current.text.length))
        aspect.quotes[polarity] = { text: row.evidence, outlet: row.outlet };
    }
    byAspect.set(row.aspect, aspect);
  }
  return [...byAspect.values()].sort(
    (a, b) =>
      b.positive + b.negative - (a.positive + a.negative) || a.aspect.localeCompare(b.aspect),
  );
}
