import { LONG_SENTENCE_INPUTS, MIN_EXTRACT_SENTENCES, SNIPPET_SENTENCES } from "../text-model.js";
import {
  MIN_KNOWN_SHARE,
  MIN_TEXTS,
  MIN_TEXTS_SHORT,
  MIN_UNKNOWN_WORDS,
  SHORT_WORD,
} from "../vocabulary.js";
import type { Evaluation, ScoreFit } from "./evaluate.js";
import type { VerdictMetrics } from "./metrics.js";
import type { LinearSpec, TrainConfig } from "./train-text-model.js";

interface SplitSizes {
  films: { train: number; validation: number; test: number };
  reviews: { train: number; validation: number; test: number };
}

export interface ReportFacts {
  files: Array<{ path: string; sha256: string }>;
  corpora: {
    rt: SplitSizes;
    imdb: SplitSizes;
    sst: { trainPhrases: number; stackSentences: number; neutralSentences: number; dev: number };
    plots: { train: number; validation: number; test: number };
  };
  config: TrainConfig;
  evaluation: Evaluation;
  file: { name: string; bytes: number; sha256: string };
  speed: { snippetsPerSecond: number; longReviewsPerSecond: number; longReviewChars: number };
  seconds: number;
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const count = (x: number) => Math.round(x).toLocaleString("en-US");

/** models/REPORT.md: how the committed text model was made and how it scored, held out. */
export function textModelReport(f: ReportFacts): string {
  const refit = f.config.refitOnValidation ? " (then with the validation films too: below)" : "";
  const e = f.evaluation;
  const { rt, imdb } = f.corpora;
  const row = (name: string, m: VerdictMetrics) =>
    `| ${name} | ${m.count} | ${pct(m.accuracy)} | ${pct(m.recall.positive)} / ${pct(m.recall.negative)} | ${pct(m.balancedAccuracy)} | ${m.logLoss.toFixed(3)} | ${m.brier.toFixed(3)} | ${m.ece.toFixed(3)} |`;
  return `# Text model report

The text model that \`cinemeter analyze\` uses to estimate a review's verdict and score from its
words alone. Written by \`cinemeter train\`; every figure below was measured by that run on
text the model never trained on.

## Data

${f.files.map((d) => `- \`${d.path}\` (sha256 \`${d.sha256.slice(0, 16)}…\`)`).join("\n")}

| corpus | what | train | validation (stacks, calibration, score map) | test (figures below) |
|---|---|---|---|---|
| rt-reviews | critics' snippets, fresh/rotten, the rating normalized by Cinemeter's rules where usable; split **by film** | ${sides(rt, "train")} | ${sides(rt, "validation")} | ${sides(rt, "test")} |
| imdb-reviews | full-length user reviews, positive/negative, the user's 1–10 rating (7/10 → 70); split **by film** | ${sides(imdb, "train")} | ${sides(imdb, "validation")} | ${sides(imdb, "test")} |
| SST | sentences of RT snippets, every phrase labelled 0–4 | ${count(f.corpora.sst.trainPhrases)} phrases of nine in ten train trees (neutral ones only for the score) | ${count(f.corpora.sst.stackSentences)} whole sentences of the other train trees that are not neutral; ${count(f.corpora.sst.neutralSentences)} neutral ones for the score map alone | ${count(f.corpora.sst.dev)} dev sentences |
| rt.movie_info | plot summaries (synopses of 200 characters or more), no verdict; by the side of the rt-reviews split their film is on | ${count(f.corpora.plots.train)} films: the story told, for the subjectivity model | ${count(f.corpora.plots.validation)} films (unused) | ${count(f.corpora.plots.test)} films: placed in the imdb test reviews |

Films are shuffled with seed ${f.config.seed}; no film has reviews on two sides. SST's own test
split and the other public benchmarks are never read.

## Model

