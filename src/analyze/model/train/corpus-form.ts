import { splitSentences } from "../../text/sentences.js";

/**
 * A review as research corpora print theirs (Pang & Lee's polarity v2.0 of critics' full
 * reviews, their sentence polarity set, SST): lowercased, punctuation spaced off the words, a
 * sentence a line. No capital marks where a sentence starts: the report reads held-out reviews
 * this way to measure that the analysis still finds their sentences.
 *
 * @example inCorpusForm("It's slow. But (mostly) fine!") // "it's slow . \nbut ( mostly ) fine ! \n"
 */
export function inCorpusForm(text: string): string {
  return splitSentences(text)
    .map((s) => `${spacedOff(s.text.toLowerCase())} \n`)
    .join("");
}

const PUNCTUATION = /([.,;:!?()"])/g;

function spacedOff(sentence: string): string {
  return sentence.replace(PUNCTUATION, " $1 ").replace(/\s+/g, " ").trim();
}
