import { describe, expect, test } from "vitest";
import { gluedParts } from "./glued-sentences.js";
import { splitSentences } from "./sentences.js";

const parts = (text: string) => gluedParts({ text, start: 0, end: text.length }).map((p) => p.text);

describe("sentences run together without a space", () => {
  test("a stop or an ellipsis between a lowercase word and a capitalized one ends a part", () => {
    expect(parts("It's a pleasure watching them interact.Moore's wardrobe is a treat.")).toEqual([
      "It's a pleasure watching them interact.",
      "Moore's wardrobe is a treat.",
    ]);
    expect(parts("The movie is never boring!But the effect is repetitive...Still, go.")).toEqual([
      "The movie is never boring!",
      "But the effect is repetitive...",
      "Still, go.",
    ]);
    expect(parts("Check this one out.I give this picture 7 out of 10 stars.A must see.")).toEqual([
      "Check this one out.",
      "I give this picture 7 out of 10 stars.",
      "A must see.",
    ]);
  });

  test("not in abbreviations, initialisms or web addresses", () => {
    for (const text of [
      "St.Trinian's represents a travesty of the British comic tradition.",
      "Based on J.R.R.Tolkien's book, it soars.",
      "Mr.Smith goes to town, etc.Then it ends.",
      "Read the review at www.EmanuelLevy.com today.",
      "More at reviews.Example.com, or mail me@Home.net for more.",
      "A fine film vs.Jason's last one.",
      'Shea Whigham (Pvt.Wilson), "All The Real Girls", shows his skills.',
    ])
      expect(parts(text), text).toEqual([text]);
  });

  test("each part is verbatim, with where it is in the text", () => {
    const text = "Some intro. The cast is great.The script is not. End.";
    for (const sentence of splitSentences(text))
      for (const part of gluedParts(sentence))
        expect(text.slice(part.start, part.end)).toBe(part.text);
    const glued = splitSentences(text).flatMap(gluedParts);
    expect(glued.map((p) => p.text)).toEqual([
      "Some intro.",
      "The cast is great.",
      "The script is not.",
      "End.",
    ]);
  });

  test("a long run of them is read in one pass (a quadratic scan would take minutes here)", () => {
    expect(parts("word.Word ".repeat(50_000))).toHaveLength(50_001);
    expect(parts("a.b ".repeat(100_000))).toHaveLength(1);
    expect(parts(`${"www.Site ".repeat(50_000)}end`)).toHaveLength(1);
    // With no space anywhere, the words on either side are looked at a hundred letters deep:
    // past the first stop, the word before each holds a stop, so no part ends there.
    expect(parts("xx.Yy".repeat(200_000))).toHaveLength(2);
  });
});
