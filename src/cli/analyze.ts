import { stat } from "node:fs/promises";
import type { TextEvidence } from "../analyze/model/text-evidence.js";
import { analyzeReviews, readingEvidence } from "../commands/analyze-reviews.js";
import type { Analysis } from "../domain/analysis.js";
import type { ReviewInput } from "../domain/review.js";
import { type CinemeterError, errors, fileProblem } from "../errors.js";
import {
  detectReviewFormat,
  REVIEW_FILE_FORMATS,
  type ReviewFileFormat,
  readReviewFile,
  reviewFromContent,
} from "../ingest/read-review-file.js";
import { formatOf, readReviewSources, reviewFilesUnder } from "../ingest/read-review-sources.js";
import { type CsvCliOptions, csvSourceOptions } from "./csv-options.js";
import {
  errorObject,
  type Io,
  parseJsonLines,
  printJson,
  printJsonLines,
  readAll,
  reportErrors,
} from "./io.js";
import { describeAnalysis } from "./present.js";

export interface AnalyzeOptions extends CsvCliOptions {
  json?: boolean;
  jsonl?: boolean;
  format?: string;
  /** Also say what each text's reading rests on (textEvidence): slower, for a few reviews. */
  evidence?: boolean;
}

type Outcome =
  | { input: ReviewInput }
  | { error: CinemeterError; where: { line?: number; file?: string } };
type Answer =
  | { analysis: Analysis; evidence?: TextEvidence | null }
  | { error: CinemeterError; where: { line?: number; file?: string } };

/** `cinemeter analyze FILE... [--json]` and `cinemeter analyze --jsonl`. */
export async function analyzeCommand(
  files: string[],
  options: AnalyzeOptions,
  io: Io,
): Promise<number> {
  const format = parseFormat(options.format);
  if (options.jsonl) {
    if (files.length > 0) throw errors.usage("give FILEs or --jsonl, not both");
    const lines = parseJsonLines(await readAll(io.stdin));
    // (The JSON reader's schema loads zod, which reading review files does not need.)
    const { reviewFromJson } = await import("../ingest/jsonl/adapter.js");
    const lineInput = (value: unknown, line: number): Outcome => {
      const read = reviewFromJson(value, line);
      if ("error" in read)
        return { error: errors.invalidInput(`stdin line ${line}`, read.error), where: { line } };
      return read;
    };
    const answers = analyzeOutcomes(
      lines.map(
        (l): Outcome =>
          l.error ? { error: l.error, where: { line: l.line } } : lineInput(l.value, l.line),
      ),
      progressLine(io),
      options.evidence,
    );
    printJsonLines(io, answers.map(answerJson));
    return reportErrors(io, failuresOf(answers), "batch");
  }
  if (files.length === 0)
    throw errors.usage("give one or more review files (or - for stdin), or --jsonl");
  const csv = csvSourceOptions(options);
  const read = (await Promise.all(files.map((file) => fileInputs(file, format, csv, io)))).flat();
  const answers = analyzeOutcomes(
    read.map((r) => r.outcome),
    progressLine(io),
    options.evidence,
  );
  const only = read.length === 1 ? answers[0] : undefined;
  if (only && "error" in only) return reportErrors(io, [only.error]);
  if (options.json)
    printJson(
      io,
      only
        ? answerJson(only)
        : answers.map((a, i) =>
            "analysis" in a ? { source: read[i]?.label, ...answerJson(a) } : answerJson(a),
          ),
    );
  else {
    const blocks = answers.flatMap((a, i) =>
      "analysis" in a
        ? [describeAnalysis(a.analysis, only ? undefined : read[i]?.label, a.evidence)]
        : [],
    );
    io.stdout.write(`${blocks.join("\n\n")}\n`);
  }
  return reportErrors(io, failuresOf(answers));
}

/**
 * What a file holds: one review (text, Markdown, HTML), or, read by its name as import reads
 * it, each of a JSON-lines file's, a saved feed's or a CSV dump's reviews (a dump with
 * --map or --preset), labelled by line or item ("a.jsonl:2", "feed.xml#3", "dump.csv:7").
 * A folder holds the review files under it, as import walks it (by their extensions, sorted).
 */
