/**
 * npm run bench:taste — how well "critics like you" predicts a reader's scores, on readers
 * whose scores are known (docs/METHODOLOGY.md, taste v1). rt-reviews is imported into a fresh
 * SQLite file (`--preset rt`, scores from the critics' own ratings only) with the MovieLens
 * catalog, and for each reader a fifth of their scores is hidden (seeded), they are matched to
 * the critics on the rest, and the hidden ones are predicted:
 *
 * 1. critics as readers: every critic with ≥ 50 scored reviews, matched to the other critics
 *    (their own reviews taken out of the consensus);
 * 2. real readers: MovieLens users (ratings.csv, 0.5–5 stars as 10–100) with ≥ 20 ratings
 *    of films that critics scored.
 *
 * 3. from the database, on SQLite and PostgreSQL: one reader (a prolific critic's rated films)
 *    matched against the ~10,000 critics of rt-reviews' rated reviews four times over (each
 *    copy by its own critics; built once, kept in the system's temp folder and the schema
 *    cinemeter_bench_taste), and 20 predictions for them: the time of each (median of 7).
 *
 * Prints, against two baselines — the film's critics' mean, and that mean shifted by the
 * reader's leniency — the mean absolute error on 0–100, the mean per-reader Spearman rank
 * correlation of predicted and hidden scores, how often the 95% interval held the hidden
 * score, how many readers and scores could be predicted, and the time to match one reader
 * and predict their hidden films (median and p99).
 */
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { decodeHTML } from "entities";
import pg from "pg";
import { importCatalog } from "../src/commands/import-catalog.js";
import { importReviews } from "../src/commands/import-reviews.js";
import { criticsLikeReader, predictForReader } from "../src/commands/reader-taste.js";
import { readRows } from "../src/ingest/csv/read-rows.js";
import { buildCriticRatingsIndex } from "../src/server/taste-ratings.js";
import { openStore, type Store } from "../src/store/db.js";
import {
  databaseCriticRatings,
  readerNamed,
  saveReaderRatings,
} from "../src/store/readers.repository.js";
import type { CriticRatings } from "../src/taste/critic-ratings.js";
import {
  type CriticScore,
  CriticSpace,
  type FilmScore,
  readerTaste,
} from "../src/taste/critic-space.js";
import { matchCritics } from "../src/taste/match.js";
import { predictScore } from "../src/taste/predict.js";
import { reviewCount } from "./bench-database.js";
import { BENCH_PG_URL, fmt, median, sharedDataFile } from "./shared-data.js";

const SEED = 20261130;
const HIDDEN = 0.2;

