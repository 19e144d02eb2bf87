import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { TRAINING_FILES, trainTextModelCommand } from "../commands/train-text-model.js";
import { EXIT, errors } from "../errors.js";
import { packageRoot } from "../package-root.js";
import type { Io } from "./io.js";

export interface TrainCliOptions {
  data?: string;
  out?: string;
}

/** `cinemeter train [--data DIR] [--out DIR]`: progress on stderr, a summary on stdout. */
export async function trainCommand(options: TrainCliOptions, io: Io): Promise<number> {
  const dataDir = resolve(options.data ?? join(packageRoot(), "../shared/data"));
  for (const file of Object.values(TRAINING_FILES)) {
    if (!existsSync(join(dataDir, file))) {
      throw errors.unreadable(
        join(dataDir, file),
        "no such file (pass --data with the folder that holds rt-reviews/, imdb-reviews/ and sst/)",
      );
    }
  }
  const outDir = resolve(options.out ?? join(packageRoot(), "models"));
  const result = await trainTextModelCommand({
    dataDir,
    outDir,
    log: (line) => io.stderr.write(`train: ${line}\n`),
  });
  const e = result.evaluation;
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  io.stdout.write(
    `wrote ${result.modelPath} (${(result.bytes / 1024 / 1024).toFixed(2)} MB) and ${result.reportPath}\n` +
      `held out: critics' snippets ${pct(e.rt.text.all.accuracy)} (ECE ${e.rt.text.all.ece.toFixed(3)}), ` +
      `full reviews ${pct(e.imdb.text.accuracy)}, SST-2 ${pct(e.sst.binary.accuracy)}, SST-5 ${pct(e.sst.fine.accuracy)}, ` +
      `score MAE ${e.rt.score.mae.toFixed(1)}, verdict and score disagree on ${e.disagreements} texts\n`,
  );
  return EXIT.ok;
}