async function fileInputs(
  file: string,
  format: ReviewFileFormat | undefined,
  csv: ReturnType<typeof csvSourceOptions>,
  io: Io,
): Promise<Array<{ outcome: Outcome; label: string }>> {
  if (file === "-" || !(await isFolder(file))) return oneFileInputs(file, format, csv, io);
  const files = await reviewFilesUnder(file);
  if (files.length === 0) {
    const problem =
      "a folder with no review files in it (.txt, .md, .html, .jsonl, .csv, .tsv, .rss, .atom, .xml, .json, gzipped or not)";
    return [
      { outcome: { error: errors.invalidInput(file, problem), where: { file } }, label: file },
    ];
  }
  const inputs: Array<{ outcome: Outcome; label: string }> = [];
  for (const inner of files) inputs.push(...(await oneFileInputs(inner, format, csv, io)));
  return inputs;
}

/** Whether the path is a folder (false when it cannot be read: reading it says why). */
async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** `fileInputs` of a file that is not a folder. */
async function oneFileInputs(
  file: string,
  format: ReviewFileFormat | undefined,
  csv: ReturnType<typeof csvSourceOptions>,
  io: Io,
): Promise<Array<{ outcome: Outcome; label: string }>> {
  const kind = format || file === "-" ? null : formatOf(file, { format: "auto", ...csv });
  if (kind !== "jsonl" && kind !== "feed" && kind !== "csv")
    return [{ outcome: await fileInput(file, format, io), label: file }];
  if (kind === "csv" && !csv.map && !csv.preset) {
    const problem = `a CSV dump, whose columns analyze cannot guess: give --map column=field,… or --preset rt, as for cinemeter import`;
    return [
      { outcome: { error: errors.invalidInput(file, problem), where: { file } }, label: file },
    ];
  }
  const items: Array<{ outcome: Outcome; label: string }> = [];
  for await (const item of readReviewSources([file], { format: "auto", ...csv })) {
    items.push({
      outcome:
        "input" in item
          ? { input: item.input }
          : { error: errors.invalidInput(item.where, item.error), where: { file: item.where } },
      label: item.where,
    });
  }
  return items;
}

/**
 * On a terminal, a progress line for a batch long enough to wait on ("analyzing: 2500 of
 * 25000 (1,180/s)"), rewritten in place and ended when the batch is; nothing elsewhere.
 */
function progressLine(io: Io): ((done: number, of: number) => void) | undefined {
  if (!io.stderrIsTTY) return undefined;
  const started = Date.now();
  return (done, of) => {
    if (of < PROGRESS_FROM) return;
    const rate = Math.round(done / Math.max(0.001, (Date.now() - started) / 1000));
    io.stderr.write(`\ranalyzing: ${done} of ${of} (${rate}/s)${done === of ? "\n" : ""}`);
  };
}

/** The fewest reviews a batch has for a progress line (fewer are answered in a moment). */
const PROGRESS_FROM = 1_000;

/**
 * Analyzes every input that was read, together, keeping failures in their places; with
 * `evidence`, says too what each text's reading rests on (of the text as it was analyzed).
 */
function analyzeOutcomes(
  outcomes: Outcome[],
  progress?: (done: number, of: number) => void,
  evidence = false,
): Answer[] {
  const analyses = analyzeReviews(
    outcomes.flatMap((o) => ("input" in o ? [o.input] : [])),
    progress,
  );
  let next = 0;
  return outcomes.map((o) => {
    if (!("input" in o)) return o;
    const analysis = analyses[next++] as Analysis;
    if (!evidence) return { analysis };
    return { analysis, evidence: readingEvidence(o.input.text) };
  });
}

const answerJson = (a: Answer) =>
  "analysis" in a
    ? a.evidence === undefined
      ? a.analysis
      : { ...a.analysis, evidence: a.evidence }
    : errorObject(a.error, a.where);
const failuresOf = (answers: Answer[]) => answers.flatMap((a) => ("error" in a ? [a.error] : []));

async function fileInput(
  file: string,
  format: ReviewFileFormat | undefined,
  io: Io,
): Promise<Outcome> {
  try {
    if (file === "-") {
      const content = await readAll(io.stdin);
      return { input: reviewFromContent(content, format ?? detectReviewFormat("", content)) };
    }
    return { input: await readReviewFile(file, format) };
  } catch (error) {
    return { error: errors.unreadable(file, fileProblem(error), error), where: { file } };
  }
}

function parseFormat(format: string | undefined): ReviewFileFormat | undefined {
  if (format === undefined || format === "auto") return undefined;
  if ((REVIEW_FILE_FORMATS as readonly string[]).includes(format))
    return format as ReviewFileFormat;
  throw errors.usage(`--format must be auto, ${REVIEW_FILE_FORMATS.join(", ")} (got "${format}")`);
}
