import { splitSentences } from "../../text/sentences.js";
import { wordCount } from "../../text/word-count.js";
import { inCorpusForm } from "./corpus-form.js";
import type { Example } from "./dataset.js";
import { seededRandom } from "./random.js";

/** Where a plot summary is placed in a review, or none: as written. */
export type PlotPlacement = "as written" | "plot before" | "plot inside" | "plot after";
export const PLOT_PLACEMENTS: readonly PlotPlacement[] = [
  "as written",
  "plot before",
  "plot inside",
  "plot after",
];

/**
 * A review with a plot summary placed in it as its own paragraph: before it, after its first
 * third of sentences, or after it. Critics' full reviews retell the story; IMDb users' reviews,
 * which the long reading learns from, less often: this is how the report and
 * `npm run bench:plot-summaries` read reviews that do.
 */
export function withPlotSummary(text: string, plot: string, placement: PlotPlacement): string {
  if (placement === "as written") return text;
  if (placement === "plot before") return `${plot}\n\n${text}`;
  if (placement === "plot after") return `${text}\n\n${plot}`;
  const sentences = splitSentences(text);
  const cut = sentences[Math.floor(sentences.length / 3)]?.start ?? text.length;
  return `${text.slice(0, cut).trimEnd()}\n\n${plot}\n\n${text.slice(cut)}`;
}

/**
 * The sentences of plot summaries that a subjectivity model learns "telling the story" from:
 * those of four words or more (shorter ones are credits and fragments).
 */
export function plotSentences(plots: readonly string[]): string[] {
  return plots.flatMap((plot) =>
    splitSentences(plot)
      .map((s) => s.text)
      .filter((text) => wordCount(text) >= 4),
  );
}

/**
 * How a review is written out: as its author wrote it, or as research corpora print reviews
 * (`inCorpusForm`: lowercased, punctuation spaced off, a sentence a line).
 */
export type TextForm = "as written" | "corpus form";
export const TEXT_FORMS: readonly TextForm[] = ["as written", "corpus form"];

/** How often reviews were read right with a plot summary placed in them one way, written out one way. */
export interface PlotReading {
  placement: PlotPlacement;
  form: TextForm;
  count: number;
  accuracy: number;
  /** Of the positive reviews, and of the negative ones. */
  positive: number;
  negative: number;
}

/**
 * Reads each review as written and with a plot summary (one of `plots`, drawn with `seed`)
 * placed in it each way, each also in corpus form: how often the verdict (probability ≥ ½) is
 * the review's label.
 */
export function readWithPlotSummaries(
  predict: (text: string) => number,
  reviews: readonly Example[],
  plots: readonly string[],
  seed: number,
): PlotReading[] {
  const random = seededRandom(seed);
  const ways = TEXT_FORMS.flatMap((form) =>
    PLOT_PLACEMENTS.map((placement) => ({
      form,
      placement,
      positive: { all: 0, right: 0 },
      negative: { all: 0, right: 0 },
    })),
  );
  for (const review of reviews) {
    const plot = plots.length ? (plots[Math.floor(random() * plots.length)] as string) : "";
    const positive = review.label === 1;
    for (const way of ways) {
      const placed = plot ? withPlotSummary(review.text, plot, way.placement) : review.text;
      const text = way.form === "corpus form" ? inCorpusForm(placed) : placed;
      const side = way[positive ? "positive" : "negative"];
      side.all++;
      if (predict(text) >= 0.5 === positive) side.right++;
    }
  }
  return ways.map(({ form, placement, positive, negative }) => {
    const all = positive.all + negative.all;
    return {
      placement,
      form,
      count: all,
      accuracy: (positive.right + negative.right) / Math.max(1, all),
      positive: positive.right / Math.max(1, positive.all),
      negative: negative.right / Math.max(1, negative.all),
    };
  });
}
