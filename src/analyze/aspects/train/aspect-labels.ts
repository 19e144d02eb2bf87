import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { decodeHTML } from "entities";
import type { AspectName } from "../../../domain/analysis.js";
import { readRows } from "../../../ingest/csv/read-rows.js";
import { packageRoot } from "../../../package-root.js";
import { textLines } from "../../model/train/dataset.js";

export type Polarity = "positive" | "negative" | "neutral";

/** One hand-labelled sentence (or snippet) and the aspects it judges. */
export interface LabelledSentence {
  /** Where its text is: `rt:N`, `imdb:N:S-E` or `own`. */
  source: string;
  text: string;
  gold: Map<AspectName, Polarity>;
  /** Even-numbered items train and tune; odd-numbered ones are held out. */
  half: "train" | "held out";
  /**
   * Whether the whole review likes the film: rt-reviews' fresh column; imdb-reviews' rating
   * (7–10 of 10 positive, 1–4 negative); null for own sentences.
   */
  reviewVerdict: "positive" | "negative" | null;
  /** The whole review's rating on 0–100: imdb-reviews' 1–10 rating; null for the others. */
  reviewScore: number | null;
}

/** The labels file: training data of the aspect model, kept with the models it makes. */
export const ASPECT_LABELS_FILE = join(packageRoot(), "models", "aspect-labels.tsv");

const SIGN: Record<string, Polarity> = { "+": "positive", "-": "negative", "0": "neutral" };

/**
 * The labelled sentences, their texts read from the shared data folder (`dataDir`: the one
 * holding rt-reviews/ and imdb-reviews/). A text that cannot be found is left empty, so a
 * caller can say which.
 */
export async function loadAspectLabels(
  dataDir: string,
  file = ASPECT_LABELS_FILE,
): Promise<LabelledSentence[]> {
  const lines = (await readFile(file, "utf8"))
    .split("\n")
    .filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const rtWanted = new Set<number>();
  const imdbWanted = new Set<number>();
  for (const line of lines) {
    const source = line.slice(0, line.indexOf("\t"));
    if (source.startsWith("rt:")) rtWanted.add(Number(source.slice(3)));
    if (source.startsWith("imdb:")) imdbWanted.add(Number(source.split(":")[1]));
  }
  const rtText = new Map<number, string>();
  const verdicts = new Map<string, "positive" | "negative">();
  if (rtWanted.size > 0) {
    for await (const { values, line } of readRows(
      join(dataDir, "rt-reviews", "rt.reviews.tsv.gz"),
      {
        delimiter: "\t",
        encoding: "latin1",
      },
    )) {
      if (!rtWanted.has(line)) continue;
      rtText.set(line, decodeHTML(values.review ?? "").trim());
      if (values.fresh)
        verdicts.set(`rt:${line}`, values.fresh === "fresh" ? "positive" : "negative");
    }
  }
  const imdbText = new Map<number, string>();
  const scores = new Map<string, number>();
  if (imdbWanted.size > 0) {
    const jsonl = await textLines(join(dataDir, "imdb-reviews", "train.jsonl.gz"));
    for (const n of imdbWanted) {
      const row = jsonl[n - 1];
      // Line breaks become spaces of the same length, so the offsets hold.
      if (!row) continue;
      const { text, rating } = JSON.parse(row) as { text: string; rating: number };
      imdbText.set(n, imdbReviewText(text));
      verdicts.set(`imdb:${n}`, rating >= 7 ? "positive" : "negative");
      scores.set(`imdb:${n}`, rating * 10);
    }
  }
  return lines.map((line, i) => {
    const [source = "", labels = "", own = ""] = line.split("\t");
    const gold = new Map<AspectName, Polarity>();
    for (const label of labels.split(/\s+/)) {
      const m = /^([a-z]+)([+\-0])$/.exec(label);
      if (m) gold.set(m[1] as AspectName, SIGN[m[2] as string] as Polarity);
    }
    return {
      source,
      text: textOf(source, own, rtText, imdbText),
      gold,
      half: i % 2 === 0 ? "train" : "held out",
      reviewVerdict: verdicts.get(source.split(":").slice(0, 2).join(":")) ?? null,
      reviewScore: scores.get(source.split(":").slice(0, 2).join(":")) ?? null,
    };
  });
}

/** An imdb-reviews text with its HTML line breaks blanked to spaces of the same length. */
function imdbReviewText(raw: string): string {
  return raw.replace(/<br\s*\/?>/gi, (tag) => " ".repeat(tag.length));
}

function textOf(
  source: string,
  own: string,
  rtText: Map<number, string>,
  imdbText: Map<number, string>,
): string {
  if (source.startsWith("rt:")) return rtText.get(Number(source.slice(3))) ?? "";
  const imdb = /^imdb:(\d+):(\d+)-(\d+)$/.exec(source);
  if (imdb) {
    const text = imdbText.get(Number(imdb[1])) ?? "";
    return text.slice(Number(imdb[2]), Number(imdb[3])).trim();
  }
  return own;
}
