/**
 * npm run bench:adversarial — the worst hostile input for each path that reads outside text
 * (bench/adversarial-inputs.ts), in milliseconds per megabyte it read: each path is run on
 * every hostile text of SIZE characters (default 1,000,000; `--size N`; `--path NAME` for one
 * path), and the slowest is printed with its name (median of RUNS runs of that one).
 */

import { hostileTexts } from "./adversarial-inputs.js";
import { ADVERSARIAL_PATHS, type AdversarialPath } from "./adversarial-paths.js";
import { fmt, median } from "./shared-data.js";

const sizeArg = process.argv.indexOf("--size");
const SIZE = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 1_000_000;
const RUNS = 3;
const only = process.argv.includes("--path")
  ? process.argv[process.argv.indexOf("--path") + 1]
  : null;
const texts = hostileTexts(SIZE);

let failures = 0;

/** How long a path takes on a text, per MB of what it read; null (and a line) when it throws. */
async function msPerMb(path: AdversarialPath, name: string, text: string): Promise<number | null> {
  try {
    const start = process.hrtime.bigint();
    const read = (await path.run(text)) ?? text.length;
    return (Number(process.hrtime.bigint() - start) / 1e6) * (1_000_000 / read);
  } catch (error) {
    failures++;
    console.error(`${path.name} threw on ${name}: ${(error as Error).message}`);
    return null;
  }
}

console.log(
  `bench:adversarial — ${texts.length} hostile texts of ${fmt(SIZE)} characters per path`,
);
console.log("path | worst input | ms per MB read (median of 3)");
for (const path of ADVERSARIAL_PATHS) {
  if (only && path.name !== only) continue;
  let worst = { name: "", text: "", perMb: -1 };
  for (const { name, text } of texts) {
    const perMb = await msPerMb(path, name, text);
    if (process.env.VERBOSE && (perMb ?? 0) > 200)
      console.error(`  ${path.name} ${name} ${fmt(perMb ?? 0)} ms/MB`);
    if (perMb !== null && perMb > worst.perMb) worst = { name, text, perMb };
  }
  const runs = [worst.perMb];
  for (let r = 1; r < RUNS; r++) runs.push((await msPerMb(path, worst.name, worst.text)) ?? 0);
  console.log(`${path.name} | ${worst.name} | ${fmt(median(runs))}`);
}
if (failures) process.exitCode = 1;
console.log(`peak RSS ${fmt(process.resourceUsage().maxRSS / 1024)} MiB`);
