import type { VerdictMetrics } from "./metrics.js";
import type { Evaluation, TrainConfig } from "./train-text-model.js";

export interface ReportFacts {
  dataPath: string;
  dataSha256: string;
  reviewsWithText: number;
  split: {
    films: { train: number; validation: number; test: number };
    reviews: { train: number; validation: number; test: number };
  };
  config: TrainConfig;
  validationAccuracy: number;
  evaluation: Evaluation;
  file: { name: string; bytes: number; sha256: string };
  speed: { snippetsPerSecond: number; longReviewsPerSecond: number; longReviewChars: number };
  seconds: number;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** models/REPORT.md: how the committed text model was made and how it scored, held out. */
export function textModelReport(f: ReportFacts): string {
  const e = f.evaluation;
  const row = (name: string, m: VerdictMetrics) =>
    `| ${name} | ${m.count} | ${pct(m.accuracy)} | ${m.logLoss.toFixed(3)} | ${m.brier.toFixed(3)} | ${m.ece.toFixed(3)} |`;
  return `# Text model report

The text model that \`cinemeter analyze\` uses to estimate a review's verdict and score from its
words alone. Written by \`cinemeter train\`; every figure below was measured by that run on
reviews of films the model never saw.

## Data

- \`${f.dataPath}\` (sha256 \`${f.dataSha256.slice(0, 16)}…\`): Rotten Tomatoes critic reviews;
  ${f.reviewsWithText.toLocaleString("en-US")} have text. Label: fresh (1) or rotten (0). Score
  target: the review's original rating normalized by Cinemeter's rating rules (docs/METHODOLOGY.md),
  where it has one.
- Split **by film** (seed ${f.config.seed}): no film has reviews on two sides.

| side | films | reviews |
|---|---|---|
| train | ${f.split.films.train} | ${f.split.reviews.train} |
| validation (stacking, calibration, choices) | ${f.split.films.validation} | ${f.split.reviews.validation} |
| test (every figure below) | ${f.split.films.test} | ${f.split.reviews.test} |

## Model

Text is normalized (HTML entities, curly quotes, Penn-Treebank marks such as \`-lrb-\` and
\`does n't\`) and lowercased, so raw reviews and pre-tokenized benchmark text read alike.

${f.config.verdict
  .map(
    (v, i) =>
      `${i + 1}. Verdict model ${i + 1}: ${v.naiveBayes ? "NBSVM-style logistic regression (features scaled by naive-Bayes log-count ratios, Wang & Manning 2012)" : "logistic regression"} over ${features(v.features)}; AdaGrad, ${v.epochs} epochs, learning rate ${v.learningRate}.`,
  )
  .join("\n")}
${f.config.verdict.length + 1}. Score model: linear regression of the normalized rating (0–1) over ${features(f.config.score.features)}; ${f.config.score.epochs} epochs.
${f.config.verdict.length + 2}. A logistic stack over the verdict models' logits and the score model's output, fit on the
   validation films: it combines the models and calibrates the probability in one step.

Reviews longer than three sentences are read sentence by sentence (the model learned from
snippets) and averaged, later sentences weighing more (the last twice the first).

## Results on the held-out test films

Text model alone (the verdict is positive when the calibrated probability is ≥ 0.5):

| reviews | count | accuracy | log loss | Brier | ECE |
|---|---|---|---|---|---|
${row("all with text", e.text.all)}
${row("without a rating", e.text.unrated)}
${row("with a rating", e.text.rated)}

Validation accuracy (the films used for the stack): ${pct(f.validationAccuracy)}.

The analysis verdict (the rating's when the review has a usable one, score ≥ 60; else the
text's): **${pct(e.pipeline.all)}** of all test reviews with text, ${pct(e.pipeline.unrated)} of those
without a rating, ${pct(e.pipeline.rated)} of those with one.

Score from text (\`textScore\`) against the normalized rating, ${e.score.count} rated test reviews:
**MAE ${e.score.mae.toFixed(1)}** points on 0–100 (predicting the training mean every time: ${e.score.baselineMae.toFixed(1)});
Pearson correlation ${e.score.correlation.toFixed(3)}.

### Calibration (all test reviews)

| predicted P(positive) | reviews | mean predicted | observed positive |
|---|---|---|---|
${e.text.all.reliability
  .filter((b) => b.count > 0)
  .map(
    (b) =>
      `| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.count} | ${b.meanPredicted.toFixed(3)} | ${b.observed.toFixed(3)} |`,
  )
  .join("\n")}

## Size and speed

- \`models/${f.file.name}\`: ${(f.file.bytes / 1024 / 1024).toFixed(2)} MB (int16 weights, gzipped), sha256 \`${f.file.sha256.slice(0, 16)}…\`.
- One core, measured at training time: ${Math.round(f.speed.snippetsPerSecond).toLocaleString("en-US")} snippets/s;
  ${Math.round(f.speed.longReviewsPerSecond).toLocaleString("en-US")} reviews/s of ${f.speed.longReviewChars.toLocaleString("en-US")} characters (the seed's size).
  Text model only; \`npm run bench:analyze\` measures the whole analysis.
- Training took ${f.seconds.toFixed(0)} s.

## Reproduce

\`\`\`sh
npx cinemeter train --data ../shared/data/rt-reviews/rt.reviews.tsv.gz
\`\`\`

Training is deterministic (fixed seed, fixed order): the same data gives a file with the same
sha256.
`;
}

function features(f: TrainConfig["score"]["features"]): string {
  const parts = [f.wordNgrams === 1 ? "words" : `word 1–${f.wordNgrams}-grams`];
  if (f.charNgrams)
    parts.push(`character ${f.charNgrams.min}–${f.charNgrams.max}-grams inside words`);
  if (f.negation) parts.push("words in a negation's scope marked as such");
  if (f.contrast) parts.push("words after a contrast (but, however, yet …) doubled");
  return `${parts.join(", ")}, hashed into 2^${f.bits} buckets`;
}
