import { FRESH_THRESHOLD } from "../../../domain/rating.js";
import { fenceLogit } from "../../rating-on-the-fence.js";
import { ratedLogit } from "../../rating-with-text.js";
import type { TextModel, TextPrediction } from "../text-model.js";
import { inCorpusForm } from "./corpus-form.js";
import type { Example } from "./dataset.js";
import { meanAbsoluteError, type VerdictMetrics, verdictMetrics } from "./metrics.js";
import { type PlotReading, plotSentences, readWithPlotSummaries } from "./plot-summaries.js";
import type { Corpora } from "./train-text-model.js";

/** How `textScore` fits real ratings on held-out rated reviews. */
export interface ScoreFit {
  count: number;
  /** Mean absolute error in points on 0–100. */
  mae: number;
  /** The same, predicting the mean rating every time. */
  baselineMae: number;
  correlation: number;
  /** Share of reviews in each tenth of 0–100: the estimated scores, then the real ratings. */
  histogram: { estimated: number[]; actual: number[] };
}

export interface Evaluation {
  /** rt-reviews, the held-out test films. */
  rt: {
    text: { all: VerdictMetrics; unrated: VerdictMetrics; rated: VerdictMetrics };
    /** The analysis verdict (the rating's when there is one, else the text's). */
    pipeline: { all: number; unrated: number; rated: number };
    /**
     * The test reviews rated on the fence (ON_THE_FENCE): how many, and how often their
     * verdict is right as the analysis reads it (the text weighed with the rating) and by the
     * rating's score against 60 alone; the mean confidence shown for them, and the weight of
     * a text's evidence there (TextModel.fenceWeight).
     */
    fence: {
      count: number;
      weighed: number;
      byScore: number;
      meanConfidence: number;
      weight: number;
    };
    /**
     * The rated test reviews' verdicts as the analysis reads them, with the probability of
     * fresh its confidence claims (each score's own share where kept, the fence's weighing);
     * and the same from the tenths of 0–100 alone, as before scores' own shares were kept.
     */
    rated: {
      metrics: VerdictMetrics;
      byTenths: VerdictMetrics;
      /** The same with each score's own share (and the fence's weighing) but no text off the fence. */
      byShare: VerdictMetrics;
      /** How much the text's evidence weighs off the fence (TextModel.ratedTextWeight). */
      textWeight: number;
      /**
       * The rated test reviews off the fence by how surely their text reads against their
       * rating (`from` ≤ that probability < `to`): how many, the mean confidence their verdict
       * shows from the rating's share alone and with the text weighed, and the share whose
       * rating's side was the critic's.
       */
      againstText: Array<{
        from: number;
        to: number;
        count: number;
        byShare: number;
        withText: number;
        right: number;
      }>;
    };
    score: ScoreFit;
    /** Films with ≥ 10 reviews: mean gap in points between % positive by the analysis and % fresh. */
    films: { count: number; meanGap: number };
    /** The text model's accuracy on the same snippets in corpus form (`inCorpusForm`). */
    corpusForm: number;
  };
  /** imdb-reviews, the held-out test films: full-length reviews. */
  imdb: { text: VerdictMetrics; score: ScoreFit };
  /** SST dev sentences: five classes by 20-point band of `textScore`, and positive/negative. */
  sst: {
    fine: { count: number; accuracy: number; confusion: number[][] };
    binary: { count: number; accuracy: number };
  };
  /** Texts read in this evaluation whose verdict (log-odds ≥ 0) and score (≥ 60) disagree. */
  disagreements: number;
  /**
   * The subjectivity model on held-out text: the test films' critics' snippets (opinion)
   * against as many sentences of their plot summaries (the story told).
   */
  subjectivity: { count: number; accuracy: number };
  /**
   * The imdb test reviews read as written and with a test film's plot summary placed in them,
   * each also in corpus form.
   */
  plots: PlotReading[];
  /**
   * Held-out texts the model declines to read (fewer than half their words learned, or no
   * words: see vocabulary.ts), whose analysis estimates nothing; `right`: how many of them the
   * model's guess, counted in the figures above, had right. Absent for a model without a
   * vocabulary.
   */
  unread?: { vocabulary: number } & Record<
    "rt" | "imdb" | "sst",
    { count: number; of: number; right: number }
  >;
}

