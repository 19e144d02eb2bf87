import { type Kysely, sql } from "kysely";
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

/**
 * How clearly a mention must judge its aspect to be quoted: a clause the text model reads as
 * barely leaning one way still counts in the bars, but is not shown as the example.
 */
const MIN_QUOTED_STRENGTH = 1;

/** The lengths, in characters, a quote may have: a sentence of six words or so, not a paragraph. */
const QUOTE_LENGTH = { min: 36, max: 220 } as const;

/**
 * How a film's reviews judge each aspect (acting, pacing …), most discussed first, each with
 * the clearest judgement of reasonable length per side as an example (the shorter of equals) — from the aspects
 * stored with every review, counted and chosen by the database.
 */
export async function filmAspects(db: Kysely<Database>, filmId: string): Promise<FilmAspect[]> {
  const counts = await db
    .selectFrom("review_aspects")
    .select(["aspect", "polarity", (eb) => eb.fn.countAll().as("n")])
    .where("film_id", "=", filmId)
    .groupBy(["aspect", "polarity"])
    .execute();
  const quotes = await sql<{
    aspect: string;
    polarity: "positive" | "negative";
    evidence: string;
    outlet: string | null;
  }>`
    select q.aspect, q.polarity, outlets.name as outlet,
           case when q.evidence_at is null then q.evidence
                else substr(reviews.text, q.evidence_at + 1, q.evidence_length) end as evidence
    from (
      select aspect, polarity, evidence, evidence_at, evidence_length, review_id,
             row_number() over (partition by aspect, polarity
                                order by coalesce(strength, 0) desc, evidence_length,
                                         review_id) as rank
      from review_aspects
      where film_id = ${filmId} and polarity <> 'neutral'
        and evidence_length between ${QUOTE_LENGTH.min} and ${QUOTE_LENGTH.max}
        and (strength is null or strength >= ${MIN_QUOTED_STRENGTH})
    ) q
    join reviews on reviews.id = q.review_id
    left join outlets on outlets.id = reviews.outlet_id
    where q.rank = 1`.execute(db);
  const byAspect = new Map<string, FilmAspect>();
  const aspectOf = (name: string) => {
    const aspect = byAspect.get(name) ?? {
      aspect: name as AspectName,
      positive: 0,
      negative: 0,
      neutral: 0,
      quotes: { positive: null, negative: null },
    };
    byAspect.set(name, aspect);
    return aspect;
  };
  for (const row of counts) {
    const polarity = row.polarity as "positive" | "negative" | "neutral";
    aspectOf(row.aspect)[polarity] = Number(row.n);
  }
  for (const row of quotes.rows)
    aspectOf(row.aspect).quotes[row.polarity] = { text: row.evidence, outlet: row.outlet };
  return [...byAspect.values()].sort(
    (a, b) =>
      b.positive + b.negative - (a.positive + a.negative) || a.aspect.localeCompare(b.aspect),
  );
}
