import { FUNCTION_WORDS } from "./features.js";
import { SNIPPET_SENTENCES, type TextModel } from "./text-model.js";

/** A word or a sentence of the text, and how far the text's reading rests on it. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
  /**
   * How far the text's reading moves with it, in log-odds (with it less with it left out):
   * above 0 it weighs toward fresh, below toward rotten. (Log-odds, not probability: a text
   * read 99.9% sure moves its probability by nothing when one of several damning words is left
   * out, but its log-odds still move.)
   */
  shift: number;
}

/**
 * What a text's reading rests on: the words (in a text read whole, as a snippet) or the
 * sentences (in a longer one) that move it most when left out, each way.
 */
export interface TextEvidence {
  /** How likely the whole text reads positive (the text model's probability). */
  probability: number;
  unit: "word" | "sentence";
  positive: Evidence[];
  negative: Evidence[];
}

/** The most each way. */
const SHOWN = 3;
/** A word or sentence that moves the reading's log-odds by less than this weighs nothing worth naming. */
const LEAST_SHIFT = 0.1;
/**
 * At most this many readings again per text, so the cost stays a constant times one reading:
 * a snippet's words (a snippet of more is weighed by its sentences), or a longer text's
 * sentences that lean most on their own, either way.
 */
const MOST_WORDS = 60;
const MOST_SENTENCES = 20;
/**
 * And at most this many characters read again in all: a text at the analysis's bound (a
 * quarter of a million characters) weighs its 7 most leaning sentences, not 20.
 */
const MOST_CHARACTERS_READ = 2_000_000;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/**
 * What the text's reading rests on, by leaving each word (or sentence) out and reading the
 * text again: the same model, so what it names is what moved this reading, not a rule's guess.
 * Null when the model cannot read the text. For one text at a time (an admin's page, the
 * command line): it reads the text again up to MOST_WORDS times.
 */
export function textEvidence(model: TextModel, text: string): TextEvidence | null {
  const reading = model.read(text);
  if (reading.readable !== true) return null;
  const probability = reading.prediction.probability;
  const logit = reading.prediction.logit;
  const words = [...text.matchAll(WORD)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const snippet =
    reading.sentences.length <= SNIPPET_SENTENCES &&
    words.length <= MOST_WORDS &&
    words.length * text.length <= MOST_CHARACTERS_READ;
  const units = snippet
    ? words.filter((w) => !FUNCTION_WORDS.has(w.text.toLowerCase().replace("’", "'")))
    : [...reading.sentences]
        .sort((a, b) => Math.abs(b.lean) - Math.abs(a.lean))
        .slice(0, Math.min(MOST_SENTENCES, Math.floor(MOST_CHARACTERS_READ / text.length)))
        .map(({ text, start, end }) => ({ text, start, end }));
  const weighed = units.map((u) => {
    const without = `${text.slice(0, u.start)}${text.slice(u.end)}`;
    return { ...u, shift: logit - model.read(without).prediction.logit };
  });
  const strongest = (sign: 1 | -1) => {
    const seen = new Set<string>();
    return weighed
      .filter((e) => sign * e.shift >= LEAST_SHIFT)
      .sort((a, b) => sign * (b.shift - a.shift))
      .filter((e) => {
        const key = e.text.toLowerCase();
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .slice(0, SHOWN);
  };
  return {
    probability,
    unit: snippet ? "word" : "sentence",
    positive: strongest(1),
    negative: strongest(-1),
  };
}
