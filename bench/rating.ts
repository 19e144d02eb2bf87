/**
 * npm run bench:rating — how fast ratings normalize, over the rt-reviews rating column:
 * in process (normalizeRating with outlet scales learned) and through the whole
 * `cinemeter rating --jsonl` process. Prints the median of several runs.
 */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { learnOutletScales, normalizeRating } from "../src/analyze/rating/index.js";
import { NODE_FLAGS } from "../src/cli/node-flags.js";
import { normalizeRatings } from "../src/commands/normalize-ratings.js";
import { readRows } from "../src/ingest/csv/read-rows.js";
import { fmt, median, REPO_ROOT, sharedDataFile } from "./shared-data.js";

const RUNS = 7;
const PROCESS_RUNS = 5;

const rows: Array<{ rating: string; outlet: string }> = [];
for await (const { values } of readRows(sharedDataFile("rt-reviews", "rt.reviews.tsv.gz"), {
  delimiter: "\t",
  encoding: "latin1",
})) {
  if (values.rating?.trim()) rows.push({ rating: values.rating, outlet: values.publisher ?? "" });
}
console.log(`rt-reviews: ${fmt(rows.length)} non-empty rating strings`);

const scales = learnOutletScales(rows);
let sink = 0;
const timeRun = (fn: () => void) => {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
};

const single = () => {
  for (const { rating, outlet } of rows)
    sink += normalizeRating(rating, { outlet, scales }).score ?? 0;
};
const batch = () => {
  sink += normalizeRatings(rows).length;
};
for (let i = 0; i < 2; i++) single(); // warm up the JIT

const singleTimes = Array.from({ length: RUNS }, () => timeRun(single));
const batchTimes = Array.from({ length: RUNS }, () => timeRun(batch));
console.log(
  `in process, normalizeRating with outlet context: ${fmt(rows.length / median(singleTimes))} strings/s ` +
    `(median of ${RUNS}; best ${fmt(rows.length / Math.min(...singleTimes))})`,
);
console.log(
  `in process, normalizeRatings batch (learns scales, then normalizes): ${fmt(rows.length / median(batchTimes))} strings/s`,
);

const input = `${rows.map((r) => JSON.stringify(r)).join("\n")}\n`;
const cli = resolve(REPO_ROOT, "dist/src/cli/main.js");
const processTimes: number[] = [];
for (let i = 0; i < PROCESS_RUNS; i++) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [...NODE_FLAGS, cli, "rating", "--jsonl"], {
    input,
    maxBuffer: 1 << 30,
  });
  processTimes.push(Number(process.hrtime.bigint() - start) / 1e9);
  if (result.status !== 0) {
    console.error(`bench: cinemeter rating --jsonl exited ${result.status}: ${result.stderr}`);
    process.exit(1);
  }
}
console.log(
  `whole process, cinemeter rating --jsonl: ${fmt(rows.length / median(processTimes))} strings/s ` +
    `(median ${median(processTimes).toFixed(3)} s for ${fmt(rows.length)} lines, start-up included, of ${PROCESS_RUNS} runs)`,
);
console.log(`peak RSS of this bench process: ${fmt(process.resourceUsage().maxRSS / 1024)} MiB`);
if (sink === -1) console.log(sink);
