import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TEXT_MODEL_FILE } from "../analyze/model/default-model.js";
import type { TextModel } from "../analyze/model/text-model.js";
import { loadRtExamples, splitByFilm } from "../analyze/model/train/dataset.js";
import { textModelReport } from "../analyze/model/train/report.js";
import {
  DEFAULT_TRAIN_CONFIG,
  type TrainConfig,
  trainTextModel,
} from "../analyze/model/train/train-text-model.js";

export interface TrainOptions {
  dataPath: string;
  outDir: string;
  config?: TrainConfig;
  log?: (line: string) => void;
}

/**
 * `cinemeter train`: reads the rt-reviews file, trains and evaluates the text model on a
 * split by film, and writes `<outDir>/text-model.bin.gz` and `<outDir>/REPORT.md`.
 */
export async function trainTextModelCommand({
  dataPath,
  outDir,
  config = DEFAULT_TRAIN_CONFIG,
  log = () => {},
}: TrainOptions) {
  const started = Date.now();
  log(`reading ${dataPath}`);
  const data = await readFile(dataPath);
  const examples = await loadRtExamples(dataPath);
  const split = splitByFilm(examples, config.seed);
  log(
    `${examples.length} reviews with text: ${split.train.length} train, ${split.validation.length} validation, ${split.test.length} test`,
  );
  const result = trainTextModel(split, config, log);
  const speed = measureSpeed(
    result.model,
    split.test.map((e) => e.text),
  );
  await mkdir(outDir, { recursive: true });
  const modelPath = join(outDir, TEXT_MODEL_FILE);
  await writeFile(modelPath, result.file);
  const report = textModelReport({
    dataPath: "../shared/data/rt-reviews/rt.reviews.tsv.gz",
    dataSha256: sha256(data),
    reviewsWithText: examples.length,
    split: {
      films: split.films,
      reviews: {
        train: split.train.length,
        validation: split.validation.length,
        test: split.test.length,
      },
    },
    config,
    validationAccuracy: result.validationAccuracy,
    evaluation: result.evaluation,
    file: { name: TEXT_MODEL_FILE, bytes: result.file.length, sha256: sha256(result.file) },
    speed,
    seconds: (Date.now() - started) / 1000,
  });
  const reportPath = join(outDir, "REPORT.md");
  await writeFile(reportPath, report);
  return { modelPath, reportPath, evaluation: result.evaluation, bytes: result.file.length };
}

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** Predictions per second on one core: test snippets, and texts the seed's size (≈2,700 chars). */
function measureSpeed(model: TextModel, snippets: string[]) {
  const longReviewChars = 2700;
  const long: string[] = [];
  let current = "";
  for (const s of snippets) {
    current += `${s} `;
    if (current.length >= longReviewChars) {
      long.push(current.trim());
      current = "";
    }
  }
  const rate = (texts: string[]) => {
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const t = process.hrtime.bigint();
      for (const text of texts) model.predict(text);
      runs.push(texts.length / (Number(process.hrtime.bigint() - t) / 1e9));
    }
    return runs.sort((a, b) => a - b)[1] as number;
  };
  return { snippetsPerSecond: rate(snippets), longReviewsPerSecond: rate(long), longReviewChars };
}
