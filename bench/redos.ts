/**
 * npm run bench:redos — a ReDoS audit of every regular expression the paths that read outside
 * text run (bench/adversarial-paths.ts), found rather than guessed:
 * 1. every path reads the seed, the hostile texts, rt-reviews' first snippets and ratings,
 *    imdb-reviews' first reviews, the Letterboxd feeds and feedparser's test feeds while each
 *    expression it runs is noted (regex-census.ts);
 * 2. recheck, a ReDoS checker (automata theory and fuzzing), judges each: safe, vulnerable
 *    (with an attack string and how matching time grows with it), or unknown (out of time);
 * 3. each vulnerable expression's attack, pumped to a quarter of SIZE and to SIZE characters
 *    (default 200,000; `--size N`), as recheck wrote it and as prose would carry it
 *    (redos-attacks.ts), is read by every path, and how each path's time grows from one size
 *    to the other is printed as an exponent of what it read (1 linear, 2 quadratic). Where a
 *    path took 100 ms or more and grew past 1.5, it is timed again from a quarter of SIZE to
 *    4 times SIZE: past 1.5 over that span too, it is named as super-linear and the run fails.
 *    (One span of 4 misled on this machine, whose timings wander by a third with the garbage
 *    collector and the heap's growth: the admin's quote path read 50,000 and 200,000
 *    characters of open brackets in 14 and 115 ms, an exponent of 1.5, and 100,000 to
 *    1,600,000 in 57, 125, 269, 442 and 945 ms, linear.)
 * An expression recheck calls vulnerable is often harmless where the code runs it (on a
 * token, a window of a few words, a rating cut short); step 3 is what says whether any path
 * stalls. `--write` keeps the attacks in bench/testdata/redos-attacks.json for the hostile
 * texts the fuzz tier and `npm run bench:adversarial` read; `--timeout MS` is recheck's time
 * per expression (default 15,000); `--kept` skips steps 1 and 2 and times the attacks kept.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { check } from "recheck";
import { loadImdbExamples } from "../src/analyze/model/train/dataset.js";
import { readRows } from "../src/ingest/csv/read-rows.js";
import { hostileTexts } from "./adversarial-inputs.js";
import { ADVERSARIAL_PATHS, type AdversarialPath } from "./adversarial-paths.js";
import {
  inProse,
  keptRedosAttacks,
  pumped,
  REDOS_ATTACKS_FILE,
  type RedosAttack,
} from "./redos-attacks.js";
import { regexesRunBy } from "./regex-census.js";
import { fmt, sharedDataFile } from "./shared-data.js";

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const SIZE = option("--size", 200_000);
const TIMEOUT_MS = option("--timeout", 15_000);
const WRITE = process.argv.includes("--write");
const KEPT = process.argv.includes("--kept");
/**
 * The growth exponent past which a path is timed again over a longer span, and then called
 * super-linear (1 linear, 2 quadratic).
 */
const EXPONENT_LIMIT = 1.5;
/** Timings at each size; the fastest counts. */
const RUNS = 5;
/** Below this a path's time is too small to compare. */
const MEASURABLE_MS = 100;
const RT_ROWS = 2_000;
const IMDB_REVIEWS = 200;

async function coverageTexts(): Promise<string[]> {
  const texts = [
    readFileSync(sharedDataFile("../seed/her-smell.txt"), "utf8"),
    ...hostileTexts(300).map((t) => t.text),
  ];
  let rows = 0;
  for await (const { values } of readRows(sharedDataFile("rt-reviews", "rt.reviews.tsv.gz"), {
    delimiter: "\t",
    encoding: "latin1",
  })) {
    for (const field of [values.review, values.rating, values.publisher])
      if (field) texts.push(field);
    if (++rows === RT_ROWS) break;
  }
  const imdb = await loadImdbExamples(sharedDataFile("imdb-reviews", "train.jsonl.gz"));
  texts.push(...imdb.slice(0, IMDB_REVIEWS).map((e) => e.text));
  const feeds = sharedDataFile("letterboxd-rss");
  for (const file of readdirSync(feeds)) texts.push(readFileSync(join(feeds, file), "utf8"));
  // feedparser's test feeds: well-formed, ill-formed, every encoding and entity (2,106 files).
  const feedparser = sharedDataFile("feedparser-tests", "tests");
  for (const file of readdirSync(feedparser, { recursive: true, withFileTypes: true }))
    if (file.isFile()) texts.push(readFileSync(join(file.parentPath, file.name), "latin1"));
  return texts;
}

