/**
 * npm run bench:plot-summaries — how the committed text model reads a full review that tells
 * the film's story. Critics' full reviews retell the plot at length; IMDb users' reviews, which
 * the long reading learned from, less often. No labelled critic review is here, so this stands
 * in: each held-out imdb-reviews review (test films, never trained on) is read as it is, with a
 * plot summary before it, in it (after its first third of sentences) and after it. The
 * summaries are rt.movie_info's synopses of the rt-reviews test films (plot told in a critic's
 * voice, some with a judging word of their own), which no model learns from. A reading that
 * judges the review and not the story keeps its accuracy; one that reads the story's words
 * (love, family, a journey) as praise turns pans into raves. The same figures as
 * models/REPORT.md's, for any committed model, each also in corpus form (lowercased, a sentence
 * a line, as Pang & Lee's polarity v2.0 prints critics' reviews); it also prints how the
 * synopses read alone.
 * docs/METHODOLOGY.md says what was measured and tried.
 */
import { defaultTextModel } from "../src/analyze/model/default-model.js";
import {
  loadImdbExamples,
  loadPlotSummaries,
  loadRtExamples,
  splitByFilm,
} from "../src/analyze/model/train/dataset.js";
import { readWithPlotSummaries } from "../src/analyze/model/train/plot-summaries.js";
import { DEFAULT_TRAIN_CONFIG } from "../src/analyze/model/train/train-text-model.js";
import { fmt, sharedDataFile } from "./shared-data.js";

const model = defaultTextModel();
const seed = DEFAULT_TRAIN_CONFIG.seed;
const imdb = splitByFilm(
  await loadImdbExamples(sharedDataFile("imdb-reviews", "train.jsonl.gz")),
  seed,
);
const rt = splitByFilm(
  await loadRtExamples(sharedDataFile("rt-reviews", "rt.reviews.tsv.gz")),
  seed,
);
const plots = (await loadPlotSummaries(sharedDataFile("rt-reviews", "rt.movie_info.tsv.gz"), rt))
  .test;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(
  `imdb-reviews test films: ${fmt(imdb.test.length)} reviews; plot summaries: ${fmt(plots.length)} synopses of the rt-reviews test films`,
);
const predict = (text: string) => model.predict(text).probability;
for (const p of readWithPlotSummaries(predict, imdb.test, plots, seed))
  console.log(
    `${p.form.padEnd(11)}  ${p.placement.padEnd(11)}  right ${pct(p.accuracy)}  (positive reviews ${pct(p.positive)}, negative ${pct(p.negative)})`,
  );
const alone = plots.map(predict);
console.log(
  `the synopses alone: ${pct(alone.filter((p) => p >= 0.5).length / alone.length)} read positive, mean probability ${(alone.reduce((a, p) => a + p, 0) / alone.length).toFixed(2)}`,
);
