import { ABBREVIATIONS, type Sentence } from "./sentences.js";

/**
 * A sentence's parts where the writer left out the space after a stop: "They interact.Moore's
 * wardrobe is a treat." is two sentences, "…in the funny books.On the big screen, not so much."
 * too. The text model reads such a sentence whole (it read held-out reviews worse split:
 * docs/METHODOLOGY.md), but a quote, or an aspect's evidence, is one sentence the critic
 * wrote, not two run together. A stop (or an ellipsis) ends a part when a word of two or more
 * lowercase letters before it meets a capitalized word (or "I", "A") after it; not in an abbreviation
 * ("etc.The", "(Pvt.Wilson)"), an initialism ("St.Trinian's", "J.R.R."), or a web address
 * ("www.EmanuelLevy.com", "Amazon.Com"). Verbatim: each part is a slice of the sentence, with
 * where it starts and ends in the text. Linear in the sentence's length.
 */
export function gluedParts(sentence: Sentence): Sentence[] {
  const { text } = sentence;
  if (!MAY_BE_GLUED.test(text)) return [sentence];
  const parts: Sentence[] = [];
  let from = 0;
  GLUED.lastIndex = 0;
  for (let m = GLUED.exec(text); m !== null; m = GLUED.exec(text)) {
    const cut = m.index + m[0].length;
    if (!endsSentence(text, m.index + (m[1] as string).length, cut)) continue;
    const part = text.slice(from, cut).trim();
    if (part !== "") parts.push(sliceOf(sentence, from, cut));
    from = cut;
  }
  if (parts.length === 0) return [sentence];
  parts.push(sliceOf(sentence, from, text.length));
  return parts;
}

// Two lowercase letters, a stop or an ellipsis, then a capital and a lowercase letter, "I" or "A".
const MAY_BE_GLUED = /[a-z]{2}(?:[.!?]|…)(?:[A-Z][a-z]|I[\s'’]|A\s)/;
const GLUED = /([a-z]{2})(?:[.!?]+|…)(?=[A-Z][a-z]|I[\s'’]|A\s)/g;

/** Abbreviations a capitalized word may follow without a space ("etc.The", "Pvt.Wilson"). */
const GLUED_ABBREVIATIONS = new Set([
  ...ABBREVIATIONS,
  ...["etc", "approx", "esp", "pvt", "cpl", "maj", "gov", "sen", "rep", "pres", "dept", "ave"],
]);

/** Whether the stop between `stop` and `cut` ends a sentence (see gluedParts). */
function endsSentence(text: string, stop: number, cut: number): boolean {
  const before = wordBefore(text, stop);
  if (GLUED_ABBREVIATIONS.has(before.replace(/^\W+/, "").toLowerCase())) return false;
  // A web address or an e-mail: the word runs on with stops, slashes or "@" ("www.Site.com").
  if (/^(?:www|https?)\b|[/@.]/i.test(before)) return false;
  const after = /^[^\s]+/.exec(text.slice(cut, cut + MAX_WORD))?.[0] ?? "";
  return !/\.(?:com|org|net|edu|gov|co|uk|io|tv|info)\b/i.test(after);
}

/** The longest word looked at on either side of a stop: past it, a run of letters is no word. */
const MAX_WORD = 100;

/** The run of non-space characters that ends at `end` (its last MAX_WORD at most). */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && end - start < MAX_WORD && !/\s/.test(text[start - 1] as string)) start--;
  return text.slice(start, end);
}

function sliceOf(sentence: Sentence, from: number, to: number): Sentence {
  const raw = sentence.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  const start = sentence.start + from + lead;
  return { text, start, end: start + text.length };
}