/** Steps 1 and 2: the expressions the paths run, and recheck's attack on each it calls vulnerable. */
async function attacksFound(): Promise<RedosAttack[]> {
  const texts = await coverageTexts();
  const censusStarted = Date.now();
  const expressions = await regexesRunBy(async () => {
    for (const path of ADVERSARIAL_PATHS)
      for (const text of texts) {
        try {
          await path.run(text);
        } catch {
          // (A path may refuse a text; the fuzz tier and bench:adversarial say which.)
        }
      }
  });
  const calls = expressions.reduce((n, e) => n + e.runs, 0);
  console.log(
    `bench:redos — ${fmt(expressions.length)} regular expressions run ${fmt(calls)} times by ${ADVERSARIAL_PATHS.length} paths over ${fmt(texts.length)} texts (${fmt((Date.now() - censusStarted) / 1000)} s)`,
  );

  const verdicts = { safe: 0, vulnerable: 0, unknown: 0 };
  const attacks: RedosAttack[] = [];
  const checkStarted = Date.now();
  for (const { source, flags } of expressions) {
    // Judged as a search: a sticky expression is run at one place, but the code runs it at
    // place after place (split runs a sticky copy at each; so do the aspects' term scans).
    // (recheck reads neither the d flag, which changes no match, nor v.)
    // (A fixed seed for the fuzzing, so a run writes the same attacks as the last, as far as
    // the time allowed each expression lets it.)
    const diagnostics = await check(source, flags.replace(/[dvy]/g, ""), {
      timeout: TIMEOUT_MS,
      randomSeed: 20261206,
    });
    verdicts[diagnostics.status]++;
    if (diagnostics.status !== "vulnerable" || !diagnostics.attack) continue;
    const summary = diagnostics.complexity.summary;
    attacks.push({
      expression: `/${source}/${flags}`,
      complexity: summary,
      pumps: diagnostics.attack.pumps.map(({ prefix, pump }) => ({ prefix, pump })),
      suffix: diagnostics.attack.suffix,
    });
  }
  console.log(
    `recheck (${fmt(TIMEOUT_MS)} ms each, ${fmt((Date.now() - checkStarted) / 1000)} s): ${verdicts.safe} safe, ${verdicts.vulnerable} vulnerable, ${verdicts.unknown} unknown (out of time)`,
  );

  if (WRITE) {
    const note =
      "Written by `npm run bench:redos -- --write`: recheck's attack on each regular expression it calls vulnerable among those the paths that read outside text run. Read by bench/adversarial-inputs.ts.";
    writeFileSync(REDOS_ATTACKS_FILE, `${JSON.stringify({ note, attacks }, null, 1)}\n`);
    console.log(`wrote ${attacks.length} attacks to ${REDOS_ATTACKS_FILE}`);
  }
  return attacks;
}

const attacks = KEPT ? keptRedosAttacks() : await attacksFound();
if (KEPT) console.log(`bench:redos — the ${attacks.length} attacks kept in ${REDOS_ATTACKS_FILE}`);

/** A path's time on a text, and how many characters it read (see AdversarialPath.run). */
async function timed(path: AdversarialPath, text: string): Promise<{ ms: number; read: number }> {
  const start = process.hrtime.bigint();
  let read = text.length;
  try {
    read = (await path.run(text)) ?? text.length;
  } catch {
    // (Timed as far as it went.)
  }
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, read };
}

/**
 * How a path's time grows from `small` to `large` (the fastest of RUNS timings each: what the
 * work itself takes, with the least of the garbage collector's), as the exponent of what it
 * read: 1 linear, 2 quadratic. (A path that reads a text cut short, as the analysis cuts a
 * long one, is judged on what it read.)
 */
async function growth(path: AdversarialPath, small: string, large: string) {
  const times = async (text: string) => {
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await timed(path, text));
    return { ms: Math.min(...runs.map((t) => t.ms)), read: runs[0]?.read ?? text.length };
  };
  const [a, b] = [await times(small), await times(large)];
  const exponent =
    b.read > a.read ? Math.log(b.ms / Math.max(a.ms, 0.01)) / Math.log(b.read / a.read) : 0;
  return { small: a.ms, large: b.ms, exponent };
}

console.log(
  `path | the attack its time grew most on | ms at ${fmt(SIZE / 4)} → ${fmt(SIZE)} characters (growth exponent: 1 linear, 2 quadratic)`,
);
let superLinear = 0;
for (const path of ADVERSARIAL_PATHS) {
  let worst: { name: string; small: number; large: number; exponent: number } | null = null;
  for (const attack of attacks) {
    for (const [shape, shaped] of [
      ["as written", (t: string) => t],
      ["in prose", inProse],
    ] as const) {
      const small = shaped(pumped(attack, SIZE / 4));
      const large = shaped(pumped(attack, SIZE));
      // One quick timing first: most paths read an attack in a few milliseconds.
      if ((await timed(path, large)).ms < MEASURABLE_MS / 4) continue;
      const g = await growth(path, small, large);
      const name = `${attack.expression.slice(0, 60)}… (${shape})`;
      if (!worst || g.exponent > worst.exponent) worst = { name, ...g };
      if (g.large < MEASURABLE_MS || g.exponent <= EXPONENT_LIMIT) continue;
      const again = await growth(path, small, shaped(pumped(attack, SIZE * 4)));
      const verdict =
        again.exponent > EXPONENT_LIMIT ? "super-linear" : "not super-linear, timed again";
      if (again.exponent > EXPONENT_LIMIT) superLinear++;
      console.error(
        `  ${verdict}: ${path.name} on ${name}: ${fmt(g.small)} → ${fmt(g.large)} ms at ${fmt(SIZE / 4)} → ${fmt(SIZE)} characters (${g.exponent.toFixed(2)}), ${fmt(again.small)} → ${fmt(again.large)} ms at ${fmt(SIZE / 4)} → ${fmt(SIZE * 4)} (${again.exponent.toFixed(2)})`,
      );
    }
  }
  console.log(
    worst
      ? `${path.name} | ${worst.name} | ${fmt(worst.small)} → ${fmt(worst.large)} (${worst.exponent.toFixed(2)})`
      : `${path.name} | none took ${MEASURABLE_MS / 4} ms | —`,
  );
}
console.log(`${attacks.length} attacks, 2 shapes each; ${superLinear} super-linear`);
if (superLinear > 0) process.exitCode = 1;
