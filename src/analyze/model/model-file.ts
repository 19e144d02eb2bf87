import { closeSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import type { FeatureConfig } from "./features.js";
import type { ScoreMap } from "./score-map.js";

/**
 * A linear model over one feature space: w·x + b with w = scale × weights. Models read from
 * a file keep their int16 weights (half the memory a float would take, so the hashed
 * buckets stay closer to the CPU); freshly trained ones have float weights and scale 1.
 */
export interface StoredLinear {
  features: FeatureConfig;
  weights: Float32Array | Int16Array;
  scale: number;
  bias: number;
  /**
   * Present when the weights stay in their file until asked for (readTextModelFile): fills
   * `into` with the int16 weights from index `from` on, without reading them all.
   */
  readWeights?(into: Int16Array, from: number): void;
}

/** A logistic stack: p = σ(weights · inputs + bias). */
export interface Stack {
  weights: number[];
  bias: number;
}

/** One way of reading a text: which linear models it runs, and the stack over their outputs. */
export interface Reading {
  /** Indices into `linears`; the stack reads their outputs in this order (then, for long texts, the sentence features). */
  models: number[];
  stack: Stack;
}

/** Everything a text model file holds. */
export interface TextModelData {
  /** The linear models, each over its own hashed features; `names` says what each is. */
  linears: StoredLinear[];
  names: string[];
  /**
   * `sentence`: each sentence of a long text, and any clause (cheap: one featurization);
   * `snippet`: a text of a few sentences, read whole; `long`: a longer text, read whole and
   * through its sentences (see LONG_SENTENCE_INPUTS in text-model.ts).
   */
  readings: { sentence: Reading; snippet: Reading; long: Reading };
  /**
   * Index into `linears` of the subjectivity model (a sentence's log-odds of giving an opinion
   * rather than telling the story): the long reading's models read a long text's subjective
   * sentences alone. Absent in files from before it: they read the whole text.
   */
  subjectivity?: number;
  /**
   * The words the models learned, as sorted hashes (see vocabulary.ts): a text most of whose
   * words are not among them is not read. Absent in files from before it: every text is read.
   */
  vocabulary?: Uint32Array;
  /** Log-odds → 0–100 score, for snippets and for long texts (see score-map.ts). */
  scoreMaps: { snippet: ScoreMap; long: ScoreMap };
  /**
   * How often a review whose rating scores in each tenth of 0–100 (0–10, 10–20 …) is
   * positive: the confidence of a verdict that comes from a rating.
   */
  ratingCalibration: number[];
  /**
   * How often a review rated with exactly this score is positive, for the scores common enough
   * in the training films to be measured on their own ([score, share], score ascending): a
   * 2½ of 4 (62.5) is not a 3 of 5 (60). Absent in files from before it: the tenths serve.
   */
  ratingShares?: Array<[number, number]>;
  /**
   * The share of positive reviews a text's calibrated probability assumes (the training
   * films' critics'), so a reading can be weighed with a rating's own share
   * (rating-on-the-fence.ts).
   */
  freshShare?: number;
  /**
   * How much a text's evidence weighs on a rating on the fence (rating-on-the-fence.ts), fit
   * on the validation films' such reviews by the models that had not seen them.
   */
  fenceWeight?: number;
  /**
   * How much a text's evidence weighs on the confidence of a verdict that comes from a rating
   * off the fence (rating-with-text.ts), fit on the validation films' such reviews by the
   * models that had not seen them. Absent in files from before it: the rating's share alone.
   */
  ratedTextWeight?: number;
  /** How the model was made and how it scored; written into models/REPORT.md too. */
  meta: Record<string, unknown>;
}

const MAGIC = "CMTM2\n";

interface LinearHeader {
  features: FeatureConfig;
  bias: number;
  scale: number;
}

type Header = Omit<TextModelData, "linears" | "vocabulary"> & {
  linears: LinearHeader[];
  /** How many word hashes follow the weights (none when absent). */
  vocabularySize?: number;
};

/**
 * Encodes a model: a magic line, a JSON header, then each weight vector as int16 quantized
 * with its own scale, then the vocabulary. Not compressed: decompressing the 27 MB took 130 ms
 * of a model load (gzip, brotli and every level alike), which reading them does not, and git
 * compresses what it stores as well as gzip did (older gzipped files still read).
 * Deterministic: the same model gives the same bytes.
 */
export function encodeTextModel(model: TextModelData): Buffer {
  const arrays = model.linears.map((l) =>
    l.weights instanceof Int16Array
      ? { values: l.weights, scale: l.scale }
      : quantize(l.weights, l.scale),
  );
  const { vocabulary, ...rest } = model;
  const header: Header = {
    ...rest,
    linears: model.linears.map((l, i) => ({
      features: l.features,
      bias: l.bias,
      scale: arrays[i]?.scale as number,
    })),
    ...(vocabulary ? { vocabularySize: vocabulary.length } : {}),
  };
  // Padded with a space when needed so the weights start at an even offset: read back, they
  // are views into the file's bytes, not copies (JSON.parse ignores the space).
  let json = Buffer.from(JSON.stringify(header), "utf8");
  if ((MAGIC.length + 4 + json.length) % 2 !== 0) json = Buffer.concat([json, Buffer.from(" ")]);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(json.length);
  const body = Buffer.concat([
    Buffer.from(MAGIC, "latin1"),
    length,
    json,
    ...arrays.map((a) => Buffer.from(a.values.buffer, a.values.byteOffset, a.values.byteLength)),
    ...(vocabulary ? [littleEndianWords(vocabulary)] : []),
  ]);
  return body;
}

/**
 * Decodes what {@link encodeTextModel} wrote, or a gzipped file of an earlier version; throws
 * with a plain message on anything else.
 */
export function decodeTextModel(file: Buffer): TextModelData {
  const body = isGzip(file) ? gunzipped(file) : file;
  const { header, starts, vocabulary } = layoutOf(body.length, (at, length) =>
    body.subarray(at, at + length),
  );
  const linears = header.linears.map((entry, i): StoredLinear => {
    const size = 1 << entry.features.bits;
    const start = body.byteOffset + (starts[i] as number);
    const weights =
      start % 2 === 0
        ? new Int16Array(body.buffer, start, size)
        : new Int16Array(body.buffer.slice(start, start + size * 2)); // a file from before the padding
    return { features: entry.features, weights, scale: entry.scale, bias: entry.bias };
  });
  return vocabulary ? { ...header, linears, vocabulary } : { ...header, linears };
}

/**
 * A model file read for reading texts, handed to `use` (which builds the TextModel): as
 * decodeTextModel reads it, but the weights of the models the readings fold stay in the file
 * until asked for (`weights` reads them whole, once; `readWeights` a block); the others' (the
 * subjectivity model's) are read at once. The readings fold their models block by block
 * (text-model.ts), so a process that only reads texts never holds the 22 MB of raw weights it
 * folds: their first touch of fresh memory took much of a load on a machine whose page faults
 * are slow (docs/PERFORMANCE.md, "where the model's load goes"). The file stays open while
 * `use` runs, so its folds read through one descriptor; a read after it opens the file again.
 * A gzipped file of an earlier version is read whole.
 */
export function readTextModelFile<T>(path: string, use: (data: TextModelData) => T): T {
  const fd = openSync(path, "r");
  const { size, mtimeMs } = fstatSync(fd);
  const file: OpenModelFile = { path, size, modified: mtimeMs, fd };
  try {
    if (isGzip(readAt(fd, 0, Math.min(size, 2)))) return use(decodeTextModel(readFileSync(path)));
    const { header, starts, vocabulary } = layoutOf(size, (at, length) => readAt(fd, at, length));
    // The models no reading folds (the subjectivity model's) are read raw: read now, whole.
    const { sentence, snippet, long } = header.readings;
    const folded = new Set([...sentence.models, ...snippet.models, ...long.models]);
    const linears = header.linears.map((entry, i): StoredLinear => {
      const linear = weightsInFile(file, starts[i] as number, 1 << entry.features.bits, entry);
      if (folded.has(i)) return linear;
      return {
        features: entry.features,
        scale: entry.scale,
        bias: entry.bias,
        weights: linear.weights,
      };
    });
    return use(vocabulary ? { ...header, linears, vocabulary } : { ...header, linears });
  } finally {
    file.fd = null;
    closeSync(fd);
  }
}

/** A model file as its weights are read: open (`fd`) while its model is being built. */
interface OpenModelFile {
  path: string;
  size: number;
  modified: number;
  fd: number | null;
}

/**
 * Where a model file's parts lie, from its bytes as `bytesAt` gives them (`size` in all): its
 * header, each linear model's first byte, and its vocabulary; throws with a plain message on a
 * file of another kind or one cut short.
 */
function layoutOf(
  size: number,
  bytesAt: (at: number, length: number) => Buffer,
): { header: Omit<Header, "vocabularySize">; starts: number[]; vocabulary?: Uint32Array } {
  const cutShort = () => new Error("the text model file is cut short; run cinemeter train");
  const jsonStart = MAGIC.length + 4;
  const start = bytesAt(0, Math.min(size, jsonStart));
  if (start.toString("latin1", 0, MAGIC.length) !== MAGIC)
    throw new Error("not a Cinemeter text model file of this version; run cinemeter train");
  if (start.length < jsonStart) throw cutShort();
  const jsonLength = start.readUInt32LE(MAGIC.length);
  if (jsonStart + jsonLength > size) throw cutShort();
  const { vocabularySize, ...header } = JSON.parse(
    bytesAt(jsonStart, jsonLength).toString("utf8"),
  ) as Header;
  let offset = jsonStart + jsonLength;
  const starts = header.linears.map((entry) => {
    const at = offset;
    offset += (1 << entry.features.bits) * 2;
    return at;
  });
  if (offset + (vocabularySize ?? 0) * 4 > size) throw cutShort();
  if (vocabularySize === undefined) return { header, starts };
  const bytes = bytesAt(offset, vocabularySize * 4);
  const vocabulary = new Uint32Array(vocabularySize);
  for (let i = 0; i < vocabularySize; i++) vocabulary[i] = bytes.readUInt32LE(i * 4);
  return { header, starts, vocabulary };
}

/**
 * A linear model whose `size` int16 weights start at byte `offset` of the file. Read after
 * the model was built (training's paths, tests), the file is opened again, and one that
 * changed since is refused, not mixed with the model loaded from it.
 */
function weightsInFile(
  file: OpenModelFile,
  offset: number,
  size: number,
  entry: LinearHeader,
): StoredLinear {
  let whole: Int16Array | null = null;
  const readFrom = (fd: number, into: Int16Array, from: number) => {
    const bytes = Buffer.from(into.buffer, into.byteOffset, Math.min(into.length, size - from) * 2);
    if (readSync(fd, bytes, 0, bytes.length, offset + from * 2) !== bytes.length)
      throw new Error("the text model file is cut short; run cinemeter train");
  };
  const read = (into: Int16Array, from: number) => {
    if (file.fd !== null) return readFrom(file.fd, into, from);
    const fd = openSync(file.path, "r");
    try {
      const now = fstatSync(fd);
      if (now.size !== file.size || now.mtimeMs !== file.modified)
        throw new Error(
          `the text model ${file.path} changed after it was loaded; start again to read the new one`,
        );
      readFrom(fd, into, from);
    } finally {
      closeSync(fd);
    }
  };
  return {
    features: entry.features,
    scale: entry.scale,
    bias: entry.bias,
    get weights() {
      if (whole === null) {
        whole = new Int16Array(size);
        read(whole, 0);
      }
      return whole;
    },
    readWeights: read,
  };
}

/** `length` bytes of the file from `position` (fewer where it ends). */
function readAt(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const read = readSync(fd, bytes, done, length - done, position + done);
    if (read === 0) break;
    done += read;
  }
  return done === length ? bytes : bytes.subarray(0, done);
}

