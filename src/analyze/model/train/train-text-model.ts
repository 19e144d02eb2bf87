import { FRESH_THRESHOLD } from "../../../domain/rating.js";
import { fenceShare, textEvidence } from "../../rating-on-the-fence.js";
import { ratedLogit } from "../../rating-with-text.js";
import { splitSentences } from "../../text/sentences.js";
import { type FeatureConfig, Featurizer, type SparseVector } from "../features.js";
import {
  decodeTextModel,
  encodeTextModel,
  type Stack,
  type StoredLinear,
  type TextModelData,
} from "../model-file.js";
import { fitScoreMap, type ScoreMap } from "../score-map.js";
import { SNIPPET_SENTENCES, TextModel } from "../text-model.js";
import { buildVocabulary, MIN_TEXTS, MIN_TEXTS_SHORT } from "../vocabulary.js";
import {
  type Example,
  type FineExample,
  type Split,
  SST_BAND_CENTRES,
  sstVerdictExamples,
} from "./dataset.js";
import { type Evaluation, evaluateTextModel } from "./evaluate.js";
import { foldScale, naiveBayesRatios, type SgdOptions, trainLinear } from "./linear.js";
import { plotSentences } from "./plot-summaries.js";
import { fitLogisticStack } from "./stack.js";

export interface LinearSpec extends Omit<SgdOptions, "seed"> {
  features: FeatureConfig;
  /** Scale features by naive-Bayes log-count ratios first (NBSVM). */
  naiveBayes: boolean;
}

export interface TrainConfig {
  seed: number;
  /** The verdict model over words, trained on every corpus: critics' snippets, SST phrases, full reviews. */
  words: LinearSpec;
  /** The verdict model over character n-grams, trained on every corpus; read on snippets only. */
  characters: LinearSpec;
  /** The verdict model of full-length reviews, trained on those alone. */
  document: LinearSpec;
  /** The verdict model of critics' snippets, trained on the rt training films alone; read on short texts. */
  critics: LinearSpec;
  /**
   * The snippet reading's own critics' model: trained as `critics`, but a rated snippet's
   * target is (1 − share) × its fresh/rotten label + share × σ((score − 60) / spread), so a 5/5
   * rave counts as more surely fresh than a 3/5 marked fresh. The sentence reading keeps
   * `critics`, so a clause's reading (which judges aspects) and a long text's stay as they
   * were. Null: the snippet reading reads `critics` too. Its naive-Bayes ratios are taken
   * over those targets as naiveBayesRatios reads them, so they contrast the unrated fresh
   * snippets (a target of exactly 1) with all the rest; ratios over the labels, or weighed by
   * the soft targets, read the validation films worse (docs/METHODOLOGY.md).
   */
  snippetCritics: { share: number; spread: number } | null;
  /** The score model, trained on every rating and SST's fine labels. */
  score: LinearSpec;
  /**
   * The subjectivity model: critics' snippets (opinion) against sentences of the training
   * films' plot summaries (the story told), as many of each; a long text's long reading reads
   * the sentences it finds opinion in.
   */
  subjectivity: LinearSpec;
  /**
   * The fresh share the sentence and snippet stacks are calibrated at: that of the rt training
   * films (the critics' reviews at large), by weighing the rt validation films' reviews, or that
   * of the validation films themselves, which is a sampling accident (69% fresh against 60%).
   */
  shortStackFreshShare: "training films" | "validation films";
  /**
   * Once the stacks and score maps are fit, train the character and full-review models, and
   * the snippet reading's own critics' model, again on the training and validation films
   * together (the stacks keep their weights). The models
   * the sentence reading reads (words, critics', score), and so every clause's reading, stay as
   * they were; trained again too, they moved the readings of borderline clauses.
   */
  refitOnValidation: boolean;
}

