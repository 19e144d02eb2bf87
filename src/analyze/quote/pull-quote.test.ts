import { describe, expect, test } from "vitest";
import type { SentenceReading } from "../model/text-model.js";
import { pullQuote } from "./pull-quote.js";

const sentence = (text: string, logit: number): SentenceReading => ({
  text,
  logit,
  score: 0.5,
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

  test("nothing qualifies: no quote", () => {
    expect(pullQuote([sentence("Too short.", 4)], "positive")).toBeNull();
  });
});
