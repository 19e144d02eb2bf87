import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { sharedSeed } from "../../../test/helpers/shared-data.js";
import { packageRoot } from "../../package-root.js";
import { defaultTextModel, TEXT_MODEL_FILE } from "./default-model.js";
import { decodeTextModel, encodeTextModel, readTextModelFile } from "./model-file.js";
import { TextModel } from "./text-model.js";

const model = defaultTextModel();

/** A story told (rt.movie_info's way), and two opinions of the film it is. */
const PLOT =
  "Jimmy Doyle and his partner are New York City detectives on narcotics detail. They try to " +
  "track down the source of heroin smuggled in from Europe. A French drug kingpin supplies " +
  "much of the city's dope, and a hired killer works for him.";
const PAN =
  "The film is a tedious, badly acted mess. Hackman has never been worse. It is one of the " +
  "dullest police dramas ever made.";
const RAVE =
  "The film is a tense, superbly acted thriller. Hackman has never been better. It is one of " +
  "the best police dramas ever made.";

describe("the committed text model", () => {
  test("a long text's reading, gathered from its sentences' features, is its extract's to the last bit", () => {
    const again = new TextModel(model.data, { shareFeatures: false });
    const seedPath = sharedSeed();
    const texts = [
      ...(seedPath ? [readFileSync(seedPath, "utf8")] : []),
      "It is not good. Not at all. But the cast is great. The plot, however, is not. A slog!",
      // A sentence that ends at no clause mark carries its negation over: read whole again.
      "I did not like it\n\nnor the ending. It drags. It never ends. It is dull.",
      "Funny. Funny. Funny funny. Funny? Yes, funny!!! Really funny.",
      'What a film... Truly. (An aside.) "Quoted." The end; and more: words.',
      "One. Two. Three. Four. Five, six, seven. Eight; nine. Ten.",
      // The story told, then the opinion: the extract is the opinion alone, or all of it.
      `${PLOT} ${PAN}`,
      `${RAVE} ${PLOT}`,
      `${PLOT} It is dull.`,
    ];
    for (const text of texts) {
      const shared = model.read(text);
      const whole = again.read(text);
      expect(shared.sentences.length, text).toBeGreaterThan(3);
      expect(shared.prediction.logit, text).toBe(whole.prediction.logit);
      expect(shared.sentences.map((s) => s.logit)).toEqual(whole.sentences.map((s) => s.logit));
    }
  });

  test("a long text's long reading reads the sentences that give an opinion, not the story they retell", () => {
    // Sentences 0–2 tell the story; 3–5 judge the film.
    expect(model.extract(`${PLOT} ${PAN}`)).toEqual([3, 4, 5]);
    expect(model.extract(`${PAN} ${PLOT}`)).toEqual([0, 1, 2]);
    // Fewer than two sentences of opinion: the whole text is read.
    expect(model.extract(`${PLOT} It is dull.`)).toEqual([0, 1, 2, 3]);
    expect(model.predict(`${PLOT} ${PAN}`).probability).toBeLessThan(0.1);
    expect(model.predict(`${PLOT} ${RAVE}`).probability).toBeGreaterThan(0.9);
  });

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

  test("a rating's verdict is surer the further the rating is from the threshold, never less", () => {
    const rotten = [5, 15, 25, 35, 45, 55].map((s) => model.ratingConfidence(s, false));
    const fresh = [65, 75, 85, 95].map((s) => model.ratingConfidence(s, true));
    for (let i = 1; i < rotten.length; i++)
      expect(rotten[i]).toBeLessThanOrEqual(rotten[i - 1] as number);
    for (let i = 1; i < fresh.length; i++)
      expect(fresh[i]).toBeGreaterThanOrEqual(fresh[i - 1] as number);
    // "1 of 10" had read as 73% sure rotten, "2 of 10" as 99%.
    expect(model.ratingConfidence(10, false)).toBeGreaterThan(0.95);
  });

  test("a model survives encoding and decoding: the same predictions", () => {
    const again = new TextModel(decodeTextModel(encodeTextModel(model.data)));
    for (const text of ["Great fun.", "A dreary, overlong slog.", "It is a film about a man."]) {
      expect(again.predict(text).probability).toBeCloseTo(model.predict(text).probability, 4);
      expect(again.predict(text).score).toBeCloseTo(model.predict(text).score, 0);
    }
  });

  test("the words the models learned survive encoding; a file without them reads every text", () => {
    const vocabulary = model.data.vocabulary as Uint32Array;
    expect(vocabulary.length).toBeGreaterThan(10_000);
    const again = decodeTextModel(encodeTextModel(model.data));
    expect(again.vocabulary).toEqual(vocabulary);
    const foreign = "ang ganda ng kwento pero sobrang haba naman ng pelikulang ito";
    expect(model.read(foreign).readable).not.toBe(true);
    const { vocabulary: _, ...without } = model.data;
    const old = decodeTextModel(encodeTextModel(without));
    expect(old.vocabulary).toBeUndefined();
    expect(new TextModel(old).read(foreign).readable).toBe(true);
    // A file cut short inside its words is refused with a plain message.
    const body = encodeTextModel(model.data);
    expect(() => decodeTextModel(body.subarray(0, body.length - 8))).toThrow(/cut short/);
    // … and one cut inside its weights, read as a file of its own (it had been a RangeError).
    expect(() => decodeTextModel(Buffer.from(body.subarray(0, body.length / 2)))).toThrow(
      /cut short/,
    );
  });

  test("weights are read in place from the file, and a file that does not align them still reads", () => {
    const file = readFileSync(join(packageRoot(), "models", TEXT_MODEL_FILE));
    const decoded = decodeTextModel(file);
    // Every model's weights are views into the file's one buffer: no copies.
    expect(new Set(decoded.linears.map((l) => l.weights.buffer)).size).toBe(1);
    expect(decoded.linears[0]?.weights.buffer).toBe(file.buffer);
    // The same file with its header one byte longer, as files were before the padding, and
    // gzipped, as they were before 2026-12-05.
    const body = file;
    const jsonLength = body.readUInt32LE(6);
    const header = body.subarray(10, 10 + jsonLength);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(jsonLength + 1);
    const odd = gzipSync(
      Buffer.concat([
        body.subarray(0, 6),
        length,
        header,
        Buffer.from(" "),
        body.subarray(10 + jsonLength),
      ]),
      { level: 1 },
    );
    const bytes = (w: Int16Array | Float32Array) =>
      Buffer.from(w.buffer, w.byteOffset, w.byteLength);
    const again = decodeTextModel(odd).linears.map((l) => bytes(l.weights));
    for (const [i, l] of decoded.linears.entries())
      expect(bytes(l.weights).equals(again[i] as Buffer), `model ${i}`).toBe(true);
  });

  test("read for reading texts, the weights stay in the file until asked for, and read alike", () => {
    const path = join(packageRoot(), "models", TEXT_MODEL_FILE);
    const decoded = decodeTextModel(readFileSync(path));
    const inFile = readTextModelFile(path, (data) => data);
    const { linears: _, ...header } = decoded;
    const { linears, ...headerInFile } = inFile;
    expect(headerInFile).toEqual(header);
    const bytes = (w: Int16Array | Float32Array) =>
      Buffer.from(w.buffer, w.byteOffset, w.byteLength);
    for (const [i, linear] of linears.entries()) {
      const whole = decoded.linears[i]?.weights as Int16Array;
      // A block from the middle, and one that runs past the end (only what is there is read).
      for (const from of [12_345, whole.length - 10]) {
        const block = new Int16Array(100);
        if (linear.readWeights) linear.readWeights(block, from);
        else block.set(linear.weights.subarray(from, from + 100));
        const expected = whole.subarray(from, from + 100);
        expect(bytes(block.subarray(0, expected.length)).equals(bytes(expected))).toBe(true);
      }
    }
    expect(
      bytes(linears[1]?.weights as Int16Array).equals(
        bytes(decoded.linears[1]?.weights as Int16Array),
      ),
    ).toBe(true);
    // Folded block by block from the file, the readings are the same to the last bit.
    const fromFile = readTextModelFile(path, (data) => new TextModel(data));
    const whole = new TextModel(decoded);
    for (const text of [
      "A dazzling, moving triumph.",
      PAN,
      `${PLOT} ${RAVE}`,
      `${RAVE} ${PAN} ${PLOT}`,
    ])
      expect(fromFile.read(text).prediction.logit).toBe(whole.read(text).prediction.logit);
  });

  test("a model file cut short, or no model, is refused as it is read for texts", () => {
    const dir = mkdtempSync(join(tmpdir(), "cinemeter-model-"));
    try {
      const file = readFileSync(join(packageRoot(), "models", TEXT_MODEL_FILE));
      const write = (name: string, body: Buffer) => {
        writeFileSync(join(dir, name), body);
        return join(dir, name);
      };
      for (const end of [file.length - 8, 40, 8])
        expect(() =>
          readTextModelFile(write(`cut-${end}`, file.subarray(0, end)), (data) => data),
        ).toThrow(/cut short|not a Cinemeter text model/);
      expect(() =>
        readTextModelFile(write("cut-mid", file.subarray(0, file.length / 2)), (data) => data),
      ).toThrow(/cut short/);
      expect(() =>
        readTextModelFile(write("text", Buffer.from("not a model")), (data) => data),
      ).toThrow(/not a Cinemeter text model/);
      // The folded models' weights stay in the file, the subjectivity model's are read at
      // once; a file changed after the load is refused, not mixed with the model read from it.
      const copy = write("copy.bin", file);
      const read = readTextModelFile(copy, (data) => data);
      expect(read.linears.map((l) => l.readWeights !== undefined)).toEqual(
        read.linears.map((_, i) => i !== read.subjectivity),
      );
      utimesSync(copy, new Date(), new Date(Date.now() + 60_000));
      expect(() => read.linears[0]?.weights).toThrow(/changed after it was loaded/);
      expect(read.linears[read.subjectivity as number]?.weights.length).toBe(1 << 21);
      // A gzipped file of an earlier version is read whole, as decodeTextModel reads it.
      const old = readTextModelFile(write("old.gz", gzipSync(file, { level: 1 })), (data) => data);
      expect(old.vocabulary).toEqual(model.data.vocabulary);
      expect(old.linears[0]?.readWeights).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a file that is not a model is refused with a plain message", () => {
    expect(() => decodeTextModel(Buffer.from("not a model"))).toThrow(/not a Cinemeter text model/);
    expect(() => decodeTextModel(gzipSync(Buffer.from("not a model")))).toThrow(
      /not a Cinemeter text model/,
    );
    // A gzip header and nothing sound after it: said plainly, not as zlib's error alone.
    expect(() => decodeTextModel(Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]))).toThrow(
      /not a Cinemeter text model file: it cannot be decompressed/,
    );
  });
});
