import type { Verdict } from "../../domain/analysis.js";
import type { SentenceReading } from "../model/text-model.js";
import { followsClosingRating } from "../rating/rating-at-end.js";
import { gluedParts } from "../text/glued-sentences.js";
import { quoteMarkRole } from "../text/quote-marks.js";
import type { Sentence } from "../text/sentences.js";
import { wordCount } from "../text/word-count.js";

const MIN_WORDS = 8;
const MAX_WORDS = 35;
/** The most parts of run-together sentences one quote reads (each is a clause reading). */
const MAX_PARTS_READ = 100;

// Sentences that tell the story rather than judge the film.
const PLOT =
  /\b(?:is about|follows|tells the story|the story of|cent(?:er|re)s on|revolves around|named|who is|who's|whose|begins when|ends up|set in|takes place|played by)\b/i;
const JUDGEMENT =
  /\b(?:I|you|we|film|movie|picture|it's|worth|best|worst|great|rewarded|recommend)\b/;

/**
 * A quote without the rating its review's text closes with, where the rating stands after the
 * sentence's end ("The last act is a knockout. --- 7/10" quotes "The last act is a knockout."),
 * not where the sentence gives it ("I'm giving it a 6 out of 10." stays whole).
 */
export function withoutClosingRating(quote: string | null, rating: string | null): string | null {
  if (quote === null || rating === null) return quote;
  const at = quote.lastIndexOf(rating);
  if (at < 0 || !followsClosingRating(quote.slice(at + rating.length))) return quote;
  const end = SENTENCE_END_BEFORE_RATING.exec(quote.slice(0, at));
  if (!end) return quote;
  const kept = quote.slice(0, end.index + (end[1] as string).length);
  return wordCount(kept) >= 2 ? kept : quote;
}

/** A sentence's end, then separators or a label, right before a closing rating: ". --- ", "! Rating: ". */
const SENTENCE_END_BEFORE_RATING =
  /([.!?…]["'”’)]*)(?:\s*[-–—~:|*]+)?\s*(?:(?:my\s+)?(?:rating|score|grade|verdict)\s*:?\s*)?$/i;

/** The most words a quote cut from an over-long sentence keeps. */
const CUT_WORDS = 30;

/**
 * The sentence that best carries the review's verdict, verbatim: 8–35 words, leaning the
 * verdict's way in the text model's reading, not plot summary (no character names, no
 * "is about"), the conclusion preferred. When no sentence qualifies, a stretch of up to 30
 * words of an over-long sentence, from a clause's start, that leans the verdict's way
 * (marked "…" where it was cut: "… and a love story to boot, and yet, it falls short."), or
 * a short sentence that does; then the best of the rest. Every review with text gets a quote.
 *
 * `readClause` reads a stretch's lean as `SentenceReading.lean` reads a sentence's; without
 * it an over-long sentence offers only its first 30 words, leaning as the sentence does.
 */
export function pullQuote(
  asRead: SentenceReading[],
  verdict: Verdict | null,
  characters: string[] = [],
  readClause?: (text: string) => number,
): string | null {
  const sentences = quotable(asRead, readClause);
  // (Most texts quote no one: their sentences are not read for quotation marks.)
  const spoken =
    sentences.length > 1 && sentences.some((s) => DOUBLE_QUOTE_ANY.test(s.text))
      ? quotedSpeech(sentences)
      : null;
  const direction = verdict === "negative" ? -1 : verdict === "positive" ? 1 : 0;
  const merit = (text: string, lean: number, i: number) => {
    const strength = direction === 0 ? Math.abs(lean) : direction * lean;
    let m = strength;
    if (i >= sentences.length * 0.75) m += 1; // the conclusion
    if (JUDGEMENT.test(text)) m += 0.5;
    if (PLOT.test(text)) m -= 2;
    // (In a long text, the subjectivity model reads which sentences tell the story.)
    if (sentences[i]?.opinion === false) m -= 2;
    if (characters.some((c) => text.includes(c))) m -= 2;
    // Someone else's words, quoted: a line of the film's dialogue is not the critic's verdict.
    if (spoken?.[i] === true) m -= 2;
    if (/^(?:she|he|they|her|his)\b/i.test(text)) m -= 1;
    return { strength, merit: m };
  };
  let best: Candidate | null = null;
  // What stands in when no sentence qualifies: a short sentence, one that leans the other
  // way, or a stretch of an over-long one, by the same merit.
  let fallback: Candidate | null = null;
  const offer = (text: string, score: number) => {
    if (!fallback || score > fallback.merit) fallback = { text, merit: score };
  };
  const longOnes: number[] = [];
  sentences.forEach((sentence, i) => {
    const words = wordCount(sentence.text);
    // (A note in brackets is the source's, not the critic's: "[Full review in Spanish]".)
    if (words < 2 || !/\p{L}/u.test(sentence.text) || SOURCE_NOTE.test(sentence.text)) return;
    if (words > MAX_WORDS) {
      longOnes.push(i);
      return;
    }
    const m = merit(sentence.text, sentence.lean, i);
    if (words >= MIN_WORDS && m.strength > 0) {
      if (!best || m.merit > best.merit) best = { text: sentence.text, merit: m.merit };
    } else offer(sentence.text, m.merit + Math.min(words, MIN_WORDS) / MIN_WORDS);
  });
  if (best) return (best as Candidate).text;
  // (Bounded: the first and last few over-long sentences, a few stretches of each.)
  const read = direction !== 0 ? readClause : undefined;
  for (const i of firstAndLast(longOnes, MAX_LONG_SENTENCES)) {
    const sentence = sentences[i] as SentenceReading;
    const [first, ...others] = stretches(sentence.text, read ? MAX_STRETCHES : 1);
    if (first === undefined) continue;
    const start = first.text;
    const lean = (stretch: string) =>
      read ? read(stretch.replace(/^… | …$/g, "")) : sentence.lean;
    // A cut stretch ranks a little below a whole sentence as good.
    const opening = merit(start, lean(start), i);
    offer(start, opening.merit + 1 - CUT_PENALTY);
    // The sentence's start, as it reads, unless it does not carry the verdict clearly: then
    // the stretch that does ("… and a love story to boot, and yet, it falls short.").
    if (opening.strength >= CLEAR_LEAN) continue;
    for (const stretch of others)
      offer(
        stretch.text,
        merit(stretch.text, lean(stretch.text), i).merit +
          1 -
          CUT_PENALTY -
          (stretch.afterComma ? AFTER_COMMA_PENALTY : 0),
      );
  }
  const chosen = fallback as Candidate | null;
  if (chosen) return chosen.text;
  // A text of one-word sentences ("Unfunny."), or of emoji alone ("🥰🥰🥰", "⭐⭐⭐⭐"): the
  // longest is its quote, so that a reader sees what the critic wrote. Marks alone are none.
  const longest = [...sentences].sort((a, b) => b.text.length - a.text.length)[0];
  return longest && SAYS_SOMETHING.test(longest.text) ? longest.text : null;
}

/** A sentence wholly in square brackets: the source's note ("[Full review in Spanish]", "[Blu-Ray]"). */
const SOURCE_NOTE = /^\[[^\]]*\]$/;

/** A letter, a digit, or a symbol such as an emoji or a star. */
const SAYS_SOMETHING = /[\p{L}\p{N}\p{So}\p{Extended_Pictographic}]/u;

/**
 * The sentences a quote is chosen among: in a text longer than a quote, those run together
 * without a space after a stop ("…interact.Moore's wardrobe is a treat.") as their parts
 * (gluedParts), each read by `readClause`. A text short enough to be its own quote is quoted
 * as its source cut it ("… plausible in the funny books.On the big screen, not so much.").
 */
function quotable(
  sentences: SentenceReading[],
  readClause?: (text: string) => number,
): SentenceReading[] {
  if (!readClause) return sentences;
  let words = 0;
  for (const sentence of sentences) words += wordCount(sentence.text);
  if (words <= MAX_WORDS) return sentences;
  let budget = MAX_PARTS_READ;
  return sentences.flatMap((sentence) => {
    const parts = gluedParts(sentence);
    // (Bounded: past MAX_PARTS_READ parts in all, sentences stay whole, as read.)
    if (parts.length === 1 || parts.length > budget) return [sentence];
    budget -= parts.length;
    return parts.map((part): SentenceReading => {
      const lean = readClause(part.text);
      return {
        ...part,
        logit: sentence.logit - sentence.lean + lean,
        lean,
        ...(sentence.opinion === undefined ? {} : { opinion: sentence.opinion }),
      };
    });
  });
}

/**
 * Which sentences of a text are someone else's words: wholly in quotation marks ("“I moved out
 * here to get away from this kind of thing!”"), the start of a quotation of six words or more
 * that runs past the sentence, led in by a comma, a colon or a verb of saying ('a journalist
 * once wrote: "In my younger days I saw a film …'), or the end of one an earlier sentence
 * opened (Dolemite: "He think he's bad! I'm gon' rock this shotgun …!"). A mark opens or
 * closes by the characters around it (quoteMarkRole): a title whose opening quote the source
 * cut ('Killer Joe" is downright hysterical') opens nothing, nor does a title left open at the
 * end ('watching "Inherent Vice.').
 */
function quotedSpeech(sentences: readonly Sentence[]): boolean[] {
  let open = false;
  return sentences.map(({ text }) => {
    const marks = quoteMarks(text);
    const first = marks[0];
    const whole = marks.length === 2 && first?.at === 0 && first.opens && CLOSES_AT_END.test(text);
    const tail = open && first !== undefined && !first.opens && CLOSES_AT_END.test(text);
    // Inside a quotation at the sentence's end: where the last one still open started.
    let openedAt = tail || !open ? -1 : 0;
    for (const mark of marks) openedAt = mark.opens ? mark.at : -1;
    const head =
      openedAt > 0 &&
      SPEECH_LEAD.test(text.slice(Math.max(0, openedAt - 24), openedAt)) &&
      wordCount(text.slice(openedAt)) >= QUOTED_WORDS;
    open = head || (open && openedAt === 0);
    return whole || tail || head;
  });
}
/** The fewest words a quotation that runs past its sentence quotes in it: more than a title. */
const QUOTED_WORDS = 6;
/** What leads into someone's words: a comma or colon, or a verb of saying ('wrote: "…', 'saying "…'). */
const SPEECH_LEAD =
  /(?:[,:]|\b(?:say|says|said|saying|write|writes|wrote|writing|ask|asks|asked|asking|tell|tells|told|yells?|yelled|screams?|screamed|shouts?|shouted|repl(?:y|ies|ied)|quote|line|exclaims?|exclaimed|whispers?|whispered|thinks?|thought|thinking|feels?|feeling|felt|goes|went|like))\s*$/i;
const CLOSES_AT_END = /(?:[.!?…]["”]|["”][.!?…])$/;

/** A text's double quotation marks that open or close a quotation (quoteMarkRole), in order. */
function quoteMarks(text: string): Array<{ at: number; opens: boolean }> {
  const marks: Array<{ at: number; opens: boolean }> = [];
  DOUBLE_QUOTE.lastIndex = 0;
  for (let mark = DOUBLE_QUOTE.exec(text); mark; mark = DOUBLE_QUOTE.exec(text)) {
    const role = quoteMarkRole(text, mark.index);
    if (role !== null) marks.push({ at: mark.index, opens: role === "opens" });
  }
  return marks;
}
const DOUBLE_QUOTE = /["“”]/g;
const DOUBLE_QUOTE_ANY = /["“”]/;

interface Candidate {
  text: string;
  merit: number;
}

/** Over-long sentences whose stretches are read (the first and last ones). */
const MAX_LONG_SENTENCES = 8;
/** Stretches read per over-long sentence (from its first and last clause starts). */
const MAX_STRETCHES = 8;
/** What being cut costs a stretch against a whole sentence that leans as far. */
const CUT_PENALTY = 0.5;
/**
 * How far (log-odds from the neutral reading) an over-long sentence's start must lean the
 * verdict's way to be its quote whatever its other stretches read.
 */
const CLEAR_LEAN = 1;
/**
 * What starting after a plain comma costs a stretch, against one that starts at a turn
 * ("but", "yet" …) or after a semicolon, colon or dash: a comma is often inside a list
 * ("… specific, visceral emotion").
 */
const AFTER_COMMA_PENALTY = 0.5;

/** A clause starts after these marks, or at a word that turns the sentence. */
const CLAUSE_MARK = /[,;:–—]$|^[-–—]+$/;
const TURN = /^(?:but|yet|though|although|however|still|instead)\b/i;

/**
 * Stretches of up to CUT_WORDS words of an over-long sentence, each from a clause's start
 * (the sentence's own first, then the first and last of the others), cut at a word and marked
 * "…" where they were: at most `max`, the first always the sentence's start.
 */
function stretches(text: string, max: number): Array<{ text: string; afterComma: boolean }> {
  const words = [...text.matchAll(/\S+/g)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const starts: number[] = [];
  const afterComma = new Set<number>();
  // (Only the sentence's start is asked for without a reader: no clause is looked for.)
  for (let i = 1; max > 1 && i < words.length; i++) {
    const before = (words[i - 1] as { word: string }).word;
    const word = (words[i] as { word: string }).word;
    const turn = TURN.test(word);
    if (!turn && !CLAUSE_MARK.test(before)) continue;
    // A turn right after a mark starts one clause, not two.
    if (starts.at(-1) === i - 1) continue;
    starts.push(i);
    if (!turn && before.endsWith(",")) afterComma.add(i);
  }
  const picked = [0, ...firstAndLast(starts, max - 1)];
  const out: Array<{ text: string; afterComma: boolean }> = [];
  for (const from of picked) {
    if (from > 0 && words.length - from < MIN_WORDS) continue;
    const to = cutAt(words, from);
    const first = words[from] as { start: number };
    const last = words[to - 1] as { end: number };
    let stretch = text.slice(first.start, last.end);
    if (to < words.length) stretch = `${withoutTrailingMarks(stretch)} …`;
    if (from > 0) stretch = `… ${stretch}`;
    out.push({ text: stretch, afterComma: afterComma.has(from) });
  }
  return out;
}

/**
 * Where a stretch from word `from` ends: the sentence's end within CUT_WORDS words, else after
 * a clause mark (a comma, a semicolon, a colon, a dash) among the last CUT_BACK of them, so the
 * quote stops where its clause does ("… an icky non-stop barrage of bodily functions …", not
 * "… of bodily functions, racial …"), else after the last of them that no phrase hangs on
 * ("… the film remains a …" cut back to "… the film remains …"). Never further back: the
 * words cut are often the judgement ("… is the single most chilling …").
 */
function cutAt(words: ReadonlyArray<{ word: string }>, from: number): number {
  const to = Math.min(from + CUT_WORDS, words.length);
  if (to === words.length) return to;
  const back = Math.max(from + MIN_WORDS, to - CUT_BACK);
  for (let end = to; end > back; end--)
    if (CLAUSE_MARK.test((words[end - 1] as { word: string }).word)) return end;
  for (let end = to; end > back; end--)
    if (!HANGS.test((words[end - 1] as { word: string }).word)) return end;
  return to;
}
/** How many words a stretch is cut back, at most, to a clause mark or past words a phrase hangs on. */
const CUT_BACK = 4;
/** A word a phrase hangs on: an article, a preposition, a conjunction, a verb of being. */
const HANGS =
  /^(?:a|an|the|of|to|in|on|at|by|for|from|with|into|onto|and|or|but|nor|as|than|that|which|who|whose|whom|is|are|was|were|be|been|being|its|his|her|their|my|our|your|this|these|those|very|so|such|more|most|some|any|no)$/i;

/** The first and last `max / 2` of a list (all of it when no longer than `max`), in order. */
function firstAndLast<T>(list: readonly T[], max: number): T[] {
  if (list.length <= max) return [...list];
  const head = Math.ceil(max / 2);
  return [...list.slice(0, head), ...list.slice(list.length - (max - head))];
}

/**
 * A stretch without the clause marks it ends on, and the blanks before them ("… the cast, " →
 * "… the cast"). Read back from its end, not with `/\s*[,;:–—-]+$/`, which tries from every
 * blank of a long run of them (a stretch of 30 words can be 100,000 tabs long: recheck's attack
 * took 12 s at 200,000 characters).
 */
function withoutTrailingMarks(stretch: string): string {
  let end = stretch.length;
  while (end > 0 && CLAUSE_MARK_CHARS.includes(stretch.charAt(end - 1))) end--;
  if (end === stretch.length) return stretch;
  while (end > 0 && /\s/.test(stretch.charAt(end - 1))) end--;
  return stretch.slice(0, end);
}
const CLAUSE_MARK_CHARS = ",;:–—-";