/** What `cinemeter train` learns from and measures on. */
export interface Corpora {
  /** rt-reviews critics' snippets, split by film. */
  rt: Split;
  /** imdb-reviews full-length reviews, split by film. */
  imdb: Split;
  /** rt.movie_info's plot summaries, by the side of the rt split their film is on. */
  plots: Record<"train" | "validation" | "test", string[]>;
  /**
   * SST: the phrases of nine in ten train trees; the other trees' whole sentences, for the
   * stacks (those with a verdict) and the score map (the neutral ones too); the dev sentences
   * (held out).
   */
  sst: {
    trainPhrases: FineExample[];
    stackSentences: Example[];
    neutralSentences: Example[];
    dev: FineExample[];
  };
}

/** Words, word pairs, negation scope and contrast clauses: one featurization the word, full-review, critics' and score models share. */
const WORDS: FeatureConfig = {
  bits: 21,
  wordNgrams: 2,
  charNgrams: null,
  negation: true,
  contrast: true,
};

/**
 * The configuration `cinemeter train` uses, chosen on the validation films (models/REPORT.md
 * says how): NBSVM-style verdict models over words and over character n-grams, an NBSVM of
 * full reviews and a linear score model, the last two over the same words.
 */
export const DEFAULT_TRAIN_CONFIG: TrainConfig = {
  seed: 20261124,
  words: { features: WORDS, naiveBayes: true, epochs: 5, learningRate: 0.3, l2: 0 },
  characters: {
    features: {
      bits: 20,
      wordNgrams: 1,
      charNgrams: { min: 3, max: 5 },
      negation: true,
      contrast: false,
    },
    naiveBayes: true,
    epochs: 3,
    learningRate: 0.3,
    l2: 0,
  },
  document: { features: WORDS, naiveBayes: true, epochs: 3, learningRate: 0.3, l2: 0 },
  critics: { features: WORDS, naiveBayes: true, epochs: 5, learningRate: 0.3, l2: 0 },
  snippetCritics: { share: 0.3, spread: 10 },
  score: { features: WORDS, naiveBayes: false, epochs: 5, learningRate: 0.05, l2: 0 },
  subjectivity: { features: WORDS, naiveBayes: true, epochs: 5, learningRate: 0.3, l2: 0 },
  shortStackFreshShare: "training films",
  refitOnValidation: true,
};

/** Where each model sits in the file's `linears`, and what the readings run. */
const LINEARS = [
  "words",
  "characters",
  "document",
  "score",
  "critics",
  "subjectivity",
  "critics, rated",
] as const;
const READING_MODELS = {
  sentence: [0, 4, 3],
  snippet: [0, 1, 4, 3],
  long: [0, 2, 3],
};
/** The snippet reading's models when it has a critics' model of its own (TrainConfig.snippetCritics). */
const SNIPPET_WITH_ITS_CRITICS = [0, 1, LINEARS.indexOf("critics, rated"), 3];

export interface TrainResult {
  file: Buffer;
  model: TextModel;
  evaluation: Evaluation;
}