/** How surely a rated review's text reads against its rating: the report's rows. */
const AGAINST_TEXT_EDGES = [0, 0.5, 0.8, 0.9, 0.95, 0.99, 1];

/** Measures the model on everything the corpora held out from training. */
export function evaluateTextModel(model: TextModel, corpora: Corpora, seed: number): Evaluation {
  let disagreements = 0;
  const predict = (text: string): TextPrediction => {
    const p = model.predict(text);
    if (p.logit >= 0 !== p.score >= FRESH_THRESHOLD) disagreements++; // as the analysis reads them
    return p;
  };
  const rtTest = corpora.rt.test;
  const rtPredictions = rtTest.map((e) => predict(e.text));
  const verdicts = (keep: (e: Example) => boolean) => {
    const idx = rtTest.flatMap((e, i) => (keep(e) ? [i] : []));
    return verdictMetrics(
      idx.map((i) => (rtPredictions[i] as TextPrediction).probability),
      idx.map((i) => (rtTest[i] as Example).label),
    );
  };
  // As the analysis reads them: a rating on the fence leaves the verdict to the text.
  const fences = rtTest.map((e, i) =>
    e.score === null
      ? null
      : fenceLogit(
          { score: e.score, scaleStated: e.scaleStated === true },
          (rtPredictions[i] as TextPrediction).logit,
          model,
        ),
  );
  const pipelinePositive = rtTest.map((e, i) => {
    const fence = fences[i] ?? null;
    if (fence !== null) return fence >= 0;
    return e.score !== null
      ? e.score >= FRESH_THRESHOLD
      : (rtPredictions[i] as TextPrediction).logit >= 0;
  });
  const onFence = fences.flatMap((fence, i) => (fence !== null ? [i] : []));
  // P(fresh) as a rated review's confidence says it: the rating's share, or the fence's.
  const ratedIdx = rtTest.flatMap((e, i) => (e.score !== null ? [i] : []));
  const freshChance = (i: number, exact: boolean, withText = exact) => {
    const e = rtTest[i] as Example;
    const fence = fences[i] ?? null;
    if (fence !== null && exact) return 1 / (1 + Math.exp(-fence));
    const score = e.score as number;
    const stated = exact && e.scaleStated === true;
    const fresh =
      score >= FRESH_THRESHOLD
        ? model.ratingConfidence(score, true, stated)
        : 1 - model.ratingConfidence(score, false, stated);
    if (!withText) return fresh;
    const textLogit = (rtPredictions[i] as TextPrediction).logit;
    return 1 / (1 + Math.exp(-ratedLogit(fresh, textLogit, model)));
  };
  // The rated test reviews off the fence, by how surely their text reads against the rating.
  const againstText = AGAINST_TEXT_EDGES.slice(1).map((to, k) => {
    const from = AGAINST_TEXT_EDGES[k] as number;
    const idx = ratedIdx.filter((i) => {
      if (fences[i] != null) return false;
      const positive = (rtTest[i]?.score as number) >= FRESH_THRESHOLD;
      const p = (rtPredictions[i] as TextPrediction).probability;
      const against = positive ? 1 - p : p;
      return against >= from && (against < to || to === 1);
    });
    const mean = (f: (i: number) => number) =>
      idx.reduce((sum, i) => sum + f(i), 0) / Math.max(1, idx.length);
    const rightSide = (i: number, fresh: number) =>
      (rtTest[i]?.score as number) >= FRESH_THRESHOLD ? fresh : 1 - fresh;
    return {
      from,
      to,
      count: idx.length,
      byShare: mean((i) => rightSide(i, freshChance(i, true, false))),
      withText: mean((i) => rightSide(i, freshChance(i, true))),
      right: mean((i) =>
        ((rtTest[i]?.score as number) >= FRESH_THRESHOLD ? 1 : 0) === rtTest[i]?.label ? 1 : 0,
      ),
    };
  });
  const ratedLabels = ratedIdx.map((i) => (rtTest[i] as Example).label);
  const rightOf = (positive: (i: number) => boolean) =>
    onFence.filter((i) => (positive(i) ? 1 : 0) === rtTest[i]?.label).length /
    Math.max(1, onFence.length);
  const share = (keep: (e: Example) => boolean) => {
    const idx = rtTest.flatMap((e, i) => (keep(e) ? [i] : []));
    const right = idx.filter((i) => (pipelinePositive[i] ? 1 : 0) === rtTest[i]?.label);
    return right.length / Math.max(1, idx.length);
  };

  const imdbTest = corpora.imdb.test;
  const imdbPredictions = imdbTest.map((e) => predict(e.text));

  const confusion = Array.from({ length: 5 }, () => [0, 0, 0, 0, 0]);
  let fineRight = 0;
  for (const e of corpora.sst.dev) {
    const band = Math.min(4, Math.floor(predict(e.text).score / 20));
    const row = confusion[e.label] as number[];
    row[band] = (row[band] as number) + 1;
    if (band === e.label) fineRight++;
  }
  const binary = corpora.sst.dev.filter((e) => e.label !== 2);
  const binaryRight = binary.filter(
    (e) => (predict(e.text).probability >= 0.5 ? 1 : 0) === (e.label > 2 ? 1 : 0),
  ).length;

  return {
    rt: {
      text: {
        all: verdicts(() => true),
        unrated: verdicts((e) => e.score === null),
        rated: verdicts((e) => e.score !== null),
      },
      pipeline: {
        all: share(() => true),
        unrated: share((e) => e.score === null),
        rated: share((e) => e.score !== null),
      },
      rated: {
        metrics: verdictMetrics(
          ratedIdx.map((i) => freshChance(i, true)),
          ratedLabels,
        ),
        byTenths: verdictMetrics(
          ratedIdx.map((i) => freshChance(i, false)),
          ratedLabels,
        ),
        byShare: verdictMetrics(
          ratedIdx.map((i) => freshChance(i, true, false)),
          ratedLabels,
        ),
        textWeight: model.ratedTextWeight,
        againstText,
      },
      fence: {
        count: onFence.length,
        weighed: rightOf((i) => pipelinePositive[i] === true),
        byScore: rightOf((i) => (rtTest[i]?.score ?? 0) >= FRESH_THRESHOLD),
        meanConfidence:
          onFence.reduce((sum, i) => {
            const p = freshChance(i, true);
            return sum + Math.max(p, 1 - p);
          }, 0) / Math.max(1, onFence.length),
        weight: model.fenceWeight,
      },
      score: scoreFit(rtTest, rtPredictions),
      films: filmGaps(rtTest, pipelinePositive),
      corpusForm:
        rtTest.filter((e) => (predict(inCorpusForm(e.text)).probability >= 0.5 ? 1 : 0) === e.label)
          .length / Math.max(1, rtTest.length),
    },
    imdb: {
      text: verdictMetrics(
        imdbPredictions.map((p) => p.probability),
        imdbTest.map((e) => e.label),
      ),
      score: scoreFit(imdbTest, imdbPredictions),
    },
    sst: {
      fine: {
        count: corpora.sst.dev.length,
        accuracy: fineRight / Math.max(1, corpora.sst.dev.length),
        confusion,
      },
      binary: { count: binary.length, accuracy: binaryRight / Math.max(1, binary.length) },
    },
    disagreements,
    subjectivity: subjectivityAccuracy(model, corpora),
    plots: readWithPlotSummaries(
      (text) => model.predict(text).probability,
      imdbTest,
      corpora.plots.test,
      seed,
    ),
    ...(model.data.vocabulary
      ? {
          unread: {
            vocabulary: model.data.vocabulary.length,
            rt: unreadTexts(model, rtTest),
            imdb: unreadTexts(model, imdbTest),
            sst: unreadTexts(
              model,
              binary.map((e) => ({ text: e.text, label: e.label > 2 ? 1 : 0 })),
            ),
          },
        }
      : {}),
  };
}