Text is normalized (HTML entities, curly quotes, Penn-Treebank marks such as \`-lrb-\` and
\`does n't\`) and lowercased, so raw reviews and pre-tokenized benchmark text read alike.

1. **Words**, trained on all three corpora: ${linear(f.config.words)}.
2. **Characters**, trained on all three corpora${refit}: ${linear(f.config.characters)}.
3. **Full reviews**, trained on the imdb-reviews train films alone${refit}: ${linear(f.config.document)}.
4. **Critics' snippets**, trained on the rt-reviews train films alone: ${linear(f.config.critics)}.
5. **Score**: linear regression of the rating (0–1) over ${features(f.config.score)}, trained on every rated text (SST phrases at the middle of their class's 20-point band); ${f.config.score.epochs} epochs.
6. **Subjectivity** (Pang & Lee 2004: does a sentence give an opinion or tell the story?), trained on sentences of the rt-reviews train films' plot summaries and as many of their critics' snippets: ${linear(f.config.subjectivity)}.${snippetCritics(f.config.snippetCritics, refit)}

Three readings, each a logistic stack over some of these models' outputs:

- **a sentence** (every sentence of a long text, and the clauses aspects are judged by):
  words, critics' snippets and score, fit on the rt validation films and SST's stacking sentences; one
  featurization, so it is cheap;
- **a snippet** (a text of up to ${SNIPPET_SENTENCES} sentences, read whole): words, characters, critics' snippets${f.config.snippetCritics ? " (rated)" : ""} and score, fit
  on the same;${
    f.config.shortStackFreshShare === "training films"
      ? `
  in both fits the validation films' reviews are weighed so that the fresh ones carry the
  training films' share of fresh reviews (the critics' at large), not the validation films'
  own, which is a sampling accident;`
      : ""
  }
- **a long text**: words, full reviews and score on its subjective extract (the sentences the
  subjectivity model reads as opinion, or the whole text when fewer than
  ${MIN_EXTRACT_SENTENCES} are), then all the sentences' readings:
  ${LONG_SENTENCE_INPUTS.join(", ")}; fit on the imdb validation films. A full review is not
  the mean of its sentences: the stack learns how much the conclusion and the contrasts weigh;
  and a review that retells its film's story is read for what it says of the film, not for
  the words the story is told in.
${
  f.config.refitOnValidation
    ? `
