import { readFile } from "node:fs/promises";
import { gunzipSync } from "node:zlib";
import { decodeHTML } from "entities";
import { readRows } from "../../../ingest/csv/read-rows.js";
import { plainTextValue } from "../../../ingest/fields.js";
import { learnOutletScales, normalizeRating } from "../../rating/index.js";
import { seededRandom, shuffle } from "./random.js";

/** One labelled review for training or evaluation. */
export interface Example {
  text: string;
  /** 1 fresh, 0 rotten. */
  label: number;
  /** The review's own rating on 0–100, when it has a usable one. */
  score: number | null;
  /** Whether that rating states its scale ("2.5/4", "B-"), not one guessed or learned for it. */
  scaleStated?: boolean;
  film: string;
}

export interface Split {
  train: Example[];
  validation: Example[];
  test: Example[];
  films: { train: number; validation: number; test: number };
}

/**
 * The rt-reviews file as examples: every review with text, its fresh/rotten label, and its
 * original rating normalized by the rating rules (outlet scales learned from the file).
 */
export async function loadRtExamples(path: string): Promise<Example[]> {
  const rows: Array<Record<string, string>> = [];
  for await (const { values } of readRows(path, { delimiter: "\t", encoding: "latin1" }))
    rows.push(values);
  const scales = learnOutletScales(rows.map((r) => ({ outlet: r.publisher, rating: r.rating })));
  const examples: Example[] = [];
  for (const row of rows) {
    const text = decodeHTML(row.review ?? "").trim();
    if (text === "" || (row.fresh !== "fresh" && row.fresh !== "rotten")) continue;
    const rating = row.rating
      ? normalizeRating(row.rating, { outlet: row.publisher, scales })
      : null;
    examples.push({
      text,
      label: row.fresh === "fresh" ? 1 : 0,
      score: rating?.score ?? null,
      scaleStated: rating?.scaleSource === "stated",
      film: row.id ?? "",
    });
  }
  return examples;
}

/**
 * Splits examples by film, so that no film has reviews on both sides: the films are shuffled
 * with `seed`, then the first share goes to test, the next to validation, the rest to train.
 */
export function splitByFilm(
  examples: Example[],
  seed: number,
  shares = { validation: 0.1, test: 0.1 },
): Split {
  const films = shuffle([...new Set(examples.map((e) => e.film))].sort(), seededRandom(seed));
  const testCount = Math.round(films.length * shares.test);
  const validationCount = Math.round(films.length * shares.validation);
  const side = new Map<string, keyof Split["films"]>();
  films.forEach((film, i) => {
    side.set(
      film,
      i < testCount ? "test" : i < testCount + validationCount ? "validation" : "train",
    );
  });
  const split: Split = {
    train: [],
    validation: [],
    test: [],
    films: {
      train: films.length - testCount - validationCount,
      validation: validationCount,
      test: testCount,
    },
  };
  for (const example of examples) split[side.get(example.film) ?? "train"].push(example);
  return split;
}

/**
 * imdb-reviews' JSONL (Maas et al. 2011): full-length user reviews, label pos/neg, the user's
 * 1–10 rating as the score (7/10 → 70, as Cinemeter's rating rules read it), the film from
 * its IMDb url. HTML line breaks become line breaks, as the analysis reads them (`plainTextValue`).
 */
export async function loadImdbExamples(path: string): Promise<Example[]> {
  const examples: Example[] = [];
  for (const line of await textLines(path)) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as {
      id: string;
      label: string;
      rating: number;
      url: string;
      text: string;
    };
    examples.push({
      text: plainTextValue(row.text),
      label: row.label === "pos" ? 1 : 0,
      score: row.rating * 10,
      film: /tt\d+/.exec(row.url)?.[0] ?? row.id,
    });
  }
  return examples;
}

/** Synopses shorter than this are a line of credits, not a story. */
const MIN_SYNOPSIS_CHARS = 200;

/**
 * rt.movie_info's synopses (the story of each film, told in a critic's voice), grouped by the
 * side of `split` their film is on: plot to learn what a story told looks like from, to read
 * held-out reviews with, never a verdict. Films on no side are left out.
 */
