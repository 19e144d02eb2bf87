import { decodeHTML } from "entities";
import { readRows } from "../../../ingest/csv/read-rows.js";
import { learnOutletScales, normalizeRating } from "../../rating/index.js";
import { seededRandom, shuffle } from "./random.js";

/** One labelled review for training or evaluation. */
export interface Example {
  text: string;
  /** 1 fresh, 0 rotten. */
  label: number;
  /** The review's own rating on 0–100, when it has a usable one. */
  score: number | null;
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