const dir = mkdtempSync(join(tmpdir(), "cinemeter-bench-taste-"));
const store = await openStore({ dbPath: join(dir, "taste.db"), databaseUrl: null });
let scores: CriticScore[];
const movielensFilm = new Map<string, string>();
try {
  await importReviews(store, [sharedDataFile("rt-reviews", "rt.reviews.tsv.gz")], {
    format: "csv",
    preset: "rt",
  });
  await importCatalog(
    store,
    ["movies.csv", "links.csv"].map((f) => sharedDataFile("movielens", f)),
  );
  const rows = await store.db
    .selectFrom("reviews")
    .select(["critic_id", "film_id", "score"])
    .where("score_source", "=", "rating")
    .where("critic_id", "is not", null)
    .where("film_id", "is not", null)
    .execute();
  scores = rows.map((r) => ({
    critic: r.critic_id as string,
    film: r.film_id as string,
    score: Number(r.score),
  }));
  for (const f of await store.db
    .selectFrom("films")
    .select(["id", "movielens_id"])
    .where("movielens_id", "is not", null)
    .execute())
    movielensFilm.set(String(f.movielens_id), f.id);
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
const scoredFilms = new Set(scores.map((s) => s.film));
console.log(
  `rt-reviews: ${fmt(scores.length)} scores from ratings, ${fmt(new Set(scores.map((s) => s.critic)).size)} critics, ${fmt(scoredFilms.size)} films (${fmt([...movielensFilm.values()].filter((f) => scoredFilms.has(f)).length)} of them linked to MovieLens)`,
);

/** A seeded random number in [0, 1) (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Outcome {
  actual: number;
  predicted: number;
  filmMean: number;
  shifted: number;
  inside: boolean;
}

/** One reader: a fifth of their scores hidden, matched on the rest, the hidden predicted. */
function evaluate(space: CriticSpace, own: FilmScore[], rand: () => number, times: number[]) {
  const shuffled = own
    .map((s) => ({ s, k: rand() }))
    .sort((a, b) => a.k - b.k)
    .map((x) => x.s);
  const hiddenCount = Math.max(1, Math.round(shuffled.length * HIDDEN));
  const hidden = shuffled.slice(0, hiddenCount);
  const shown = shuffled.slice(hiddenCount);
  const started = performance.now();
  const reader = readerTaste(space, shown);
  const matches = new Map(
    matchCritics(space, reader, space.scoresOf(reader.residuals.keys())).map((m) => [m.critic, m]),
  );
  const outcomes: Outcome[] = [];
  for (const h of hidden) {
    const p = predictScore(space, reader, matches, h.film, space.byFilm.get(h.film) ?? []);
    if (!p) continue;
    outcomes.push({
      actual: h.score,
      predicted: p.score,
      filmMean: p.consensus,
      shifted: Math.max(0, Math.min(100, p.consensus + reader.leniency)),
      inside: h.score >= p.interval[0] && h.score <= p.interval[1],
    });
  }
  times.push(performance.now() - started);
  return outcomes;
}

function spearman(x: number[], y: number[]): number | null {
  if (x.length < 3) return null;
  const rank = (v: number[]) => {
    const order = v.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value);
    const r = new Array<number>(v.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j++;
      for (let k = i; k <= j; k++) r[(order[k] as { i: number }).i] = (i + j) / 2;
      i = j + 1;
    }
    return r;
  };
  const rx = rank(x);
  const ry = rank(y);
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(rx);
  const my = mean(ry);
  let cov = 0;
  let vx = 0;
  let vy = 0;
  for (let i = 0; i < x.length; i++) {
    const dx = (rx[i] as number) - mx;
    const dy = (ry[i] as number) - my;
    cov += dx * dy;
    vx += dx * dx;
    vy += dy * dy;
  }
  return vx === 0 || vy === 0 ? null : cov / Math.sqrt(vx * vy);
}

function report(label: string, readers: Outcome[][], eligible: number, times: number[]): void {
  const all = readers.flat();
  const mae = (f: (o: Outcome) => number) =>
    all.reduce((sum, o) => sum + Math.abs(f(o) - o.actual), 0) / all.length;
  const rho = (f: (o: Outcome) => number) => {
    const values = readers.flatMap((r) => {
      const s = spearman(
        r.map(f),
        r.map((o) => o.actual),
      );
      return s === null ? [] : [s];
    });
    return { mean: values.reduce((a, b) => a + b, 0) / values.length, n: values.length };
  };
  const sorted = [...times].sort((a, b) => a - b);
  const p = rho((o) => o.predicted);
  console.log(
    `\n${label}: ${fmt(readers.length)} of ${fmt(eligible)} readers, ${fmt(all.length)} hidden scores predicted`,
  );
  console.log(
    `  prediction            MAE ${mae((o) => o.predicted).toFixed(2)}  Spearman ${p.mean.toFixed(3)} (mean of ${p.n} readers)`,
  );
  console.log(
    `  film's critics' mean  MAE ${mae((o) => o.filmMean).toFixed(2)}  Spearman ${rho((o) => o.filmMean).mean.toFixed(3)}`,
  );
  console.log(
    `  mean + leniency       MAE ${mae((o) => o.shifted).toFixed(2)}  Spearman ${rho((o) => o.shifted).mean.toFixed(3)}`,
  );
  console.log(
    `  95% interval held the hidden score ${((100 * all.filter((o) => o.inside).length) / all.length).toFixed(1)}% of the time`,
  );
  console.log(
    `  matching one reader and predicting their hidden films: median ${median(times).toFixed(1)} ms, p99 ${(sorted[Math.floor(sorted.length * 0.99)] ?? 0).toFixed(1)} ms`,
  );
}

