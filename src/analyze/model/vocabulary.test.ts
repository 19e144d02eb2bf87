import { describe, expect, test } from "vitest";
import { tokenize } from "../text/tokenize.js";
import { wordHashes } from "./features.js";
import {
  buildVocabulary,
  MAX_LOOKUPS,
  readsEnough,
  Vocabulary,
  type WordCount,
} from "./vocabulary.js";

const TEXTS = [
  "The acting is superb and the throat of the story holds.",
  "The acting is flat; the story drags you by the throat.",
  "A superb story, the acting slashing through it.",
  "Slashing, superb acting.",
];

const readsOf = (vocabulary: Vocabulary, ...sentences: string[]): true | WordCount => {
  const tokenLists = sentences.map(tokenize);
  return vocabulary.reads(tokenLists, tokenLists.map(wordHashes));
};

describe("the vocabulary", () => {
  test("keeps the words at least three texts use, sorted, whatever the texts' order", () => {
    const a = buildVocabulary(TEXTS, { minTexts: 3, minTextsShort: 3 });
    expect(a).toEqual(buildVocabulary([...TEXTS].reverse(), { minTexts: 3, minTextsShort: 3 }));
    expect([...a]).toEqual([...a].sort((x, y) => x - y));
    const vocabulary = new Vocabulary(a);
    const has = (word: string) => vocabulary.has(wordHashes([word])[0] as number);
    for (const word of ["the", "acting", "superb", "story"]) expect(has(word), word).toBe(true);
    for (const word of ["flat", "drags", "throat", "holds", "."])
      expect(has(word), word).toBe(false);
  });

  test("a short word must be in more texts to count: other languages' short words are in a few", () => {
    const short = new Vocabulary(buildVocabulary(TEXTS, { minTexts: 2, minTextsShort: 3 }));
    const has = (word: string) => short.has(wordHashes([word])[0] as number);
    expect(has("the")).toBe(true); // in three
    expect(has("is")).toBe(false); // in two
    expect(has("story")).toBe(true); // in two, and longer
  });

  test("counts words, not marks or numbers; a joined word is known when its parts are", () => {
    const vocabulary = new Vocabulary(buildVocabulary(TEXTS, { minTexts: 2, minTextsShort: 2 }));
    expect(readsOf(vocabulary, "The acting, 10/10!")).toBe(true);
    expect(readsOf(vocabulary, "ang ganda ng kwento")).toEqual({ words: 4, known: 0 });
    expect(readsOf(vocabulary, "throat-slashing ganda ng kwento")).toEqual({ words: 4, known: 1 });
    expect(readsOf(vocabulary, "throat-ripping ganda ng kwento")).toEqual({ words: 4, known: 0 });
    expect(readsOf(vocabulary, "🥰🥰 10/10")).toEqual({ words: 0, known: 0 });
    // One word it never learned is read; two of three are not.
    expect(readsOf(vocabulary, "Kileg")).toBe(true);
    expect(readsOf(vocabulary, "ganda acting kwento")).toEqual({ words: 3, known: 1 });
  });

  test("a long text is looked up at MAX_LOOKUPS tokens spread evenly through it, across its sentences", () => {
    const vocabulary = new Vocabulary(buildVocabulary(TEXTS, { minTexts: 2, minTextsShort: 2 }));
    expect(readsOf(vocabulary, "The acting is superb.", "Ang ganda ng kwento.")).toBe(true);
    expect(readsOf(vocabulary, "The acting.", "Ang ganda ng kwento.")).toEqual({
      words: 6,
      known: 2,
    });
    const known = "the acting is superb ".repeat(50);
    const foreign = "ang ganda ng kwento ".repeat(150);
    const quarter = readsOf(vocabulary, known, foreign) as WordCount;
    expect(quarter.words).toBeLessThanOrEqual(MAX_LOOKUPS);
    expect(quarter.words).toBeGreaterThan(MAX_LOOKUPS / 2);
    expect(quarter.known / quarter.words).toBeCloseTo(1 / 4, 1);
    const seventh = readsOf(vocabulary, foreign, known, foreign) as WordCount;
    expect(seventh.known / seventh.words).toBeCloseTo(1 / 7, 1);
    expect(readsOf(vocabulary, foreign, known.repeat(8), foreign)).toBe(true);
  });

  test("reads a text with words, half of them known or only one not", () => {
    expect(readsEnough({ words: 0, known: 0 })).toBe(false);
    expect(readsEnough({ words: 1, known: 0 })).toBe(true);
    expect(readsEnough({ words: 2, known: 0 })).toBe(false);
    expect(readsEnough({ words: 4, known: 2 })).toBe(true);
    expect(readsEnough({ words: 5, known: 2 })).toBe(false);
    expect(readsEnough({ words: 3, known: 1 })).toBe(false);
  });
});
