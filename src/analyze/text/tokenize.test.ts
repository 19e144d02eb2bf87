import { describe, expect, test } from "vitest";
import { sharedData } from "../../../test/helpers/shared-data.js";
import { readRows } from "../../ingest/csv/read-rows.js";
import { normalizeText } from "./normalize-text.js";
import { splitSentences } from "./sentences.js";
import { tokenize } from "./tokenize.js";

describe("tokenize", () => {
  test("raw, lowercased and Penn-Treebank text give the same tokens", () => {
    const raw = tokenize("It doesn't work, and it's “Birdman” (sort of)!");
    expect(raw).toEqual([
      "it",
      "does",
      "n't",
      "work",
      ",",
      "and",
      "it",
      "'s",
      '"',
      "birdman",
      '"',
      "(",
      "sort",
      "of",
      ")",
      "!",
    ]);
    expect(tokenize("it does n't work , and it 's `` birdman '' -lrb- sort of -rrb- !")).toEqual(
      raw,
    );
    expect(tokenize("IT DOESN'T WORK, AND IT'S \"BIRDMAN\" (SORT OF)!")).toEqual(raw);
  });

  test("HTML entities, curly apostrophes and hyphenated words", () => {
    expect(tokenize("rock-n-roll &amp; it&#39;s Moss’s")).toEqual([
      "rock-n-roll",
      "it",
      "'s",
      "moss",
      "'s",
    ]);
  });
});

