import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { TEXT_MODEL_FILE } from "../analyze/model/default-model.js";
import type { TextModel } from "../analyze/model/text-model.js";
import {
  loadImdbExamples,
  loadPlotSummaries,
  loadRtExamples,
  loadSstSentences,
  loadSstTrees,
  type Split,
  splitByFilm,
  splitSstTrees,
} from "../analyze/model/train/dataset.js";
import { textModelReport } from "../analyze/model/train/report.js";
import {
  type Corpora,
  DEFAULT_TRAIN_CONFIG,
  type TrainConfig,
  trainTextModel,
} from "../analyze/model/train/train-text-model.js";

export interface TrainOptions {
  /** The folder holding rt-reviews/, imdb-reviews/ and sst/ (../shared/data). */
  dataDir: string;
  outDir: string;
  config?: TrainConfig;
  log?: (line: string) => void;
}

/** The training files inside the data folder, as the report names them. */
export const TRAINING_FILES = {
  rt: "rt-reviews/rt.reviews.tsv.gz",
  rtMovieInfo: "rt-reviews/rt.movie_info.tsv.gz",
  imdb: "imdb-reviews/train.jsonl.gz",
  sstTrees: "sst/trees/train.txt",
  sstDev: "sst/stsa.fine.dev",
} as const;

/**
 * `cinemeter train`: reads rt-reviews, imdb-reviews and SST, trains and evaluates the text
 * model on splits by film (SST: its own dev split), and writes `<outDir>/text-model.bin`
 * and `<outDir>/REPORT.md`.
 */
export async function trainTextModelCommand({
  dataDir,
  outDir,
  config = DEFAULT_TRAIN_CONFIG,
  log = () => {},
}: TrainOptions) {
  const started = Date.now();
  const path = (file: keyof typeof TRAINING_FILES) => join(dataDir, TRAINING_FILES[file]);
  log(`reading ${dataDir}`);
  const rtExamples = await loadRtExamples(path("rt"));
  const imdbExamples = await loadImdbExamples(path("imdb"));
  const rt = splitByFilm(rtExamples, config.seed);
  const corpora: Corpora = {
    rt,
    imdb: splitByFilm(imdbExamples, config.seed),
    plots: await loadPlotSummaries(path("rtMovieInfo"), rt),
    sst: {
      ...splitSstTrees(await loadSstTrees(path("sstTrees"))),
      dev: await loadSstSentences(path("sstDev")),
    },
  };
  for (const name of ["rt", "imdb"] as const) {
    const split = corpora[name];
    log(
      `${name}: ${split.train.length} train, ${split.validation.length} validation, ${split.test.length} test reviews`,
    );
  }
  log(
    `sst: ${corpora.sst.trainPhrases.length} train phrases, ${corpora.sst.dev.length} dev sentences`,
  );
  log(
    `plot summaries: ${corpora.plots.train.length} train, ${corpora.plots.validation.length} validation, ${corpora.plots.test.length} test films`,
  );
  const result = trainTextModel(corpora, config, log);
  const speed = measureSpeed(
    result.model,
    corpora.rt.test.map((e) => e.text),
  );
  await mkdir(outDir, { recursive: true });
  const modelPath = join(outDir, TEXT_MODEL_FILE);
  await writeFile(modelPath, result.file);
  const files = await Promise.all(
    (Object.keys(TRAINING_FILES) as Array<keyof typeof TRAINING_FILES>).map(async (file) => ({
      path: `../shared/data/${TRAINING_FILES[file]}`,
      sha256: sha256(await readFile(path(file))),
    })),
  );
  const report = textModelReport({
    files,
    corpora: {
      rt: sizesOf(corpora.rt),
      imdb: sizesOf(corpora.imdb),
      sst: {
        trainPhrases: corpora.sst.trainPhrases.length,
        stackSentences: corpora.sst.stackSentences.length,
        neutralSentences: corpora.sst.neutralSentences.length,
        dev: corpora.sst.dev.length,
      },
      plots: {
        train: corpora.plots.train.length,
        validation: corpora.plots.validation.length,
        test: corpora.plots.test.length,
      },
    },
    config,
    evaluation: result.evaluation,
    file: { name: TEXT_MODEL_FILE, bytes: result.file.length, sha256: sha256(result.file) },
    speed,
    seconds: (Date.now() - started) / 1000,
  });
  const reportPath = join(outDir, "REPORT.md");
  await writeFile(reportPath, report);
  return { modelPath, reportPath, evaluation: result.evaluation, bytes: result.file.length };
}

const sizesOf = (split: Split) => ({
  films: split.films,
  reviews: {
    train: split.train.length,
    validation: split.validation.length,
    test: split.test.length,
  },
});

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
