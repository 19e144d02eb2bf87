import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { trainTextModelCommand } from "../commands/train-text-model.js";
import { EXIT, errors } from "../errors.js";
import { packageRoot } from "../package-root.js";
import type { Io } from "./io.js";

export interface TrainCliOptions {
  data?: string;
  out?: string;
}

/** `cinemeter train [--data PATH] [--out DIR]`: progress on stderr, a summary on stdout. */
export async function trainCommand(options: TrainCliOptions, io: Io): Promise<number> {
  const dataPath = resolve(
    options.data ?? join(packageRoot(), "../shared/data/rt-reviews/rt.reviews.tsv.gz"),
  );
  if (!existsSync(dataPath)) {
    throw errors.unreadable(
      dataPath,
      "no such file (pass --data with the path of rt.reviews.tsv.gz)",
    );
  }
  const outDir = resolve(options.out ?? join(packageRoot(), "models"));
  const result = await trainTextModelCommand({
    dataPath,
    outDir,
    log: (line) => io.stderr.write(`train: ${line}\n`),
  });
  const e = result.evaluation;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  io.stdout.write(
    `wrote ${result.modelPath} (${(result.bytes / 1024 / 1024).toFixed(2)} MB) and ${result.reportPath}\n` +
      `held-out films: text verdict accuracy ${pct(e.text.all.accuracy)} (without a rating ${pct(e.text.unrated.accuracy)}), ` +
      `analysis verdict ${pct(e.pipeline.all)}, score MAE ${e.score.mae.toFixed(1)}, ECE ${e.text.all.ece.toFixed(3)}\n`,
  );
  return EXIT.ok;
}