export async function loadPlotSummaries(
  path: string,
  split: Split,
): Promise<Record<"train" | "validation" | "test", string[]>> {
  const side = new Map<string, "train" | "validation" | "test">();
  for (const name of ["train", "validation", "test"] as const)
    for (const e of split[name]) side.set(e.film, name);
  const plots = { train: [] as string[], validation: [] as string[], test: [] as string[] };
  for await (const { values } of readRows(path, { delimiter: "\t", encoding: "latin1" })) {
    const synopsis = decodeHTML(values.synopsis ?? "").trim();
    const name = side.get(values.id ?? "");
    if (name && synopsis.length >= MIN_SYNOPSIS_CHARS) plots[name].push(synopsis);
  }
  return plots;
}

/** One SST sentence or phrase with its 0–4 label (very negative … very positive). */
export interface FineExample {
  text: string;
  label: number;
}

/** The middle of the score band each SST class stands for: 0–20, 20–40 … 80–100. */
export const SST_BAND_CENTRES = [10, 30, 50, 70, 90];

/** `stsa.fine.*` (and `stsa.binary.*`): a label, a space, a tokenized sentence, a line each. */
export async function loadSstSentences(path: string): Promise<FineExample[]> {
  const examples: FineExample[] = [];
  for (const line of await textLines(path)) {
    const match = /^([0-4]) (.+)$/.exec(line.trim());
    if (match) examples.push({ label: Number(match[1]), text: match[2] as string });
  }
  return examples;
}

/** One SST tree: every labelled phrase, the whole sentence last. */
export type SstTree = FineExample[];

/**
 * SST's parse trees (`trees/train.txt`), a tree a line, each as its labelled phrases with the
 * whole sentence last: "(3 (2 It) (4 …))" gives "it", "…" and the sentence, each with its
 * label.
 */
export async function loadSstTrees(path: string): Promise<SstTree[]> {
  const trees: SstTree[] = [];
  for (const line of await textLines(path)) {
    const phrases: FineExample[] = [];
    const open: Array<{ label: number; words: string[] }> = [];
    for (const token of line.match(/\(\d|\)|[^\s()]+/g) ?? []) {
      if (token.startsWith("(")) open.push({ label: Number(token[1]), words: [] });
      else if (token === ")") {
        const node = open.pop();
        if (!node) break;
        phrases.push({ label: node.label, text: node.words.join(" ") });
        open.at(-1)?.words.push(...node.words);
      } else open.at(-1)?.words.push(token);
    }
    if (phrases.length > 0) trees.push(phrases);
  }
  return trees;
}

/**
 * Splits SST's train trees: every tenth sentence (the 1st, 11th …) is kept apart, whole and
 * without its phrases, for fitting the stacks (those with a verdict) and the score map (all,
 * the neutral ones at the middle of their band) beside the validation films; the other trees'
 * phrases train the models.
 */
export function splitSstTrees(trees: SstTree[]): {
  trainPhrases: FineExample[];
  stackSentences: Example[];
  neutralSentences: Example[];
} {
  const trainPhrases: FineExample[] = [];
  const stackSentences: Example[] = [];
  const neutralSentences: Example[] = [];
  trees.forEach((tree, i) => {
    if (i % 10 !== 0) {
      trainPhrases.push(...tree);
      return;
    }
    const sentence = tree.at(-1) as FineExample;
    const example = {
      text: sentence.text,
      label: sentence.label > 2 ? 1 : 0,
      score: SST_BAND_CENTRES[sentence.label] as number,
      film: "",
    };
    // A neutral sentence is neither fresh nor rotten: the score map alone reads it.
    (sentence.label === 2 ? neutralSentences : stackSentences).push(example);
  });
  return { trainPhrases, stackSentences, neutralSentences };
}

/** SST phrases as verdict examples: the neutral ones left out, the rest positive or negative. */
export function sstVerdictExamples(phrases: FineExample[]): Example[] {
  return phrases
    .filter((p) => p.label !== 2)
    .map((p) => ({
      text: p.text,
      label: p.label > 2 ? 1 : 0,
      score: SST_BAND_CENTRES[p.label] as number,
      film: "",
    }));
}

/** A training file's lines, gunzipped when its name ends in .gz. */
export async function textLines(path: string): Promise<string[]> {
  const bytes = await readFile(path);
  return (path.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8").split("\n");
}