Once the stacks and the score maps are fit, the characters and full-review models${f.config.snippetCritics ? ", and the snippet reading's critics' model," : ""} are trained
again on the training and validation films together, and the stacks keep their weights (fit on
what models that had not seen those films made of them). The models the sentence reading reads
stay as they were, so a clause's reading, which judges aspects, is the one chosen.
`
    : ""
}
Each stack gives calibrated log-odds *z*. **One estimate:** the probability is σ(*z*) and
\`textScore\` is a monotone map of the same *z*, with *z* = 0 at the fresh threshold (60): the
n-th quantile of *z* on each side goes to the n-th quantile of real scores on that side: for
snippets, the rt validation films' normalized ratings with SST's stacking sentences, the
neutral ones too, at the middle of their class's band; for long texts, the critics' ratings alone. So the text's
verdict is \`textScore\` ≥ 60, always, and the scores spread like real ratings.

**Ratings.** The file also keeps how often the training films' reviews rated in each tenth of
0–100 were fresh, and, for each score given on a stated scale by 100 of them or more, how often
that exact score was (a 2½ of 4 is not a 3 of 5): the confidence of a verdict from a rating,
and which ratings sit on the fence (fresh between 30% and 70% of the time), whose verdict the
analysis leaves to the text, weighed with that share. Off the fence the verdict is the
rating's, but how sure it is weighs the text too: the log-odds of the rating's share plus the
text's evidence (its log-odds beyond the share of fresh reviews its calibration assumes) times
a weight fit on the validation films' such reviews, so that a rating its text reads against is
shown as unsure, not as sure as its share.

## Results

### Critics' snippets (rt-reviews, held-out films)

Text model alone (positive when the probability is ≥ ½, the same as \`textScore\` ≥ 60):

| reviews | count | accuracy | positive / negative found | balanced | log loss | Brier | ECE |
|---|---|---|---|---|---|---|---|
${row("all with text", e.rt.text.all)}
${row("without a rating", e.rt.text.unrated)}
${row("with a rating", e.rt.text.rated)}

"Balanced" is the mean of the two shares found, the accuracy on a set with as many positive
texts as negative ones, as Pang & Lee's sentence polarity set has: published figures on it
compare with that column, not with accuracy on critics' real mix. In corpus form (lowercased,
punctuation spaced off, as that set prints critics' snippets), the text model reads
${pct(e.rt.corpusForm)} of them right.

The analysis verdict when the fresh column is not read (the rating's when the review has a
usable one, score ≥ 60, unless it sits on the fence — a 2½ of 4 — where the text decides; else
the text's): **${pct(e.rt.pipeline.all)}** of all test reviews with
text, ${pct(e.rt.pipeline.unrated)} of those without a rating, ${pct(e.rt.pipeline.rated)} of those with one.
Of the ${count(e.rt.fence.count)} rated on the fence, ${pct(e.rt.fence.weighed)} are read right so (their
confidence ${pct(e.rt.fence.meanConfidence)} on average: the text's evidence weighs ${e.rt.fence.weight} there, as fit on
the validation films' such reviews), against ${pct(e.rt.fence.byScore)} by their score against 60 alone. The confidence a rated review's verdict
shows, over the ${count(e.rt.rated.metrics.count)} rated test reviews: Brier ${e.rt.rated.metrics.brier.toFixed(3)}, log loss
${e.rt.rated.metrics.logLoss.toFixed(3)}, ECE ${e.rt.rated.metrics.ece.toFixed(3)}, with the text's evidence weighing ${e.rt.rated.textWeight} off the fence
(as fit on the validation films' such reviews); from the ratings' shares alone off the fence,
Brier ${e.rt.rated.byShare.brier.toFixed(3)}, log loss ${e.rt.rated.byShare.logLoss.toFixed(3)}, ECE ${e.rt.rated.byShare.ece.toFixed(3)}; from the tenths of 0–100 alone and
no fence, Brier ${e.rt.rated.byTenths.brier.toFixed(3)}, log loss ${e.rt.rated.byTenths.logLoss.toFixed(3)}, ECE
${e.rt.rated.byTenths.ece.toFixed(3)} (a tenth's one share fits the tenth as a whole, not the scores in it).
By how surely the text reads against the rating (rated test reviews off the fence):

| text against the rating | reviews | confidence shown, the share alone | with the text | rating's side right |
|---|---|---|---|---|
${e.rt.rated.againstText.map((r) => `| ${Math.round(r.from * 100)}–${Math.round(r.to * 100)}% | ${count(r.count)} | ${pct(r.byShare)} | ${pct(r.withText)} | ${pct(r.right)} |`).join("\n")}

Per film (${e.rt.films.count} test films with ≥ 10 reviews), % positive that way is on average
${e.rt.films.meanGap.toFixed(1)} points from the films' % fresh.

${scoreSection("Rated test reviews", e.rt.score)}

### Full-length reviews (imdb-reviews, held-out films)

| reviews | count | accuracy | positive / negative found | balanced | log loss | Brier | ECE |
|---|---|---|---|---|---|---|---|
${row("all", e.imdb.text)}

${scoreSection("Their ratings (1–4 and 7–10 of 10 only, so the real histogram has a gap)", e.imdb.score)}

Read with a plot summary (one of the test films' rt.movie_info synopses) placed before them,
after their first third, or after them, as critics' full reviews retell the story; and each of
those in corpus form, as research corpora print reviews (Pang & Lee's polarity v2.0 of critics'
full reviews): lowercased, punctuation spaced off the words, a sentence a line, so no capital
marks where a sentence starts:

| form | placement | reviews | accuracy | positive reviews | negative reviews |
|---|---|---|---|---|---|
${e.plots.map((p) => `| ${p.form} | ${p.placement} | ${p.count} | ${pct(p.accuracy)} | ${pct(p.positive)} | ${pct(p.negative)} |`).join("\n")}

The subjectivity model tells the test films' snippets from the sentences of their plot
summaries (${count(e.subjectivity.count)}, half each) **${pct(e.subjectivity.accuracy)}** of the time.

### SST dev sentences

- Positive/negative (neutral left out, ${e.sst.binary.count} sentences): **${pct(e.sst.binary.accuracy)}**.
- Five classes by the 20-point band of \`textScore\` (0–20 very negative … 80–100 very
  positive), ${e.sst.fine.count} sentences: **${pct(e.sst.fine.accuracy)}**. Rows are the true class, columns the band:

| class | 0–20 | 20–40 | 40–60 | 60–80 | 80–100 |
|---|---|---|---|---|---|
${e.sst.fine.confusion.map((r, i) => `| ${i} | ${r.join(" | ")} |`).join("\n")}

### One reading

Texts read in this evaluation whose verdict and \`textScore\` disagree: **${e.disagreements}**.
${e.unread ? unreadSection(e.unread) : ""}
### Calibration (rt test reviews)

| predicted P(positive) | reviews | mean predicted | observed positive |
|---|---|---|---|
${reliability(e.rt.text.all)}

### Calibration (imdb test reviews)

| predicted P(positive) | reviews | mean predicted | observed positive |
|---|---|---|---|
${reliability(e.imdb.text)}

## Limits

- The public held-out sets a reader may know (Pang & Lee sentence polarity, the polarity v2.0
  critic reviews, the IMDb test half, the SST test split) are never read here: the figures
  above are this project's own held-out slices of its training corpora, by film.
- SST was built from the Pang & Lee sentence polarity snippets: most of that set's sentences
  are in SST's train trees, which these models learn from, so a figure measured on it is not
  held out.
- Full-length *critic* reviews have no labelled corpus here; the long-text reading learned
  from IMDb users' reviews and is measured on them. How it reads a review that retells its
  film's story is measured with synopses placed in users' reviews (above, and \`npm run
  bench:plot-summaries\`), not with critics' own retellings (docs/METHODOLOGY.md).
- Five SST classes by 20-point band of \`textScore\`: the bands follow critics' ratings, where
  40–60 is rotten and the fresh threshold is 60, so SST's neutral sentences (class 2) and its
  mildly positive ones fall on both sides of 60 (see the table above).

## Size and speed

- \`models/${f.file.name}\`: ${(f.file.bytes / 1024 / 1024).toFixed(2)} MB (int16 weights, not compressed: git compresses what it stores), sha256 \`${f.file.sha256.slice(0, 16)}…\`.
- One core, measured at training time: ${count(f.speed.snippetsPerSecond)} snippets/s;
  ${count(f.speed.longReviewsPerSecond)} reviews/s of ${count(f.speed.longReviewChars)} characters (the seed's size).
  Text model only; \`npm run bench:analyze\` measures the whole analysis.
- Training took ${f.seconds.toFixed(0)} s.

## Reproduce

\`\`\`sh
npx cinemeter train --data ../shared/data
\`\`\`

Training is deterministic (fixed seed, fixed order): the same data gives a file with the same
sha256 (\`test/cli/train.test.ts\` checks it against the committed file).
`;
}