describe("splitSentences", () => {
  const texts = (text: string) => splitSentences(text).map((s) => s.text);

  test("keeps text verbatim, skips abbreviations and initials, splits at blank lines", () => {
    const text =
      "Mr. Smith and J. R. Jones star. It's great!\n\nA new paragraph “Her Smell” ends here";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Mr. Smith and J. R. Jones star.",
      "It's great!",
      "A new paragraph “Her Smell” ends here",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  // imdb-reviews (2026-12-07, the forty-first session): a quote "It goes on far too long;
  // some of", a user's stray paragraph break inside a sentence.
  test("a blank line after a comma or a word no sentence ends on, before a lowercase word, ends none", () => {
    expect(texts("It goes on far too long; some of\n\n the content is cut. Fine.")).toEqual([
      "It goes on far too long; some of\n\n the content is cut.",
      "Fine.",
    ]);
    expect(texts("I liked it,\n\nbut not much.")).toEqual(["I liked it,\n\nbut not much."]);
    // A word a sentence can end on, a capital after, or a list item: a new sentence.
    expect(texts("It broke the record\n\nfirst of all the cast")).toEqual([
      "It broke the record",
      "first of all the cast",
    ]);
    expect(texts("Dear friends and family,\n\nI guess")).toEqual([
      "Dear friends and family,",
      "I guess",
    ]);
    expect(texts("The pros are\n\n- a fine cast")).toEqual(["The pros are", "a fine cast"]);
  });

  // rt-reviews (2026-12-07): Cobb's page quoted "No. But the new biographical film Cobb …".
  test('"No." abbreviates only before a number; as an answer it ends its sentence', () => {
    expect(
      texts("Pleasant? No. But the film is engrossing. It is No. 1 at the box office."),
    ).toEqual([
      "Pleasant?",
      "No.",
      "But the film is engrossing.",
      "It is No. 1 at the box office.",
    ]);
    expect(texts("Is it the best Bond yet? No. Is it a smart one? Yes.")).toHaveLength(4);
  });

  // rt-reviews and imdb-reviews (2026-12-07): "H.G. Wells" (24 uses), "D.W. Griffith" (21)
  // and "J.K. Rowling" (14) were cut in two, and a quote ended at "J.K.".
  test("an initialism before a name ends no sentence", () => {
    expect(texts("The Time Machine by H.G. Wells is great. So is D.W. Griffith's.")).toEqual([
      "The Time Machine by H.G. Wells is great.",
      "So is D.W. Griffith's.",
    ]);
    expect(texts("Adapted from J.R.R. Tolkien. It is long.")).toHaveLength(2);
  });

  // imdb-reviews (2026-12-07): "I really can't. It's simply too formulaic." was one sentence,
  // its "t." read as an initial (113 texts end a sentence on "n't." before "I" alone).
  test("a word cut by an apostrophe is no initial", () => {
    expect(texts("I really can't. It's simply too formulaic.")).toHaveLength(2);
    expect(texts("It was a hit in the 80's. The sequel was not.")).toHaveLength(2);
    expect(texts("i really ca n't . it 's too formulaic .")).toHaveLength(2);
    expect(texts("Great sets, costumes, etc. The cast is fine too.")).toHaveLength(2);
    // A blog's typographic ellipsis ends one as three stops do; within a line of a text
    // without capitals it does not.
    expect(texts("It was good… The acting was not.")).toEqual([
      "It was good…",
      "The acting was not.",
    ]);
    expect(texts("it was good… but the acting was not.")).toHaveLength(1);
    expect(texts("Directed by J. R. Smith. It is fine.")).toEqual([
      "Directed by J. R. Smith.",
      "It is fine.",
    ]);
  });

  test("a text written without capitals is split before lowercase words too", () => {
    expect(texts("i loved it. it was great! would see again")).toEqual([
      "i loved it.",
      "it was great!",
      "would see again",
    ]);
    // As research corpora print reviews: lowercased, tokenized, a sentence a line.
    const corpus =
      "plot : two friends go to a party . \nthey get lost . . . \nmr . smith helps , " +
      "but j . r . jones does not . \nit 's . . . fine , i guess . \n";
    expect(texts(corpus)).toEqual([
      "plot : two friends go to a party .",
      "they get lost . . .",
      "mr . smith helps , but j . r . jones does not .",
      "it 's . . . fine , i guess .",
    ]);
    // Not before a sentence has a word, within a line's ellipsis, or after an initialism.
    expect(
      texts("... a fine film... but too long. at 9 a.m. the next day, the L.A. crowd"),
    ).toEqual(["... a fine film... but too long.", "at 9 a.m. the next day, the L.A. crowd"]);
  });

  test("each item of a list is a sentence of its own, without its mark", () => {
    const text =
      "Pros:\n- great acting from the whole cast\n* a lovely score\n\nCons:\n1. far too long\n  2) the script is a mess\nOverall fine - not great.";
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual([
      "Pros:",
      "great acting from the whole cast",
      "a lovely score",
      "Cons:",
      "far too long",
      "the script is a mess\nOverall fine - not great.",
    ]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    // A dash within a line, or a number that is no item's, ends nothing.
    expect(splitSentences("A film - a good one\n2019 was its year").length).toBe(1);
    // A list's number is no sentence of its own, on a line of its own or not.
    expect(
      splitSentences("Why:\n1. The cast is superb.\n10. It ends well. 2. The score. It was 8.").map(
        (s) => s.text,
      ),
    ).toEqual(["Why:", "The cast is superb.", "It ends well.", "2. The score.", "It was 8."]);
  });

  test("a cased text is not split before lowercase words: they follow abbreviations", () => {
    for (const text of [
      "A film approx. two hours long. It drags.",
      "Tokyo vs. the world, etc. and more. Fine.",
      "it opens lowercase. Then a capital: so the text is cased. and this is one sentence.",
    ]) {
      const lower = splitSentences(text).filter((s) => /^\p{Ll}/u.test(s.text) && s.start > 0);
      expect(lower, text).toEqual([]);
    }
  });
});

describe("tokenize agrees with its reference expression", () => {
  const REFERENCE =
    /[\p{L}\p{N}]+(?:['\-.][\p{L}\p{N}]+)*(?:')?|n't|'(?:s|re|ve|ll|d|m)\b|[!?]+|[.,;:()"]/gu;
  const CONTRACTION = /n't$|'(?:s|re|ve|ll|d|m)$/;
  const reference = (text: string) =>
    [...normalizeText(text).toLowerCase().matchAll(REFERENCE)].flatMap((m) => {
      const word = m[0];
      const c = CONTRACTION.exec(word);
      return c && c.index > 0 ? [word.slice(0, c.index), c[0]] : [word];
    });

  test("on tricky strings", () => {
    for (const text of [
      "the critics' choice, u.s. and rock-n-roll!!! it'd 've 'll ''quoted'' 𝒜stral naïve café 3.5/4 a--b a'",
      "Moss’s “Birdman”... (sort of) don't, can't; won't: isn't? ’tis 'em",
      "",
      "!!??",
    ]) {
      expect(tokenize(text), text).toEqual(reference(text));
    }
  });

  const path = sharedData("rt-reviews", "rt.reviews.tsv.gz");
  test.skipIf(path === null)("on every review in rt-reviews", async () => {
    let checked = 0;
    for await (const { values } of readRows(path ?? "", { delimiter: "\t", encoding: "latin1" })) {
      const text = values.review ?? "";
      const got = tokenize(text);
      const want = reference(text);
      if (got.length !== want.length || got.some((t, i) => t !== want[i]))
        expect(got, text).toEqual(want);
      checked++;
    }
    expect(checked).toBe(54_432);
  });
});
