/**
 * npm run bench:plot-summaries — how the committed text model reads a full review that tells
 * the film's story. Critics' full reviews retell the plot at length; IMDb users' reviews, which
 * the long reading learned from, mostly do not. No labelled critic review is here, so this
 * stands in: each held-out imdb-reviews review (test films, never trained on) is read as it is,
 * with a plot summary before it, in it (after its first third of sentences) and after it. The
 * summaries are rt.movie_info's synopses of the rt-reviews test films, which no model reads:
 * plot told in a critic's voice, some with a judging word of their own. A reading that judges
 * the review and not the story keeps its accuracy; one that reads the story's words (love,
 * family, a journey) as praise turns pans into raves. It also prints how the synopses read
 * alone. docs/METHODOLOGY.md says what was measured and tried.
 */
import { defaultTextModel } from "../src/analyze/model/default-model.js";
import {
  type Example,
  loadImdbExamples,
  loadRtExamples,
  splitByFilm,
} from "../src/analyze/model/train/dataset.js";
import { seededRandom } from "../src/analyze/model/train/random.js";
import { DEFAULT_TRAIN_CONFIG } from "../src/analyze/model/train/train-text-model.js";
import { splitSentences } from "../src/analyze/text/sentences.js";
import { readRows } from "../src/ingest/csv/read-rows.js";
import { fmt, sharedDataFile } from "./shared-data.js";

/** Synopses shorter than this are a line of credits, not a story. */
const MIN_SYNOPSIS_CHARS = 200;

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
const testFilms = new Set(rt.test.map((e) => e.film));
const plots: string[] = [];
for await (const { values } of readRows(sharedDataFile("rt-reviews", "rt.movie_info.tsv.gz"), {
  delimiter: "\t",
  encoding: "latin1",
})) {
  const synopsis = (values.synopsis ?? "").trim();
  if (synopsis.length >= MIN_SYNOPSIS_CHARS && testFilms.has(values.id ?? "")) plots.push(synopsis);
}

type Placement = "as written" | "plot before" | "plot inside" | "plot after";
const PLACEMENTS: Placement[] = ["as written", "plot before", "plot inside", "plot after"];

/** The review with the plot summary placed in it, as its own paragraph. */
function withPlot(text: string, plot: string, placement: Placement): string {
  if (placement === "as written") return text;
  if (placement === "plot before") return `${plot}\n\n${text}`;
  if (placement === "plot after") return `${text}\n\n${plot}`;
  const sentences = splitSentences(text);
  const cut = sentences[Math.floor(sentences.length / 3)]?.start ?? text.length;
  return `${text.slice(0, cut).trimEnd()}\n\n${plot}\n\n${text.slice(cut)}`;
}

const random = seededRandom(seed);
const tally = new Map(PLACEMENTS.map((p) => [p, { positive: [0, 0], negative: [0, 0] }]));
for (const review of imdb.test as Example[]) {
  const plot = plots[Math.floor(random() * plots.length)] as string;
  for (const placement of PLACEMENTS) {
    const positive = model.predict(withPlot(review.text, plot, placement)).probability >= 0.5;
    const side = tally.get(placement)?.[review.label === 1 ? "positive" : "negative"] as number[];
    side[0] = (side[0] as number) + 1;
    if (positive === (review.label === 1)) side[1] = (side[1] as number) + 1;
  }
}

const pct = (right: number, all: number) => `${((100 * right) / Math.max(1, all)).toFixed(1)}%`;
console.log(
  `imdb-reviews test films: ${fmt(imdb.test.length)} reviews; plot summaries: ${fmt(plots.length)} synopses of the rt-reviews test films`,
);
for (const [placement, { positive, negative }] of tally) {
  const [pAll, pRight] = positive as [number, number];
  const [nAll, nRight] = negative as [number, number];
  console.log(
    `${placement.padEnd(11)}  right ${pct(pRight + nRight, pAll + nAll)}  (positive reviews ${pct(pRight, pAll)}, negative ${pct(nRight, nAll)})`,
  );
}
const alone = plots.map((plot) => model.predict(plot).probability);
console.log(
  `the synopses alone: ${pct(alone.filter((p) => p >= 0.5).length, alone.length)} read positive, mean probability ${(alone.reduce((a, p) => a + p, 0) / alone.length).toFixed(2)}`,
);
