/**
 * npm run bench:adversarial — the worst hostile input for each path that reads outside text
 * (bench/adversarial-inputs.ts), in milliseconds per megabyte of input: each path is run on
 * every hostile text of SIZE characters (default 1,000,000; `--size N`), and the slowest is
 * printed with its name (median of RUNS runs of that one).
 */

import { hostileTexts } from "./adversarial-inputs.js";
import { ADVERSARIAL_PATHS } from "./adversarial-paths.js";
import { fmt, median } from "./shared-data.js";

const sizeArg = process.argv.indexOf("--size");
const SIZE = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 1_000_000;
const RUNS = 3;
const only = process.argv.includes("--path")
  ? process.argv[process.argv.indexOf("--path") + 1]
  : null;
const texts = hostileTexts(SIZE);

let failures = 0;

async function time(run: (t: string) => void | Promise<void>, text: string): Promise<number> {
  const start = process.hrtime.bigint();
  await run(text);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The time a path takes on a text, or -1 (and a line on stderr) when it throws. */
async function timeOrFail(
  path: string,
  name: string,
  run: (t: string) => void | Promise<void>,
  text: string,
) {
  try {
    return await time(run, text);
  } catch (error) {
    failures++;
    console.error(`${path} threw on ${name}: ${(error as Error).message}`);
    return -1;
  }
}

console.log(
  `bench:adversarial — ${texts.length} hostile texts of ${fmt(SIZE)} characters per path`,
);
console.log("path | worst input | ms per MB (median of 3) | all inputs, ms");
for (const path of ADVERSARIAL_PATHS) {
  if (only && path.name !== only) continue;
  let worst = { name: "", ms: -1 };
  let total = 0;
  for (const { name, text } of texts) {
    const ms = await timeOrFail(path.name, name, path.run, text);
    if (process.env.VERBOSE && ms > 20) console.error(`  ${path.name} ${name} ${ms.toFixed(0)} ms`);
    total += ms;
    if (ms > worst.ms) worst = { name, ms };
  }
  const text = texts.find((t) => t.name === worst.name)?.text ?? "";
  const runs = [worst.ms];
  for (let r = 1; r < RUNS; r++) runs.push(await time(path.run, text));
  const perMb = (median(runs) * 1_000_000) / SIZE;
  console.log(`${path.name} | ${worst.name} | ${fmt(perMb)} | ${fmt(total)}`);
}
if (failures) process.exitCode = 1;
console.log(`peak RSS ${fmt(process.resourceUsage().maxRSS / 1024)} MiB`);