/** How many of the texts the model declines to read, and how many of those its guess had right. */
function unreadTexts(
  model: TextModel,
  examples: ReadonlyArray<{ text: string; label: number }>,
): { count: number; of: number; right: number } {
  let count = 0;
  let right = 0;
  for (const e of examples) {
    const read = model.read(e.text);
    if (read.readable === true) continue;
    count++;
    if ((read.prediction.probability >= 0.5 ? 1 : 0) === e.label) right++;
  }
  return { count, of: examples.length, right };
}

/** How often the subjectivity model tells the test films' snippets from their plot summaries' sentences. */
function subjectivityAccuracy(model: TextModel, corpora: Corpora): Evaluation["subjectivity"] {
  const story = plotSentences(corpora.plots.test);
  const opinion = corpora.rt.test.slice(0, story.length).map((e) => e.text);
  const right =
    opinion.filter((text) => model.givesOpinion(text)).length +
    story.filter((text) => !model.givesOpinion(text)).length;
  const count = opinion.length + story.length;
  return { count, accuracy: right / Math.max(1, count) };
}

function scoreFit(examples: Example[], predictions: TextPrediction[]): ScoreFit {
  const idx = examples.flatMap((e, i) => (e.score !== null ? [i] : []));
  const estimated = idx.map((i) => (predictions[i] as TextPrediction).score);
  const actual = idx.map((i) => (examples[i] as Example).score as number);
  const meanActual = mean(actual);
  return {
    count: idx.length,
    mae: meanAbsoluteError(estimated, actual),
    baselineMae: meanAbsoluteError(
      actual.map(() => meanActual),
      actual,
    ),
    correlation: pearson(estimated, actual),
    histogram: { estimated: histogram(estimated), actual: histogram(actual) },
  };
}

