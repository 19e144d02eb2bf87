/**
 * npm run bench:agreement — how close Cinemeter's % positive per film comes to Rotten
 * Tomatoes' own fresh labels, on the films the text model never trained on (the test side of
 * `cinemeter train`'s split, seed 20261124), in two imports of rt-reviews:
 *
 * 1. `--preset rt`: from each review's text, outlet and original rating alone (the preset
 *    never reads the fresh column);
 * 2. `--preset rt --map fresh=verdict` with the held-out films' fresh column blanked: the
 *    other films' reviews state their critics' verdicts, the outlets learn their fresh
 *    thresholds from them, and the held-out films' rated reviews follow those thresholds.
 *
 * Prints, per import, the per-film error in percentage points.
 */
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { loadRtExamples, splitByFilm } from "../src/analyze/model/train/dataset.js";
import { DEFAULT_TRAIN_CONFIG } from "../src/analyze/model/train/train-text-model.js";
import { importReviews } from "../src/commands/import-reviews.js";
import { readRows } from "../src/ingest/csv/read-rows.js";
import type { SourceOptions } from "../src/ingest/read-review-sources.js";
import { openStore } from "../src/store/db.js";
import { median, sharedDataFile } from "./shared-data.js";

const rt = sharedDataFile("rt-reviews", "rt.reviews.tsv.gz");
const MIN_REVIEWS = 5;
const COLUMNS = ["id", "review", "rating", "fresh", "critic", "top_critic", "publisher", "date"];

const split = splitByFilm(await loadRtExamples(rt), DEFAULT_TRAIN_CONFIG.seed);
const heldOut = new Set(split.test.map((e) => e.film));

// RT's labels per held-out film, and the file again with those films' labels blanked.
const dir = mkdtempSync(join(tmpdir(), "cinemeter-agreement-"));
const partlyStated = join(dir, "rt-stated-except-held-out.tsv");
const out = createWriteStream(partlyStated);
out.write(`${COLUMNS.join("\t")}\n`);
const labels = new Map<string, { fresh: number; n: number }>();
for await (const { values } of readRows(rt, { delimiter: "\t", encoding: "latin1" })) {
  const film = values.id ?? "";
  const held = heldOut.has(film);
  if (held && (values.fresh === "fresh" || values.fresh === "rotten")) {
    const l = labels.get(film) ?? { fresh: 0, n: 0 };
    l.n++;
    if (values.fresh === "fresh") l.fresh++;
    labels.set(film, l);
  }
  const row = COLUMNS.map((c) => (c === "fresh" && held ? "" : tsvField(values[c] ?? "")));
  out.write(`${row.join("\t")}\n`);
}
out.end();
await finished(out);

try {
  await measure("from text, outlet and rating alone (--preset rt)", rt, {
    format: "csv",
    preset: "rt",
  });
  await measure("outlets' thresholds learned from the other films' stated verdicts", partlyStated, {
    format: "csv",
    preset: "rt",
    map: { fresh: "verdict" },
    encoding: "utf8",
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

async function measure(name: string, file: string, options: SourceOptions): Promise<void> {
  const store = await openStore({ dbPath: join(dir, `${Date.now()}.db`), databaseUrl: null });
  try {
    await importReviews(store, [file], options);
    const reviews = await store.db
      .selectFrom("reviews")
      .innerJoin("films", "films.id", "reviews.film_id")
      .select(["films.external_id", "reviews.verdict"])
      .execute();
    const ours = new Map<string, { positive: number; n: number }>();
    for (const r of reviews) {
      const film = (r.external_id ?? "").replace(/^rt:/, "");
      if (!heldOut.has(film) || r.verdict === null) continue;
      const o = ours.get(film) ?? { positive: 0, n: 0 };
      o.n++;
      if (r.verdict === "positive") o.positive++;
      ours.set(film, o);
    }
    const learned = await store.db
      .selectFrom("outlet_stats")
      .select((eb) => eb.fn.countAll().as("n"))
      .where("fresh_threshold", "is not", null)
      .executeTakeFirstOrThrow();
    const errors: number[] = [];
    for (const [film, o] of ours) {
      const theirs = labels.get(film);
      if (!theirs || o.n < MIN_REVIEWS) continue;
      errors.push(Math.abs((100 * o.positive) / o.n - (100 * theirs.fresh) / theirs.n));
    }
    const mean = errors.reduce((s, e) => s + e, 0) / errors.length;
    const within = (pp: number) =>
      Math.round((100 * errors.filter((e) => e <= pp).length) / errors.length);
    console.log(
      `${name}: ${errors.length} held-out films (≥ ${MIN_REVIEWS} reviews): mean |Δ| ${mean.toFixed(1)} pp, median ${median(errors).toFixed(1)} pp, within 5 pp ${within(5)}%, within 10 pp ${within(10)}%; ${Number(learned.n)} outlets with a learned threshold`,
    );
  } finally {
    await store.close();
  }
}

/** A value as one TSV field: quoted when it holds a tab, a newline or a quote. */
function tsvField(value: string): string {
  return /[\t\n\r"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
