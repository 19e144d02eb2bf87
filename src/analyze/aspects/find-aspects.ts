import type { AspectMention, AspectName, PersonCredit } from "../../domain/analysis.js";
import type { SentenceReading } from "../model/text-model.js";
import {
  ASPECT_POLARITY_CUES,
  ASPECT_TERMS,
  NEGATIVE_WORDS,
  POSITIVE_WORDS,
} from "./aspect-lexicon.js";

/** Reads a short text's calibrated log-odds of being positive (the text model). */
export type ClauseReader = (text: string) => number;

/** An aspect found in one sentence, with the clause that mentions it. */
export interface SentenceAspect {
  aspect: AspectName;
  polarity: AspectMention["polarity"];
  clause: string;
}

// The base rate of positive reviews puts a neutral clause near logit 0.45 (61% fresh):
// a clause is positive or negative only clearly beyond that.
const NEUTRAL_LOGIT = 0.45;
const POSITIVE_ABOVE = 1.2;
const NEGATIVE_BELOW = -0.3;

const EVALUATIVE =
  /\b(?:superb|terrific|great|excellent|wonderful|brilliant|fine|strong|stellar|magnificent|remarkable|riveting|compelling|convincing|unconvincing|charismatic|magnetic|electric|ferocious|fearless|heartbreaking|moving|nuanced|subtle|bland|wooden|stiff|flat|weak|miscast|shines?|dazzles?|delivers?|excels?|struggles?|wasted|squandered|impressive|astonishing|outstanding|career-best|award-worthy|phenomenal|mesmerizing|good|bad|awful|terrible)\b/i;

/**
 * The aspects one sentence talks about, each with the polarity of the clause that mentions
 * it: an aspect-specific cue when there is one ("overlong"), else the text model's reading
 * of the clause. Cast and director names count as acting and direction when the clause
 * judges them ("Moss is superb").
 */
export function aspectsInSentence(
  sentence: string,
  readClause: ClauseReader,
  people: PersonCredit[] = [],
): SentenceAspect[] {
  const found: SentenceAspect[] = [];
  // Only the aspects the sentence mentions at all are looked for clause by clause.
  const candidates = (Object.keys(ASPECT_TERMS) as AspectName[]).filter(
    (aspect) => ASPECT_TERMS[aspect].test(sentence) || namedAndJudged(aspect, sentence, people),
  );
  if (candidates.length === 0) return found;
  const leans = new Map<string, number>();
  const lean = (text: string) => {
    let value = leans.get(text);
    if (value === undefined) {
      value = lexicalLean(text);
      leans.set(text, value);
    }
    return value;
  };
  for (const clause of clauses(sentence)) {
    for (const aspect of candidates) {
      if (found.some((f) => f.aspect === aspect)) continue;
      if (!ASPECT_TERMS[aspect].test(clause) && !namedAndJudged(aspect, clause, people)) continue;
      found.push({
        aspect,
        polarity: clausePolarity(aspect, clause, sentence, readClause, lean),
        clause,
      });
    }
  }
  return found;
}

/**
 * A review's aspects: one entry per aspect, its polarity the one most of its sentences give
 * (sentences the model reads as most clearly judging weigh a little more), its evidence the
 * clearest of those sentences.
 */
export function findAspects(
  sentences: SentenceReading[],
  readClause: ClauseReader,
  people: PersonCredit[],
): AspectMention[] {
  const byAspect = new Map<
    AspectName,
    Array<{ polarity: AspectMention["polarity"]; evidence: string; strength: number }>
  >();
  for (const sentence of sentences) {
    for (const found of aspectsInSentence(sentence.text, readClause, people)) {
      const list = byAspect.get(found.aspect) ?? [];
      list.push({
        polarity: found.polarity,
        evidence: sentence.text,
        strength: Math.abs(sentence.logit - NEUTRAL_LOGIT),
      });
      byAspect.set(found.aspect, list);
    }
  }
  const aspects: AspectMention[] = [];
  for (const [aspect, mentions] of byAspect) {
    const votes = { positive: 0, negative: 0, neutral: 0 };
    for (const m of mentions) votes[m.polarity] += 1 + m.strength / 10;
    const judged = votes.positive + votes.negative > 0;
    const polarity = !judged
      ? "neutral"
      : votes.positive >= votes.negative
        ? "positive"
        : "negative";
    const evidence = mentions
      .filter((m) => m.polarity === polarity)
      .sort((a, b) => b.strength - a.strength)[0]?.evidence as string;
    aspects.push({ aspect, polarity, evidence });
  }
  return aspects;
}

/** A text's clauses: split at sentence ends, , ; : dashes and contrast words; parentheses left out. */
export function clauses(sentence: string): string[] {
  return sentence
    .replace(/\([^()]*\)?/g, " ")
    .split(
      /(?<=[.!?])\s+|\s*[,;:]\s+|\s+[-–—]+\s+|\s+(?=\b(?:but|yet|though|although|while|whereas|however)\b)/i,
    )
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
}

/**
 * A clause's polarity toward an aspect: the aspect's own cue words, then words that judge
 * whatever they describe (turned around by a negation just before them), in the clause and
 * then in its whole sentence ("At 100 minutes, it's just right"); failing those, the text
 * model's reading of the clause.
 */
function clausePolarity(
  aspect: AspectName,
  clause: string,
  sentence: string,
  readClause: ClauseReader,
  lean: (text: string) => number,
): AspectMention["polarity"] {
  for (const text of [clause, sentence]) {
    const cues = ASPECT_POLARITY_CUES[aspect];
    if (cues) {
      const negative = cues.negative.test(text);
      const positive = cues.positive.test(text);
      if (negative !== positive) return negative ? "negative" : "positive";
    }
    const lexical = lean(text);
    if (lexical !== 0) return lexical > 0 ? "positive" : "negative";
  }
  const logit = readClause(clause);
  return logit > POSITIVE_ABOVE ? "positive" : logit < NEGATIVE_BELOW ? "negative" : "neutral";
}

const NEGATION = new Set([
  "not",
  "never",
  "no",
  "hardly",
  "barely",
  "less",
  "n't",
  "without",
  "nor",
]);

/** Positive minus negative judging words in a clause, each flipped by a negation within three words before it. */
function lexicalLean(clause: string): number {
  const words = clause
    .toLowerCase()
    .replace(/n't\b/g, " n't")
    .split(/[^\p{L}'-]+/u);
  let lean = 0;
  words.forEach((word, i) => {
    const sign = POSITIVE_WORDS.has(word) ? 1 : NEGATIVE_WORDS.has(word) ? -1 : 0;
    if (sign === 0) return;
    const negated = words.slice(Math.max(0, i - 3), i).some((w) => NEGATION.has(w));
    lean += negated ? -sign : sign;
  });
  return lean;
}

function namedAndJudged(aspect: AspectName, clause: string, people: PersonCredit[]): boolean {
  const role = aspect === "acting" ? "cast" : aspect === "direction" ? "director" : null;
  if (!role || !EVALUATIVE.test(clause)) return false;
  return people.some((p) => p.role === role && mentionsName(clause, p.name));
}

/** Whether a clause names a person, by full name or surname (as a whole word). */
function mentionsName(clause: string, name: string): boolean {
  const surname = name.split(" ").at(-1) ?? name;
  for (let at = clause.indexOf(surname); at !== -1; at = clause.indexOf(surname, at + 1)) {
    const before = clause[at - 1] ?? " ";
    const after = clause[at + surname.length] ?? " ";
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