/** Per film with at least 10 reviews: |% positive − % fresh|, averaged, in points. */
function filmGaps(examples: Example[], positive: boolean[]): { count: number; meanGap: number } {
  const films = new Map<string, { n: number; positive: number; fresh: number }>();
  examples.forEach((e, i) => {
    const film = films.get(e.film) ?? { n: 0, positive: 0, fresh: 0 };
    film.n++;
    if (positive[i]) film.positive++;
    film.fresh += e.label;
    films.set(e.film, film);
  });
  const gaps = [...films.values()]
    .filter((f) => f.n >= 10)
    .map((f) => (100 * Math.abs(f.positive - f.fresh)) / f.n);
  return { count: gaps.length, meanGap: mean(gaps) };
}

function histogram(values: number[]): number[] {
  const bins = new Array<number>(10).fill(0);
  for (const v of values) {
    const bin = Math.min(9, Math.floor(v / 10));
    bins[bin] = (bins[bin] as number) + 1;
  }
  return bins.map((b) => Math.round((1000 * b) / Math.max(1, values.length)) / 1000);
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function pearson(a: number[], b: number[]): number {
  const ma = mean(a);
  const mb = mean(b);
  let num = 0;
  let da = 0;
  let db = 0;
  a.forEach((x, i) => {
    const y = b[i] as number;
    num += (x - ma) * (y - mb);
    da += (x - ma) ** 2;
    db += (y - mb) ** 2;
  });
  return num / Math.sqrt(da * db || 1);
}