// 1. Critics as readers.
const byCritic = new Map<string, FilmScore[]>();
for (const s of scores) {
  const own = byCritic.get(s.critic) ?? [];
  own.push(s);
  byCritic.set(s.critic, own);
}
const criticReaders = [...byCritic].filter(([, own]) => own.length >= 50);
const rand = random(SEED);
const times: number[] = [];
const outcomes: Outcome[][] = [];
for (const [critic, own] of criticReaders) {
  const space = new CriticSpace(scores.filter((s) => s.critic !== critic));
  const result = evaluate(space, own, rand, times);
  if (result.length > 0) outcomes.push(result);
}
report("critics as readers (≥ 50 scored reviews)", outcomes, criticReaders.length, times);

// 2. MovieLens readers, on the films critics scored.
const space = new CriticSpace(scores);
const byUser = new Map<string, FilmScore[]>();
let ratings = 0;
for await (const { values } of readRows(sharedDataFile("movielens", "ratings.csv"), {
  delimiter: ",",
})) {
  ratings++;
  const film = movielensFilm.get(values.movieId ?? "");
  if (!film || !space.film(film)) continue;
  const user = values.userId ?? "";
  const own = byUser.get(user) ?? [];
  own.push({ film, score: Number(values.rating) * 20 });
  byUser.set(user, own);
}
const users = [...byUser].filter(([, own]) => own.length >= 20);
const userTimes: number[] = [];
const userOutcomes: Outcome[][] = [];
for (const [, own] of users) {
  const result = evaluate(space, own, rand, userTimes);
  if (result.length > 0) userOutcomes.push(result);
}
const onScored = [...byUser.values()].reduce((n, own) => n + own.length, 0);
console.log(
  `\nMovieLens: ${fmt(onScored)} of ${fmt(ratings)} ratings are of films critics scored, by ${fmt(byUser.size)} people; ${fmt(users.length)} people with ≥ 20 such ratings`,
);
report(
  "MovieLens readers (≥ 20 ratings of films critics scored)",
  userOutcomes,
  users.length,
  userTimes,
);

