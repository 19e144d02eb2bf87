/**
 * npm run bench:analyze — the whole analysis (rating, text model, film, people, mentions,
 * aspects, pull quote) on one core: rt-reviews snippets, and reviews the seed's size.
 * Prints the median of several runs, their spread, and the peak memory.
 */
import { readFileSync } from "node:fs";
import { decodeHTML } from "entities";
import { analyzeReview } from "../src/analyze/analyze-review.js";
import { defaultTextModel } from "../src/analyze/model/default-model.js";
import { emptyReviewInput, type ReviewInput } from "../src/domain/review.js";
import { readRows } from "../src/ingest/csv/read-rows.js";
import { reviewFromContent } from "../src/ingest/read-review-file.js";
import { fmt, median, sharedDataFile } from "./shared-data.js";

const RUNS = 5;
const loadStarted = process.hrtime.bigint();
const model = defaultTextModel();
const loadMs = Number(process.hrtime.bigint() - loadStarted) / 1e6;

const snippets: ReviewInput[] = [];
for await (const { values } of readRows(sharedDataFile("rt-reviews", "rt.reviews.tsv.gz"), {
  delimiter: "\t",
  encoding: "latin1",
})) {
  const text = decodeHTML(values.review ?? "").trim();
  if (!text) continue;
  snippets.push({
    ...emptyReviewInput(text),
    outlet: values.publisher ?? null,
    rating: values.rating || null,
  });
  if (snippets.length === 20_000) break;
}

const seed = reviewFromContent(
  readFileSync(sharedDataFile("../seed/her-smell.txt"), "utf8"),
  "text",
);
const seedChars = seed.text.length;
// Reviews the seed's length built from real snippets, so the text varies from one to the next.
const long: ReviewInput[] = [];
for (let i = 0, text = ""; i < snippets.length && long.length < 2_000; i++) {
  text += `${snippets[i]?.text} `;
  if (text.length >= seedChars) {
    long.push(emptyReviewInput(text.trim()));
    text = "";
  }
}
const seeds = Array.from({ length: 2_000 }, () => seed);

function rate(inputs: ReviewInput[]): { perSecond: number; runs: number[] } {
  analyzeReview(inputs[0] as ReviewInput, { model }); // warm-up
  const runs: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = process.hrtime.bigint();
    for (const input of inputs) analyzeReview(input, { model });
    runs.push(inputs.length / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  return { perSecond: median(runs), runs };
}

const s = rate(snippets);
console.log(
  `snippets (rt-reviews, ${fmt(snippets.length)}, mean ${fmt(mean(snippets))} chars): ${fmt(s.perSecond)} reviews/s${spread(s.runs)}`,
);
const l = rate(long);
console.log(
  `seed-size reviews built from rt snippets (${fmt(long.length)}, ${fmt(mean(long))} chars): ${fmt(l.perSecond)} reviews/s${spread(l.runs)}`,
);
const h = rate(seeds);
console.log(
  `the seed review itself (${fmt(seedChars)} chars), ${fmt(seeds.length)} times: ${fmt(h.perSecond)} reviews/s${spread(h.runs)}`,
);
console.log(
  `one core, median of ${RUNS} runs; model load ${fmt(loadMs)} ms; peak RSS ${fmt(process.resourceUsage().maxRSS / 1024)} MiB`,
);

/** The slowest and fastest runs: on a shared machine the median alone hides how much they wander. */
function spread(runs: number[]): string {
  return ` (runs ${fmt(Math.min(...runs))}–${fmt(Math.max(...runs))})`;
}

function mean(inputs: ReviewInput[]): number {
  return inputs.reduce((sum, i) => sum + i.text.length, 0) / inputs.length;
}
