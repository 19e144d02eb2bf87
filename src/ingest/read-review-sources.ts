import { readdir, readFile, stat } from "node:fs/promises";
import { extname, join } from "node:path";
import type { ReviewInput } from "../domain/review.js";
import { fileProblem } from "../errors.js";
import { CSV_PRESETS, type CsvField, type CsvPreset, reviewFromRow } from "./csv/adapter.js";
import { readRows } from "./csv/read-rows.js";
import { reviewFromFeedItem } from "./feed/adapter.js";
import { decodeFeedBytes } from "./feed/decode.js";
import { parseFeed } from "./feed/parse.js";
import { reviewInputProblem } from "./fields.js";
import { readLines } from "./read-lines.js";
import { type ReviewFileFormat, readReviewFile } from "./read-review-file.js";
import { readTextStream, type TextEncoding } from "./read-text-stream.js";

export type ImportFormat = "auto" | "jsonl" | "csv" | "feed" | ReviewFileFormat;

export interface SourceOptions {
  format: ImportFormat;
  /** CSV column → field; with a preset, added to (or overriding) the preset's mapping. */
  map?: Record<string, CsvField>;
  preset?: CsvPreset;
  encoding?: TextEncoding;
}

/** One item of an import: a review, or why a row or file could not be one (and where). */
export type SourceItem = { input: ReviewInput; where: string } | { error: string; where: string };

const REVIEW_EXTENSIONS =
  /\.(?:jsonl|ndjson|csv|tsv|txt|text|md|markdown|html?|xhtml|rss|atom|xml|json)(?:\.gz)?$/i;

/**
 * Every review in the given files and folders (folders walked for review files), in order,
 * streamed: JSON lines, CSV/TSV rows (a column mapping or preset), and single reviews in
 * text, Markdown or HTML. Bad rows and unreadable files become error items; nothing throws.
 */
export async function* readReviewSources(
  paths: readonly string[],
  options: SourceOptions,
): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    let isDirectory = false;
    try {
      isDirectory = (await stat(path)).isDirectory();
    } catch (error) {
      yield { error: `cannot read: ${fileProblem(error)}`, where: path };
      continue;
    }
    const files = isDirectory ? await reviewFilesUnder(path) : [path];
    for (const file of files) {
      for await (const item of readSource(file, options)) {
        const problem = "input" in item ? reviewInputProblem(item.input) : null;
        yield problem
          ? { error: `"${problem.field}": ${problem.message}`, where: item.where }
          : item;
      }
    }
  }
}

/**
 * A folder's review files (by their extensions: REVIEW_EXTENSIONS), walked recursively, in
 * sorted order; README and LICENSE files are not reviews.
 */
export async function reviewFilesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries
    .filter(
      (e) => e.isFile() && REVIEW_EXTENSIONS.test(e.name) && !/^(?:readme|license)\b/i.test(e.name),
    )
    .map((e) => join(e.parentPath ?? folder, e.name))
    .sort();
}

/** How import reads a file: the format given, else the one its name says (gzipped or not). */
export function formatOf(
  file: string,
  options: Pick<SourceOptions, "format" | "preset">,
): Exclude<ImportFormat, "auto"> {
  if (options.format !== "auto") return options.format;
  if (options.preset) return "csv";
  const ext = extname(file.replace(/\.gz$/i, "")).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".csv" || ext === ".tsv") return "csv";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return "html";
  if (ext === ".rss" || ext === ".atom" || ext === ".xml" || ext === ".json") return "feed";
  return "text";
}

async function* readSource(file: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  try {
    const format = formatOf(file, options);
    if (format === "jsonl") yield* jsonLines(file, options.encoding);
    else if (format === "csv") yield* csvRows(file, options);
    else if (format === "feed") yield* feedItems(file);
    else yield { input: await readReviewFile(file, format), where: file };
  } catch (error) {
    yield { error: `cannot read: ${fileProblem(error)}`, where: file };
  }
}

/** A saved feed's items (RSS, Atom or JSON Feed), each where its number in the feed says. */
async function* feedItems(file: string): AsyncGenerator<SourceItem> {
  const parsed = parseFeed(decodeFeedBytes(await readFile(file)));
  if ("error" in parsed) {
    yield { error: parsed.error, where: file };
    return;
  }
  for (const [i, item] of parsed.feed.items.entries()) {
    const where = `${file}#${i + 1}`;
    const input = reviewFromFeedItem(item, parsed.feed);
    yield input ? { input, where } : { error: "an item with no text and no rating", where };
  }
}

async function* jsonLines(
  file: string,
  encoding: TextEncoding = "utf8",
): AsyncGenerator<SourceItem> {
  // (Loaded for JSON lines alone: its schema loads zod, which other formats do not need.)
  const { parseJsonObject, reviewFromJson } = await import("./jsonl/adapter.js");
  for await (const line of readLines(readTextStream(file, encoding))) {
    const where = `${file}:${line.line}`;
    if ("tooLong" in line) {
      yield { error: `a line of ${line.tooLong} characters is too long to be a review`, where };
      continue;
    }
    if (line.text.trim() === "") continue;
    const value = parseJsonObject(line.text);
    if ("error" in value) {
      yield { error: value.error, where };
      continue;
    }
    const read = reviewFromJson(value.value, line.line);
    yield "error" in read ? { error: read.error, where } : { input: read.input, where };
  }
}

async function* csvRows(file: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const preset = options.preset ? CSV_PRESETS[options.preset] : null;
  const map = preset ? { ...preset.map, ...options.map } : options.map;
  if (!map) throw new Error("a CSV needs --map column=field,… or --preset");
  const delimiter = /\.tsv(?:\.gz)?$/i.test(file) ? "\t" : ",";
  const encoding = options.encoding ?? preset?.encoding ?? "utf8";
  for await (const { values, line, error } of readRows(file, { delimiter, encoding })) {
    const where = `${file}:${line}`;
    if (error) {
      yield { error, where };
      continue;
    }
    const read = reviewFromRow(values, map, preset?.filmIdPrefix, preset?.placeholderDates);
    yield "error" in read ? { error: read.error, where } : { input: read.input, where };
  }
}