/** Trains, stacks, calibrates, maps scores and evaluates the text model. `log` reports progress. */
export function trainTextModel(
  corpora: Corpora,
  config: TrainConfig,
  log: (line: string) => void = () => {},
): TrainResult {
  const { rt, imdb, sst } = corpora;
  const sstVerdicts = sstVerdictExamples(sst.trainPhrases);
  const everything = [...rt.train, ...sstVerdicts, ...imdb.train];
  log(`words model: ${describe(config.words.features)}, ${everything.length} texts`);
  const words = fitLinear(config.words, everything, labelsOf(everything), "logistic", config.seed);
  log(`characters model: ${describe(config.characters.features)}, ${everything.length} texts`);
  const characters = fitCharacters(config, everything);
  log(`full-review model: ${describe(config.document.features)}, ${imdb.train.length} reviews`);
  const document = fitDocument(config, imdb.train);
  log(`critics' model: ${describe(config.critics.features)}, ${rt.train.length} snippets`);
  const critics = fitLinear(
    config.critics,
    rt.train,
    labelsOf(rt.train),
    "logistic",
    config.seed + 150,
  );
  const snippetCritics = config.snippetCritics
    ? fitLinear(
        config.critics,
        rt.train,
        ratedTargets(rt.train, config.snippetCritics),
        "logistic",
        config.seed + 150,
      )
    : null;
  const ownCritics = snippetCritics ? [snippetCritics] : [];
  const names = snippetCritics ? [...LINEARS] : LINEARS.slice(0, -1);
  const snippetModels = snippetCritics ? SNIPPET_WITH_ITS_CRITICS : READING_MODELS.snippet;
  const opinions = subjectivityExamples(rt.train, plotSentences(corpora.plots.train));
  log(
    `subjectivity model: ${describe(config.subjectivity.features)}, ${opinions.length} texts: critics' snippets and as many sentences of the training films' plot summaries`,
  );
  const subjectivity = fitLinear(
    config.subjectivity,
    opinions,
    labelsOf(opinions),
    "logistic",
    config.seed + 200,
  );
  const scored = [
    ...everything.filter((e) => e.score !== null),
    ...sst.trainPhrases
      .filter((p) => p.label === 2)
      .map((p) => ({ text: p.text, label: 0, score: SST_BAND_CENTRES[2] as number, film: "" })),
  ];
  log(`score model: ${describe(config.score.features)}, ${scored.length} rated texts`);
  const score = fitLinear(
    config.score,
    scored,
    Float64Array.from(scored, (e) => (e.score as number) / 100),
    "squared",
    config.seed + 100,
  );

  // Stacks are fit on what the file will hold: the quantized weights.
  const reading = (models: number[], stack: Stack = { weights: [], bias: 0 }) => ({
    models,
    stack,
  });
  const flat: ScoreMap = { logits: [0], scores: [FRESH_THRESHOLD] };
  const quantized = decodeTextModel(
    encodeTextModel({
      linears: [words, characters, document, score, critics, subjectivity, ...ownCritics],
      names,
      subjectivity: LINEARS.indexOf("subjectivity"),
      readings: {
        sentence: reading(READING_MODELS.sentence),
        snippet: reading(snippetModels),
        long: reading(READING_MODELS.long),
      },
      scoreMaps: { snippet: flat, long: flat },
      ratingCalibration: ratingCalibration(rt.train.filter((e) => e.score !== null)),
      ratingShares: ratingShares(rt.train.filter((e) => e.score !== null && e.scaleStated)),
      freshShare: Math.round(freshShare(rt.train) * 1000) / 1000,
      meta: {},
    }),
  );
  log(
    "stacking and calibrating the sentence and snippet readings on the rt validation films and SST's stacking sentences",
  );
  const shortValidation = [...rt.validation, ...sst.stackSentences];
  const bare = new TextModel(quantized);
  const outputsOf = (kind: "sentence" | "snippet") =>
    shortValidation.map((e) => bare.modelOutputs(kind, e.text));
  const rtLabels = labelsList(shortValidation);
  const shortWeights =
    config.shortStackFreshShare === "training films"
      ? [
          ...weightsForFreshShare(labelsList(rt.validation), freshShare(rt.train)),
          ...sst.stackSentences.map(() => 1),
        ]
      : undefined;
  const sentence = reading(
    READING_MODELS.sentence,
    fitLogisticStack(outputsOf("sentence"), rtLabels, undefined, shortWeights),
  );
  const snippet = reading(
    snippetModels,
    fitLogisticStack(outputsOf("snippet"), rtLabels, undefined, shortWeights),
  );
  const withShort = new TextModel({
    ...quantized,
    readings: { sentence, snippet, long: quantized.readings.long },
  });

  log("stacking and calibrating the long-review reading on the imdb validation films");
  const longValidation = imdb.validation.filter(isLong);
  const long = reading(
    READING_MODELS.long,
    fitLogisticStack(
      longValidation.map((e) => [...withShort.longInputs(e.text)]),
      labelsList(longValidation),
    ),
  );
  const readings = { sentence, snippet, long };
  const withStacks = new TextModel({ ...quantized, readings });

  // Snippets map to the scores of rated validation snippets and SST's stacking sentences, the
  // neutral ones too (their class's band); long texts to critics' ratings alone.
  log("mapping log-odds to scores");
  const rated = [...shortValidation, ...sst.neutralSentences].filter((e) => e.score !== null);
  const criticRatings = rt.validation.flatMap((e) => (e.score === null ? [] : [e.score]));
  const scoreMaps = {
    snippet: fitScoreMap(
      rated.map((e) => withStacks.snippetLogit(e.text)),
      rated.map((e) => e.score as number),
      FRESH_THRESHOLD,
    ),
    long: fitScoreMap(
      longValidation.map((e) => withStacks.predict(e.text).logit),
      criticRatings,
      FRESH_THRESHOLD,
    ),
  };
  // How much a text weighs on a rating on the fence, fit on the validation films' such
  // reviews as the models that had not seen them read them.
  const fenceWeight = fitFenceWeight(withStacks, rt.validation);
  log(`text evidence on a rating on the fence weighs ${fenceWeight}`);
  // And on how sure a verdict from a rating off the fence is, fit the same way.
  const ratedTextWeight = fitRatedTextWeight(withStacks, rt.validation);
  log(`text evidence on a verdict from a rating off the fence weighs ${ratedTextWeight}`);
  // The stacks and maps chosen, the character and full-review models and the snippet
  // reading's own critics' model learn from the validation films too (the stacks keep their
  // weights, fit on what models that had not seen those films made of them). Not the models
  // the sentence reading reads: a clause's reading, which judges aspects, stays as it was
  // chosen.
  let linears = quantized.linears;
  if (config.refitOnValidation) {
    const texts = [
      ...rt.train,
      ...rt.validation,
      ...sstVerdicts,
      ...imdb.train,
      ...imdb.validation,
    ];
    log(`characters model again, with the validation films: ${texts.length} texts`);
    const moreCharacters = fitCharacters(config, texts);
    const reviews = [...imdb.train, ...imdb.validation];
    log(`full-review model again, with the validation films: ${reviews.length} reviews`);
    const moreDocument = fitDocument(config, reviews);
    const snippets = [...rt.train, ...rt.validation];
    if (config.snippetCritics)
      log(
        `snippet reading's critics' model again, with the validation films: ${snippets.length} snippets`,
      );
    const moreOwnCritics = config.snippetCritics
      ? [
          fitLinear(
            config.critics,
            snippets,
            ratedTargets(snippets, config.snippetCritics),
            "logistic",
            config.seed + 150,
          ),
        ]
      : ownCritics;
    linears = decodeTextModel(
      encodeTextModel({
        ...quantized,
        linears: [
          words,
          moreCharacters,
          moreDocument,
          score,
          critics,
          subjectivity,
          ...moreOwnCritics,
        ],
      }),
    ).linears;
  }
  // The words the models learned, so that a text in words they never saw is not read as a guess.
  const vocabulary = buildVocabulary([...rt.train, ...imdb.train].map((e) => e.text));
  log(
    `vocabulary: ${vocabulary.length} words used by ${MIN_TEXTS} or more training reviews (${MIN_TEXTS_SHORT} for short words)`,
  );
  const data: TextModelData = {
    ...quantized,
    linears,
    readings,
    vocabulary,
    scoreMaps,
    fenceWeight,
    ratedTextWeight,
  };
  const model = new TextModel(data);
  log("evaluating on the held-out films and SST dev");
  const evaluation = evaluateTextModel(model, corpora, config.seed);
  data.meta = {
    trainedBy: "cinemeter train",
    config,
    split: {
      by: "film",
      seed: config.seed,
      rt: sizes(rt),
      imdb: sizes(imdb),
      sst: {
        trainPhrases: sst.trainPhrases.length,
        stackSentences: sst.stackSentences.length,
        neutralSentences: sst.neutralSentences.length,
        dev: sst.dev.length,
      },
    },
    evaluation,
  };
  const file = encodeTextModel(data);
  return { file, model: new TextModel(decodeTextModel(file)), evaluation };
}

