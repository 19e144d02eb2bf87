/**
 * npm run bench:scale-pairs — issue 15's ratio, req/s at 1M against 216k, measured in
 * alternation: on a machine whose speed wanders (two shared cores), runs minutes apart
 * differ by more than the ratio tells. The databases `bench:scale` kept for SCALE=216k and
 * SCALE=1M (build them first) are served side by side, each by its own `cinemeter serve`,
 * and each of bench:scale's pages and endpoints is loaded for 5 s on one and then on the
 * other, BENCH_PAIRS times (default 3), the order swapped every time. Prints, per store
 * (BENCH_STORES=sqlite,postgres) and endpoint, each size's median req/s and p99, and the
 * median of the pairs' ratios.
 */
import { frequentSearchesRun, type LoadRun, loadRun } from "./bench-database.js";
import { SCALE_ENDPOINTS, type Served, serveScaleDatabase } from "./scale-databases.js";
import { fmt, median } from "./shared-data.js";

const PAIRS = Number(process.env.BENCH_PAIRS ?? 3);
const SIZES = ["216k", "1M"] as const;
const stores = (process.env.BENCH_STORES ?? "sqlite,postgres").split(",") as Array<
  "sqlite" | "postgres"
>;

/** bench:scale's pages and endpoints, and its 1,000 frequent words in turn. */
const endpoints: Array<[string, (s: Served) => Promise<LoadRun>]> = [
  ...SCALE_ENDPOINTS.map(([name, path]): [string, (s: Served) => Promise<LoadRun>] => [
    name,
    (s) => loadRun(s.base + path(s.film.id)),
  ]),
  ["/api/search, the 1,000 most frequent words in turn", (s) => frequentSearchesRun(s.base)],
];

for (const dialect of stores) {
  const served: Served[] = [];
  try {
    for (const size of SIZES) served.push(await serveScaleDatabase(dialect, `scale-${size}`));
    for (const [name, measure] of endpoints) {
      const runs: LoadRun[][] = [[], []];
      for (let pair = 0; pair < PAIRS; pair++)
        for (const side of pair % 2 === 0 ? [0, 1] : [1, 0])
          runs[side]?.push(await measure(served[side] as Served));
      const [small, big] = runs as [LoadRun[], LoadRun[]];
      const ratios = big.map((r, i) => r.rps / (small[i] as LoadRun).rps);
      const size = (i: number, r: LoadRun[]) =>
        `${SIZES[i]} ${fmt(median(r.map((x) => x.rps)))} req/s, p99 ${median(r.map((x) => x.p99))} ms`;
      const failed = [...small, ...big].some((r) => r.failed > 0) ? "; SOME REQUESTS FAILED" : "";
      console.log(
        `${dialect} ${name}: ${size(0, small)}; ${size(1, big)}; 1M / 216k ${median(ratios).toFixed(2)} ` +
          `(pairs ${ratios.map((r) => r.toFixed(2)).join(", ")}; 10 connections, ${PAIRS} × 5 s each, alternating${failed})`,
      );
    }
  } catch (error) {
    console.log(`${dialect}: not measured (${(error as Error).message})`);
  } finally {
    for (const s of served) s.process.kill("SIGTERM");
  }
}
