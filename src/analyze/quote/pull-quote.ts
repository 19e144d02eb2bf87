import type { Verdict } from "../../domain/analysis.js";
import type { SentenceReading } from "../model/text-model.js";
import { wordCount } from "../text/word-count.js";

const MIN_WORDS = 8;
const MAX_WORDS = 35;

// Sentences that tell the story rather than judge the film.
const PLOT =
  /\b(?:is about|follows|tells the story|the story of|cent(?:er|re)s on|revolves around|named|who is|who's|whose|begins when|ends up|set in|takes place|played by)\b/i;
const JUDGEMENT =
  /\b(?:I|you|we|film|movie|picture|it's|worth|best|worst|great|rewarded|recommend)\b/;

/** The most words a quote cut from an over-long sentence keeps. */
const CUT_WORDS = 30;

/**
 * The sentence that best carries the review's verdict, verbatim: 8–35 words, leaning the
 * verdict's way in the text model's reading, not plot summary (no character names, no
 * "is about"), the conclusion preferred. When no sentence qualifies, the best of the others
 * (a short snippet is its own quote), and as a last resort the start of the longest sentence
 * cut at a word with "…": every review with text gets a quote.
 */
export function pullQuote(
  sentences: SentenceReading[],
  verdict: Verdict | null,
  characters: string[] = [],
): string | null {
  const direction = verdict === "negative" ? -1 : verdict === "positive" ? 1 : 0;
  const merit = (sentence: SentenceReading, i: number) => {
    const strength = direction === 0 ? Math.abs(sentence.lean) : direction * sentence.lean;
    let m = strength;
    if (i >= sentences.length * 0.75) m += 1; // the conclusion
    if (JUDGEMENT.test(sentence.text)) m += 0.5;
    if (PLOT.test(sentence.text)) m -= 2;
    if (characters.some((c) => sentence.text.includes(c))) m -= 2;
    if (/^(?:she|he|they|her|his)\b/i.test(sentence.text)) m -= 1;
    return { strength, merit: m };
  };
  let best: { text: string; merit: number } | null = null;
  let fallback: { text: string; merit: number } | null = null;
  sentences.forEach((sentence, i) => {
    const words = wordCount(sentence.text);
    if (words < 2 || !/\p{L}/u.test(sentence.text)) return;
    const m = merit(sentence, i);
    if (words >= MIN_WORDS && words <= MAX_WORDS && m.strength > 0) {
      if (!best || m.merit > best.merit) best = { text: sentence.text, merit: m.merit };
    } else if (words <= MAX_WORDS) {
      // Short or leaning the other way: still a quote, ranked below every qualifying one.
      const score = m.merit + Math.min(words, MIN_WORDS) / MIN_WORDS;
      if (!fallback || score > fallback.merit) fallback = { text: sentence.text, merit: score };
    }
  });
  const chosen = (best ?? fallback) as { text: string } | null;
  if (chosen) return chosen.text;
  const longest = [...sentences].sort((a, b) => b.text.length - a.text.length)[0];
  return longest && /\p{L}/u.test(longest.text) ? cutAtWord(longest.text, CUT_WORDS) : null;
}

/** The first `words` words of a text and "…", or the text itself when it is no longer. */
function cutAtWord(text: string, words: number): string {
  const parts = text.split(/\s+/).filter(Boolean);
  if (parts.length <= words) return text;
  return `${parts
    .slice(0, words)
    .join(" ")
    .replace(/[,;:–—-]+$/, "")} …`;
}