const isLong = (e: Example) => splitSentences(e.text).length > SNIPPET_SENTENCES;

/** The characters model (every corpus's texts; the snippet reading reads it). */
const fitCharacters = (config: TrainConfig, texts: Example[]) =>
  fitLinear(config.characters, texts, labelsOf(texts), "logistic", config.seed + 1);

/** The full-review model (full-length reviews alone; the long reading reads it). */
const fitDocument = (config: TrainConfig, reviews: Example[]) =>
  fitLinear(config.document, reviews, labelsOf(reviews), "logistic", config.seed + 50);

/**
 * What the subjectivity model learns from: the sentences of plot summaries (the story told,
 * 0) and as many critics' snippets (opinion, 1), taken at even steps through `snippets`.
 */
function subjectivityExamples(snippets: Example[], story: string[]): Example[] {
  const step = Math.max(1, Math.floor(snippets.length / Math.max(1, story.length)));
  const opinion = snippets.filter((_, i) => i % step === 0).slice(0, story.length);
  return [
    ...opinion.map((e) => ({ ...e, label: 1 })),
    ...story.map((text) => ({ text, label: 0, score: null, film: "" })),
  ];
}

function fitLinear(
  spec: LinearSpec,
  examples: Example[],
  targets: Float64Array,
  loss: "logistic" | "squared",
  seed: number,
): StoredLinear {
  const featurizer = new Featurizer(spec.features);
  const vectors: SparseVector[] = examples.map((e) => featurizer.featurize(e.text));
  const dimension = 1 << spec.features.bits;
  const options = { epochs: spec.epochs, learningRate: spec.learningRate, l2: spec.l2, seed };
  if (!spec.naiveBayes) {
    return {
      features: spec.features,
      scale: 1,
      ...trainLinear(vectors, targets, dimension, loss, options),
    };
  }
  const ratios = naiveBayesRatios(vectors, targets, dimension);
  const model = trainLinear(vectors, targets, dimension, loss, options, ratios);
  return { features: spec.features, scale: 1, ...foldScale(model, ratios) };
}

