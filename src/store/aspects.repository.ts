import { type Kysely, sql } from "kysely";
import { type AspectName, JUDGED_IN_WORDS, parseAdminAspects } from "../domain/analysis.js";
import type { AspectTally } from "../domain/consensus.js";
import type { Database } from "./schema.js";

/**
 * A clause quoted from a review, verbatim, with its outlet, the review's address (where a
 * reader can read the quote in its place) and the few characters of the review around it
 * (empty at the text's ends, or where the evidence is stored as text).
 */
export interface AspectQuote {
  text: string;
  /** The review it is from (where an admin sets its aspects right). */
  reviewId: string;
  /** Whether an admin set this aspect of its review (the words are the review's, the side the admin's). */
  setByAdmin: boolean;
  outlet: string | null;
  /** The critic, where the review names one: what a quote from no outlet is attributed to. */
  critic: string | null;
  url: string | null;
  before: string;
  after: string;
}

/** An aspect of a film as its reviews judge it, with a quote for each side. */
export interface FilmAspect extends AspectTally {
  /** A clause praising it and one faulting it, with their reviews' outlets and addresses. */
  quotes: { positive: AspectQuote | null; negative: AspectQuote | null };
}

/** Characters of a review read on each side of a quote (to say whether it was cut). */
const CONTEXT = 8;

/**
 * SQL selecting an aspect row's words (`evidence`) and a few characters of its review on each
 * side (`before`, `after`; null where the words are stored as text): the stored evidence, read
 * from the review's text where it was stored as a place in it (code points, as both databases
 * count them). `row` and `review` are the aspect row's and its review's names in the query.
 */
export function evidenceInContext(row: string, review: string) {
  const at = sql.ref(`${row}.evidence_at`);
  const length = sql.ref(`${row}.evidence_length`);
  const text = sql.ref(`${review}.text`);
  return sql`case when ${at} is null then ${sql.ref(`${row}.evidence`)}
                else substr(${text}, ${at} + 1, ${length}) end as evidence,
           case when ${at} is null then null
                when ${at} >= ${CONTEXT} then substr(${text}, ${at} - ${CONTEXT - 1}, ${CONTEXT})
                else substr(${text}, 1, ${at}) end as before,
           case when ${at} is null then null
                else substr(${text}, ${at} + ${length} + 1, ${CONTEXT}) end as after`;
}

/**
 * How clearly a mention must judge its aspect to be quoted: judged in words — the aspect's own
 * cue words (3), judging words in its clause (2) or in its sentence (1.5). A clause judged by
 * the text model's reading alone (at most 1.4) still counts in the bars, but is not shown as
 * the example: against the hand labels' held-out half, such a judgement on its review's side
 * had its aspect and polarity right 61% of the time (156 mentions), against 85% and 90% for
 * judging words and cue words (docs/METHODOLOGY.md, "Quotes judged in words").
 */
const MIN_QUOTED_STRENGTH = JUDGED_IN_WORDS;

/**
 * How many of each side's clearest judgements are looked at for one on its review's side.
 * Looking up every judgement's review took a busy film's aspects from 4.6 to 15 ms (the 20
 * busiest films of bench:scale's 1M database, 4,000 to 7,000 reviews each; these 20: 6.4 ms
 * on SQLite, 6.2 on PostgreSQL). Four judgements in five are on their review's side, so one
 * of the first 20 nearly always is; a side none of whose 20 clearest is goes unquoted.
 */
const QUOTE_CANDIDATES = 20;

/** The lengths, in characters, a quote may have: a sentence of six words or so, not a paragraph. */
const QUOTE_LENGTH = { min: 36, max: 220 } as const;

/**
 * How a film's reviews judge each aspect (acting, pacing …), most discussed first, each with
 * the clearest judgement of reasonable length per side as an example (the shorter of equals) — from the aspects
 * stored with every review, counted and chosen by the database. A quote comes from a review
 * whose verdict is on its side (or that has none): praise from a review that likes the film,
 * a complaint from one that does not. Read against hand labels, a mention on its review's
 * side had its polarity right 91% of the time, one against it 50% (docs/METHODOLOGY.md,
 * "Quotes on a film's page"): such a mention still counts in the bars, but is not the example.
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
    review_id: string;
    admin_aspects: string | null;
    outlet: string | null;
    critic: string | null;
    url: string | null;
    before: string | null;
    after: string | null;
  }>`
    select q.aspect, q.polarity, q.review_id, reviews.admin_aspects,
           outlets.name as outlet, critics.name as critic,
           reviews.url as url,
           ${evidenceInContext("q", "reviews")}
    from (
      select c.aspect, c.polarity, c.evidence, c.evidence_at, c.evidence_length, c.review_id,
             row_number() over (partition by c.aspect, c.polarity order by c.clarity) as rank
      from (
        select aspect, polarity, evidence, evidence_at, evidence_length, review_id,
               row_number() over (partition by aspect, polarity
                                  order by coalesce(strength, 0) desc, evidence_length,
                                           review_id) as clarity
        from review_aspects
        where film_id = ${filmId} and polarity <> 'neutral'
          and evidence_length between ${QUOTE_LENGTH.min} and ${QUOTE_LENGTH.max}
          and (strength is null or strength >= ${MIN_QUOTED_STRENGTH})
      ) c
      join reviews r on r.id = c.review_id
      where c.clarity <= ${QUOTE_CANDIDATES}
        and (r.verdict is null or r.verdict = c.polarity)
    ) q
    join reviews on reviews.id = q.review_id
    left join outlets on outlets.id = reviews.outlet_id
    left join critics on critics.id = reviews.critic_id
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
    aspectOf(row.aspect).quotes[row.polarity] = {
      text: row.evidence,
      reviewId: row.review_id,
      setByAdmin: parseAdminAspects(row.admin_aspects)[row.aspect as AspectName] !== undefined,
      outlet: row.outlet,
      critic: row.critic,
      url: row.url,
      before: row.before ?? "",
      after: row.after ?? "",
    };
  return [...byAspect.values()].sort(
    (a, b) =>
      b.positive + b.negative - (a.positive + a.negative) || a.aspect.localeCompare(b.aspect),
  );
}