// 3. From the database: one reader matched against about 10,000 critics and given 20
//    predictions, on each store — rt-reviews' rated reviews four times over, each copy by its
//    own critics, built once and kept.
const COPIES = 4;
const timingDir = join(tmpdir(), "cinemeter-bench-taste");
mkdirSync(timingDir, { recursive: true });
const timingFile = join(timingDir, "rated-4x.jsonl");
if (!existsSync(timingFile)) {
  const out = createWriteStream(timingFile);
  for (let copy = 1; copy <= COPIES; copy++)
    for await (const { values } of readRows(sharedDataFile("rt-reviews", "rt.reviews.tsv.gz"), {
      delimiter: "\t",
      encoding: "latin1",
    })) {
      if (!values.rating || !values.critic) continue;
      out.write(
        `${JSON.stringify({
          text: decodeHTML(values.review ?? ""),
          outlet: `${decodeHTML(values.publisher ?? "")} (copy ${copy})`,
          critic: `${values.critic} (copy ${copy})`,
          rating: values.rating,
          film: { title: `rt film ${values.id}`, year: 2000 },
        })}\n`,
      );
    }
  await new Promise((resolve) => out.end(resolve));
}
for (const dialect of ["sqlite", "postgres"] as const) {
  let timed: Store;
  try {
    if (dialect === "postgres") {
      const client = new pg.Client({ connectionString: BENCH_PG_URL });
      await client.connect();
      await client.query("create schema if not exists cinemeter_bench_taste");
      await client.end();
    }
    timed = await openStore(
      dialect === "sqlite"
        ? { dbPath: join(timingDir, "taste.db"), databaseUrl: null }
        : {
            dbPath: "",
            databaseUrl: `${BENCH_PG_URL}?options=${encodeURIComponent("-c search_path=cinemeter_bench_taste")}`,
          },
    );
  } catch (error) {
    console.log(`\n${dialect}: not measured (${(error as Error).message})`);
    continue;
  }
  if ((await reviewCount(timed)) === 0)
    await importReviews(timed, [timingFile], { format: "jsonl" });
  const critics = await timed.db
    .selectFrom("reviews")
    .select((eb) => eb.fn.count<number>("critic_id").distinct().as("n"))
    .where("score_source", "=", "rating")
    .executeTakeFirstOrThrow();
  // The reader: the films a prolific critic of copy 1 rated, with their scores.
  const prolific = await timed.db
    .selectFrom("reviews")
    .select(["critic_id", (eb) => eb.fn.countAll<number>().as("n")])
    .where("score_source", "=", "rating")
    .where("critic_id", "like", "%copy-1")
    .groupBy("critic_id")
    .orderBy("n", "desc")
    .limit(1)
    .executeTakeFirstOrThrow();
  const own = await timed.db
    .selectFrom("reviews")
    .select(["film_id", "score"])
    .where("critic_id", "=", prolific.critic_id)
    .where("score_source", "=", "rating")
    .execute();
  const reader = (await readerNamed(timed.db, "bench reader", true)) as { id: string };
  await saveReaderRatings(
    timed.db,
    own.map((r) => ({
      reader_id: reader.id,
      key: r.film_id as string,
      film_id: r.film_id,
      title: "a film",
      score: Number(r.score),
      raw: String(r.score),
    })),
  );
  // Each way taste can read the critics' ratings: the database per call (the CLI), and the
  // index the server holds in memory (built once per change, in the background).
  const buildStarted = performance.now();
  const index = await buildCriticRatingsIndex(timed);
  const buildMs = performance.now() - buildStarted;
  const footprint = index.footprint;
  const sources: Array<[string, CriticRatings]> = [
    ["database", databaseCriticRatings(timed.db)],
    ["in memory", index],
  ];
  for (const [label, source] of sources) {
    const matchTimes: number[] = [];
    const predictTimes: number[] = [];
    const bothTimes: number[] = [];
    let matched = 0;
    for (let run = 0; run < 7; run++) {
      let started = performance.now();
      matched = (await criticsLikeReader(timed, reader.id, source)).length;
      const matchMs = performance.now() - started;
      matchTimes.push(matchMs);
      started = performance.now();
      await predictForReader(timed, reader.id, { limit: 20 }, source);
      const predictMs = performance.now() - started;
      predictTimes.push(predictMs);
      bothTimes.push(matchMs + predictMs);
    }
    console.log(
      `\n${dialect}, ${label}: a reader with ${own.length} rated films against ${fmt(Number(critics.n))} critics with ratings: ` +
        `matched to ${fmt(matched)} of them in ${median(matchTimes).toFixed(0)} ms (median of 7, slowest ${Math.max(...matchTimes).toFixed(0)} ms); ` +
        `20 predictions in ${median(predictTimes).toFixed(0)} ms (slowest ${Math.max(...predictTimes).toFixed(0)} ms); ` +
        `both ${median(bothTimes).toFixed(0)} ms`,
    );
  }
  console.log(
    `${dialect}: the in-memory index of ${fmt(index.size)} ratings built in ${(buildMs / 1000).toFixed(1)} s, ` +
      `${(footprint.bytes / 1024 / 1024).toFixed(1)} MB of typed arrays besides the ids of ${fmt(footprint.films)} films and ${fmt(footprint.critics)} critics`,
  );
  await timed.close();
}