/**
 * The snippet reading's critics' model's targets: each snippet's fresh/rotten label, moved
 * toward what its rating says where it has one (TrainConfig.snippetCritics).
 */
function ratedTargets(
  examples: Example[],
  { share, spread }: NonNullable<TrainConfig["snippetCritics"]>,
): Float64Array {
  return Float64Array.from(examples, (e) =>
    e.score === null
      ? e.label
      : (1 - share) * e.label + share / (1 + Math.exp(-(e.score - FRESH_THRESHOLD) / spread)),
  );
}

/** The share of examples labelled fresh. */
const freshShare = (examples: Example[]) =>
  examples.filter((e) => e.label === 1).length / Math.max(1, examples.length);

/**
 * Weights that make the fresh examples among `labels` carry `share` of their total (which stays
 * their count), so a stack fit on them is calibrated at that share of fresh reviews.
 */
function weightsForFreshShare(labels: readonly number[], share: number): number[] {
  const fresh = labels.filter((label) => label === 1).length;
  const rotten = labels.length - fresh;
  if (fresh === 0 || rotten === 0) return labels.map(() => 1);
  return labels.map((label) =>
    label === 1 ? (share * labels.length) / fresh : ((1 - share) * labels.length) / rotten,
  );
}

const labelsOf = (examples: Example[]) => Float64Array.from(examples, (e) => e.label);
const labelsList = (examples: Example[]) => examples.map((e) => e.label);
const sizes = (split: Split) => ({
  films: split.films,
  reviews: {
    train: split.train.length,
    validation: split.validation.length,
    test: split.test.length,
  },
});

/** P(fresh) for ratings in each tenth of 0–100, Laplace-smoothed, from training reviews. */
function ratingCalibration(rated: Example[]): number[] {
  const bins = Array.from({ length: 10 }, () => ({ fresh: 1, total: 2 }));
  for (const e of rated) {
    const bin = bins[Math.min(9, Math.floor((e.score as number) / 10))] as {
      fresh: number;
      total: number;
    };
    bin.fresh += e.label;
    bin.total += 1;
  }
  return bins.map((b) => Math.round((b.fresh / b.total) * 1000) / 1000);
}

