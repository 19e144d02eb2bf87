import { describe, expect, test } from "vitest";
import { defaultTextModel } from "./default-model.js";
import { type Evidence, textEvidence } from "./text-evidence.js";
import { TextModel } from "./text-model.js";

const model = defaultTextModel();

/** Every piece of evidence names its place in the text and leans its side's way. */
function expectWellFormed(text: string, positive: Evidence[], negative: Evidence[]) {
  for (const e of positive) expect(e.shift).toBeGreaterThan(0);
  for (const e of negative) expect(e.shift).toBeLessThan(0);
  for (const e of [...positive, ...negative]) expect(text.slice(e.start, e.end)).toBe(e.text);
  const sizes = (list: Evidence[]) => list.map((e) => Math.abs(e.shift));
  for (const list of [positive, negative]) {
    expect(list.length).toBeLessThanOrEqual(3);
    expect(sizes(list)).toEqual([...sizes(list)].sort((a, b) => b - a));
  }
}

describe("textEvidence", () => {
  test("a snippet's reading rests on its judging words, each way, as reading it again without each says", () => {
    const text = "A dull, lifeless, tedious bore, though the score is lovely.";
    const evidence = textEvidence(model, text);
    expect(evidence?.unit).toBe("word");
    const { positive, negative } = evidence ?? { positive: [], negative: [] };
    expectWellFormed(text, positive, negative);
    expect(positive.map((e) => e.text)).toContain("lovely");
    expect(
      negative.map((e) => e.text).filter((w) => /dull|lifeless|tedious|bore/.test(w)),
    ).toHaveLength(3);
    // Each shift is what it says: the reading's log-odds with the word, less without it.
    const first = negative[0] as Evidence;
    const without = `${text.slice(0, first.start)}${text.slice(first.end)}`;
    expect(first.shift).toBeCloseTo(model.predict(text).logit - model.predict(without).logit, 10);
    expect(evidence?.probability).toBeCloseTo(model.predict(text).probability, 10);
  });

  test("words that judge nothing themselves are not named", () => {
    const text = "The scenery's great and the performances adequate, but wake me when it's over.";
    const evidence = textEvidence(model, text);
    const named = [...(evidence?.positive ?? []), ...(evidence?.negative ?? [])].map((e) =>
      e.text.toLowerCase(),
    );
    expect(named).toContain("great");
    for (const word of ["the", "and", "it's"]) expect(named).not.toContain(word);
  });

  test("a longer text's reading rests on its sentences, and is weighed by a bounded number of readings", () => {
    const praise = [
      "The lead performance is a gorgeous, moving triumph.",
      "Its final act is thrilling and beautifully made.",
      "The score is lovely and the camera work superb.",
    ];
    const faults = [
      "The middle stretch is a dull and tedious slog.",
      "Its dialogue is clumsy, lifeless and embarrassing.",
      "The villain is a boring, forgettable mess.",
    ];
    const story = Array.from(
      { length: 54 },
      (_, i) =>
        `In chapter ${["one", "two", "three", "four", "five", "six"][i % 6]} the ${["sheriff", "baker", "pilot", "teacher", "nurse", "farmer", "clerk", "sailor", "miner"][i % 9]} drives to the ${["harbor", "station", "market", "chapel", "bridge", "mill"][Math.floor(i / 9)]}.`,
    );
    const sentences = [
      ...story.slice(0, 20),
      ...praise,
      ...story.slice(20, 40),
      ...faults,
      ...story.slice(40),
    ];
    const text = sentences.join(" ");
    const counting = new TextModel(model.data);
    let readings = 0;
    const read = counting.read.bind(counting);
    counting.read = (t: string) => {
      readings++;
      return read(t);
    };
    const evidence = textEvidence(counting, text);
    expect(evidence?.unit).toBe("sentence");
    expectWellFormed(text, evidence?.positive ?? [], evidence?.negative ?? []);
    for (const e of [...(evidence?.positive ?? []), ...(evidence?.negative ?? [])])
      expect(sentences).toContain(e.text);
    expect(praise).toContain(evidence?.positive[0]?.text);
    expect(faults).toContain(evidence?.negative[0]?.text);
    // The whole text, and its 20 most leaning sentences left out one at a time: not 60.
    expect(readings).toBe(21);
  });

  test("a text at the analysis's bound is weighed by no more than 2 million characters read again", () => {
    const text = "The plot is thin. The acting is superb. ".repeat(6554).slice(0, 262_144);
    const counting = new TextModel(model.data);
    let characters = 0;
    const read = counting.read.bind(counting);
    counting.read = (t: string) => {
      characters += t.length;
      return read(t);
    };
    expect(textEvidence(counting, text)?.unit).toBe("sentence");
    // The text itself, and 7 readings without one of its sentences.
    expect(characters).toBeLessThanOrEqual(text.length + 2_000_000);
    expect(characters).toBeGreaterThan(text.length * 7);
  });

  test("nothing where the model cannot read the text", () => {
    expect(textEvidence(model, "ganda ng suntukan, grabe talaga ang pelikulang ito")).toBeNull();
  });
});