function unreadSection(u: NonNullable<Evaluation["unread"]>): string {
  const row = (name: string, x: { count: number; of: number; right: number }) =>
    `| ${name} | ${count(x.of)} | ${count(x.count)} | ${x.count ? `${x.right} of ${x.count}` : "—"} |`;
  return `
### Texts the model does not read

The model knows ${count(u.vocabulary)} words: those that ${MIN_TEXTS} or more of the training films'
reviews use (rt-reviews and imdb-reviews), ${MIN_TEXTS_SHORT} or more for a word of ${SHORT_WORD} letters or fewer (other
languages' short words turn up in a few English reviews); a word joined by hyphens is known
when its parts are. A text with no words, or fewer than ${100 * MIN_KNOWN_SHARE}% of whose words it knows and at least
${MIN_UNKNOWN_WORDS} it does not (a critic's one coinage is read by its characters), is not read: another
language, most likely. Its analysis has no \`textScore\`, no verdict from the text and no
aspects, and says why. The figures above count the model's guess on such texts; held out:

| held-out texts | count | not read | of those, the guess right |
|---|---|---|---|
${row("rt test snippets", u.rt)}
${row("imdb test reviews", u.imdb)}
${row("SST dev sentences (positive or negative)", u.sst)}
`;
}

function sides(split: SplitSizes, side: keyof SplitSizes["films"]): string {
  return `${count(split.films[side])} films, ${count(split.reviews[side])} reviews`;
}

function scoreSection(title: string, s: ScoreFit): string {
  const bins = s.histogram.estimated.map((_, i) => `${i * 10}–${i * 10 + 10}`);
  const share = (x: number) => `${(100 * x).toFixed(1)}`;
  return `${title}, ${s.count}: \`textScore\` against the normalized rating: **MAE ${s.mae.toFixed(1)}** points
on 0–100 (predicting the mean every time: ${s.baselineMae.toFixed(1)}); Pearson correlation ${s.correlation.toFixed(3)}.
How the two spread (% of reviews per band):

| | ${bins.join(" | ")} |
|---|${bins.map(() => "---").join("|")}|
| \`textScore\` | ${s.histogram.estimated.map(share).join(" | ")} |
| rating | ${s.histogram.actual.map(share).join(" | ")} |`;
}

function reliability(m: VerdictMetrics): string {
  return m.reliability
    .filter((b) => b.count > 0)
    .map(
      (b) =>
        `| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.count} | ${b.meanPredicted.toFixed(3)} | ${b.observed.toFixed(3)} |`,
    )
    .join("\n");
}

/** The snippet reading's own critics' model, in words, or nothing when it has none. */
function snippetCritics(config: TrainConfig["snippetCritics"], refit: string): string {
  if (!config) return "";
  return `
7. **Critics' snippets, rated**${refit}, read by the snippet reading in place of the critics' model: the same, but a rated snippet's target is its fresh/rotten label moved ${config.share} of the way toward σ((score − 60) / ${config.spread}), so a 5/5 rave counts as surer fresh than a 3/5 marked fresh. The sentence reading keeps the critics' model, so the clauses aspects are judged by, and long texts, read as before.`;
}

function linear(spec: LinearSpec): string {
  const kind = spec.naiveBayes
    ? "NBSVM-style logistic regression (features scaled by naive-Bayes log-count ratios, Wang & Manning 2012)"
    : "logistic regression";
  return `${kind} over ${features(spec)}; AdaGrad, ${spec.epochs} epochs, learning rate ${spec.learningRate}`;
}

function features({ features: f }: LinearSpec): string {
  const parts = [f.wordNgrams === 1 ? "words" : `word 1–${f.wordNgrams}-grams`];
  if (f.charNgrams)
    parts.push(`character ${f.charNgrams.min}–${f.charNgrams.max}-grams inside words`);
  if (f.negation) parts.push("words in a negation's scope marked as such");
  if (f.contrast) parts.push("words after a contrast (but, however, yet …) doubled");
  return `${parts.join(", ")}, hashed into 2^${f.bits} buckets`;
}
