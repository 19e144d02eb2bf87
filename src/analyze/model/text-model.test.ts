import { describe, expect, test } from "vitest";
import { defaultTextModel } from "./default-model.js";
import { decodeTextModel, encodeTextModel } from "./model-file.js";
import { TextModel } from "./text-model.js";

const model = defaultTextModel();

describe("the committed text model", () => {
  test("reads clear snippets the right way, whatever their case or tokenization", () => {
    const positive = [
      "A dazzling, deeply moving film with a career-best performance.",
      "a dazzling , deeply moving film with a career-best performance .",
      "A DAZZLING, DEEPLY MOVING FILM WITH A CAREER-BEST PERFORMANCE.",
    ];
    const negative = ["A tedious, joyless slog.", "it is n't funny , and it is n't scary ."];
    for (const text of positive) expect(model.predict(text).probability, text).toBeGreaterThan(0.8);
    for (const text of negative) expect(model.predict(text).probability, text).toBeLessThan(0.3);
  });

  test("contrast clauses: the part after 'but' weighs in", () => {
    const a = model.predict("The cast is great, but the film is a tedious mess.").probability;
    const b = model.predict("The film is a tedious mess, but the cast is great.").probability;
    expect(a).toBeLessThan(b);
  });

  test("a clause leans from the reading of no words: plain description barely, judgements clearly", () => {
    expect(model.clauseLean("")).toBe(0);
    expect(model.neutralLogit).toBe(model.logit(""));
    const sentences = model.read("The film runs two hours. A dazzling, moving triumph.").sentences;
    for (const s of sentences) expect(s.lean).toBeCloseTo(s.logit - model.neutralLogit, 9);
    expect(model.clauseLean("a dazzling, moving triumph")).toBeGreaterThan(1);
    expect(model.clauseLean("a tedious, joyless slog")).toBeLessThan(-1);
  });

  test("the short readings' log-odds are their stack over their models' outputs, folded", () => {
    for (const text of [
      "A dazzling, moving triumph.",
      "A tedious, joyless slog.",
      "It runs two hours.",
    ]) {
      for (const kind of ["sentence", "snippet"] as const) {
        const { stack } = model.data.readings[kind];
        const outputs = model.modelOutputs(kind, text);
        const stacked = outputs.reduce(
          (z, v, i) => z + v * (stack.weights[i] as number),
          stack.bias,
        );
        const read = kind === "sentence" ? model.logit(text) : model.snippetLogit(text);
        expect(Math.abs(read - stacked), `${kind}: ${text}`).toBeLessThan(1e-5);
      }
    }
  });

  test("probabilities are probabilities and scores are on 0–100", () => {
    for (const text of ["", "x", "Fine.", "!!!", "a".repeat(5000)]) {
      const p = model.predict(text);
      expect(p.probability).toBeGreaterThanOrEqual(0);
      expect(p.probability).toBeLessThanOrEqual(1);
      expect(p.score).toBeGreaterThanOrEqual(0);
      expect(p.score).toBeLessThanOrEqual(100);
    }
  });

  test("a model survives encoding and decoding: the same predictions", () => {
    const again = new TextModel(decodeTextModel(encodeTextModel(model.data)));
    for (const text of ["Great fun.", "A dreary, overlong slog.", "It is a film about a man."]) {
      expect(again.predict(text).probability).toBeCloseTo(model.predict(text).probability, 4);
      expect(again.predict(text).score).toBeCloseTo(model.predict(text).score, 0);
    }
  });

  test("a file that is not a model is refused with a plain message", () => {
    expect(() => decodeTextModel(Buffer.from("not gzip"))).toThrow();
  });
});
