import type { Verdict } from "../../domain/analysis.js";
import type { SentenceReading } from "../model/text-model.js";

/** A sentence's log-odds at the base rate of positive reviews: no evidence either way. */
const NEUTRAL_LOGIT = 0.45;
const MIN_WORDS = 8;
const MAX_WORDS = 35;

// Sentences that tell the story rather than judge the film.
const PLOT =
  /\b(?:is about|follows|tells the story|the story of|cent(?:er|re)s on|revolves around|named|who is|who's|whose|begins when|ends up|set in|takes place|played by)\b/i;
const JUDGEMENT =
  /\b(?:I|you|we|film|movie|picture|it's|worth|best|worst|great|rewarded|recommend)\b/;

/**
 * The sentence that best carries the review's verdict, verbatim: 8–35 words, leaning the
 * verdict's way in the text model's reading, not plot summary (no character names, no
 * "is about"), the conclusion preferred. Null when no sentence qualifies.
 */
export function pullQuote(
  sentences: SentenceReading[],
  verdict: Verdict | null,
  characters: string[] = [],
): string | null {
  const direction = verdict === "negative" ? -1 : verdict === "positive" ? 1 : 0;
  let best: { text: string; merit: number } | null = null;
  sentences.forEach((sentence, i) => {
    const words = sentence.text.split(/\s+/).length;
    if (words < MIN_WORDS || words > MAX_WORDS) return;
    const lean = sentence.logit - NEUTRAL_LOGIT;
    const strength = direction === 0 ? Math.abs(lean) : direction * lean;
    if (strength <= 0) return;
    let merit = strength;
    if (i >= sentences.length * 0.75) merit += 1; // the conclusion
    if (JUDGEMENT.test(sentence.text)) merit += 0.5;
    if (PLOT.test(sentence.text)) merit -= 2;
    if (characters.some((c) => sentence.text.includes(c))) merit -= 2;
    if (/^(?:she|he|they|her|his)\b/i.test(sentence.text)) merit -= 1;
    if (!best || merit > best.merit) best = { text: sentence.text, merit };
  });
  return (best as { text: string } | null)?.text ?? null;
}