/**
 * The weight of a text's evidence on a rating on the fence (fenceLogit) that fits how often
 * the validation films' reviews so rated were fresh; 1 when there are none (fitTextWeight).
 */
function fitFenceWeight(model: TextModel, validation: Example[]): number {
  return fitTextWeight(
    validation.flatMap((e) => {
      const share = fenceShare({ score: e.score, scaleStated: e.scaleStated === true }, model);
      if (share === null) return [];
      const x = textEvidence(model.predict(e.text).logit, model);
      return [{ x, offset: Math.log(share / (1 - share)), y: e.label }];
    }),
  );
}

/**
 * The weight of a text's evidence on the confidence of a verdict from a rating off the fence
 * (ratedLogit) that fits how often the validation films' reviews so rated were fresh, the
 * rating's share (its exact score's, or its tenth's) as the offset; 1 when there are none.
 */
function fitRatedTextWeight(model: TextModel, validation: Example[]): number {
  return fitTextWeight(
    validation.flatMap((e) => {
      if (e.score === null) return [];
      const scaleStated = e.scaleStated === true;
      if (fenceShare({ score: e.score, scaleStated }, model) !== null) return [];
      const positive = e.score >= FRESH_THRESHOLD;
      const right = model.ratingConfidence(e.score, positive, scaleStated);
      const offset = ratedLogit(positive ? right : 1 - right, null, model);
      return [{ x: textEvidence(model.predict(e.text).logit, model), offset, y: e.label }];
    }),
  );
}

/**
 * A one-parameter logistic regression of the labels on the text's evidence `x`, with the
 * rating's log-odds as its offset, by Newton's method from 1: the weight, kept within 0–1 (a
 * text's calibrated evidence counts at most at face value) and rounded to 3 decimals; 1 when
 * there are no points.
 */
function fitTextWeight(points: Array<{ x: number; offset: number; y: number }>): number {
  if (points.length === 0) return 1;
  let weight = 1;
  for (let step = 0; step < 25; step++) {
    let gradient = 0;
    let curvature = 0;
    for (const { x, offset, y } of points) {
      const p = 1 / (1 + Math.exp(-(weight * x + offset)));
      gradient += (p - y) * x;
      curvature += p * (1 - p) * x * x;
    }
    if (curvature === 0) break;
    weight -= gradient / curvature;
  }
  return Math.round(Math.min(1, Math.max(0, weight)) * 1000) / 1000;
}

/** The fewest training reviews a score needs to have its own share in `ratingShares`. */
const MIN_REVIEWS_PER_SHARE = 100;

/**
 * P(fresh) for each exact rating score given by MIN_REVIEWS_PER_SHARE training reviews or
 * more, Laplace-smoothed: [score, share], score ascending. From ratings that state their scale:
 * a bare "1" read on an outlet's 10 is another thing (rt-reviews: fresh 96 times in 100).
 */
function ratingShares(rated: Example[]): Array<[number, number]> {
  const byScore = new Map<number, { fresh: number; total: number }>();
  for (const e of rated) {
    const score = e.score as number;
    const tally = byScore.get(score) ?? { fresh: 1, total: 2 };
    tally.fresh += e.label;
    tally.total += 1;
    byScore.set(score, tally);
  }
  return [...byScore]
    .filter(([, t]) => t.total - 2 >= MIN_REVIEWS_PER_SHARE)
    .sort(([a], [b]) => a - b)
    .map(([score, t]) => [score, Math.round((t.fresh / t.total) * 1000) / 1000]);
}

function describe(f: FeatureConfig): string {
  const parts = [`word 1–${f.wordNgrams}-grams`];
  if (f.charNgrams) parts.push(`char ${f.charNgrams.min}–${f.charNgrams.max}-grams`);
  if (f.negation) parts.push("negation scope");
  if (f.contrast) parts.push("contrast clauses");
  return `${parts.join(", ")}, 2^${f.bits} buckets`;
}
