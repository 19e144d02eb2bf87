import { type ImportProgress, importReviews } from "../commands/import-reviews.js";
import { loadConfig } from "../config.js";
import { EXIT, errors } from "../errors.js";
import type { ImportFormat } from "../ingest/read-review-sources.js";
import { type CsvCliOptions, csvSourceOptions } from "./csv-options.js";
import { type Io, mustExist, printJson } from "./io.js";
import { withStore } from "./store-options.js";

export interface ImportCliOptions extends CsvCliOptions {
  format?: string;
  db?: string;
  json?: boolean;
  jobs?: boolean;
}

const FORMATS: ImportFormat[] = ["auto", "jsonl", "csv", "feed", "text", "markdown", "html"];

/** `cinemeter import FILE...`: a progress line on a terminal, always a summary. */
export async function importCommand(
  paths: string[],
  options: ImportCliOptions,
  io: Io,
): Promise<number> {
  if (paths.length === 0) throw errors.usage("give one or more files or folders to import");
  const format = (options.format ?? "auto") as ImportFormat;
  if (!FORMATS.includes(format))
    throw errors.usage(`--format must be one of ${FORMATS.join(", ")}`);
  const csv = csvSourceOptions(options);
  await mustExist(paths);
  // (The jobs' module loads graphile-worker and pg, about 150 and 70 ms to import here: an
  // import without --jobs, into SQLite above all, does not wait for them.)
  const jobs = options.jobs ? await import("../jobs/import-jobs.js") : null;
  if (jobs && !loadConfig(process.env, options).databaseUrl)
    throw errors.usage(jobs.NEEDS_POSTGRES_FOR_JOBS);
  const started = Date.now();
  const progress = (p: ImportProgress & { chunks?: number; chunksDone?: number }) => {
    if (!io.stderrIsTTY) return;
    const rate = Math.round(p.read / Math.max(0.001, (Date.now() - started) / 1000));
    const chunks = p.chunks === undefined ? "" : `${p.chunksDone} of ${p.chunks} chunks, `;
    io.stderr.write(
      `\rimporting: ${chunks}${p.read} read, ${p.imported} new, ${p.duplicates} duplicates, ${p.rejected} rejected (${rate}/s)`,
    );
  };
  const summary = await withStore(options, (store, config) => {
    const sourceOptions = {
      format,
      maxTextChars: config.maxReviewChars,
      ...csv,
    };
    return jobs
      ? jobs.importWithJobs(store, config, paths, sourceOptions, progress, (message) =>
          io.stderr.write(`${io.stderrIsTTY ? "\n" : ""}import: ${message}\n`),
        )
      : importReviews(store, paths, sourceOptions, progress);
  });
  if (io.stderrIsTTY) io.stderr.write("\n");
  const seconds = (Date.now() - started) / 1000;
  if (options.json) printJson(io, { ...summary, seconds });
  else {
    io.stdout.write(
      `imported ${summary.imported} reviews, skipped ${summary.duplicates} duplicates, rejected ${summary.rejected} ` +
        `(${summary.read} read in ${seconds.toFixed(1)} s, import ${summary.id})\n`,
    );
    for (const r of summary.rejects.slice(0, 20))
      io.stdout.write(`  rejected ${r.where}: ${r.reason}\n`);
    if (summary.rejected > 20)
      io.stdout.write(`  … and ${summary.rejected - 20} more (see the imports page)\n`);
  }
  return summary.rejected > 0 ? EXIT.partial : EXIT.ok;
}