/** 32-bit words as little-endian bytes, whatever the machine's own order. */
function littleEndianWords(words: Uint32Array): Buffer {
  const bytes = Buffer.alloc(words.length * 4);
  for (let i = 0; i < words.length; i++) bytes.writeUInt32LE(words[i] as number, i * 4);
  return bytes;
}

/** A gzipped file's bytes, or a plain message why they cannot be had. */
function gunzipped(file: Buffer): Buffer {
  try {
    return gunzipSync(file, { chunkSize: outputChunkSize(file) });
  } catch (error) {
    throw new Error(
      `not a Cinemeter text model file: it cannot be decompressed (${(error as Error).message}); run cinemeter train`,
    );
  }
}

/** Whether the bytes start as a gzip member does (a model file before 2026-12-05's). */
const isGzip = (file: Buffer) => file.length >= 2 && file[0] === 0x1f && file[1] === 0x8b;

/** The most a model file is taken to hold once decompressed, for sizing the output in one piece. */
const MAX_ONE_PIECE = 256 * 1024 * 1024;

/**
 * A gzip member ends with its uncompressed size (mod 2³²): decompressing into one buffer of
 * that size spares gunzip's default of 16 KB pieces joined at the end, a second copy of
 * every byte. A size past MAX_ONE_PIECE (or a file too short to say) keeps the default.
 */
function outputChunkSize(file: Buffer): number {
  const DEFAULT = 16 * 1024;
  if (file.length < 18) return DEFAULT;
  const size = file.readUInt32LE(file.length - 4);
  // (zlib takes pieces of 64 bytes or more.)
  return size > 0 && size <= MAX_ONE_PIECE ? Math.max(64, size + 1) : DEFAULT;
}

function quantize(
  weights: Float32Array,
  modelScale: number,
): { values: Int16Array; scale: number } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const step = max > 0 ? max / 32767 : 1;
  const values = new Int16Array(weights.length);
  for (let i = 0; i < weights.length; i++) values[i] = Math.round((weights[i] as number) / step);
  return { values, scale: step * modelScale };
}
