import { describe, expect, test } from "vitest";
import type { SentenceReading } from "../model/text-model.js";
import { pullQuote } from "./pull-quote.js";

const sentence = (text: string, lean: number): SentenceReading => ({
  text,
  logit: lean,
  lean,
  start: 0,
  end: text.length,
});

describe("pull quote", () => {
  const sentences = [
    sentence("The film follows a young woman named Ada who moves to Paris for work.", 2.5),
    sentence("Ada (Jane Doe) falls for her boss, a widower with secrets of his own.", 2),
    sentence("It is a warm, funny and quietly devastating film that earns every tear.", 3),
    sentence("Too short.", 5),
    sentence("Sadly the last half hour drags on and on and never finds an ending.", -2),
  ];

  test("the sentence that carries the verdict, not plot summary, 8–35 words", () => {
    expect(pullQuote(sentences, "positive", ["Ada"])).toBe(
      "It is a warm, funny and quietly devastating film that earns every tear.",
    );
  });

  test("a negative review gets a negative quote", () => {
    expect(pullQuote(sentences, "negative", ["Ada"])).toBe(
      "Sadly the last half hour drags on and on and never finds an ending.",
    );
  });

  test("every text gets a quote: a short snippet is its own", () => {
    expect(pullQuote([sentence("Too short.", 4)], "positive")).toBe("Too short.");
    expect(pullQuote([sentence("Not good.", -3)], "positive")).toBe("Not good.");
  });

  test("a qualifying sentence beats a short one that leans harder", () => {
    expect(pullQuote(sentences.slice(2, 4), "positive")).toBe(sentences[2]?.text);
  });

  test("only over-long sentences: the start of the longest, cut at a word", () => {
    const long = `${"word ".repeat(50)}end.`;
    const quote = pullQuote([sentence(long, 2)], "positive");
    expect(quote).toBe(`${"word ".repeat(30).trim()} …`);
  });

  test("no words at all: no quote", () => {
    expect(pullQuote([sentence("!!! ???", 0)], "positive")).toBeNull();
    expect(pullQuote([], null)).toBeNull();
  });
});
