/**
 * What bench:scale and bench:scale-pairs share: where bench:scale keeps its databases (a
 * SQLite file per name in the system's temp folder, a PostgreSQL schema per name in the
 * benches' database), how either serves one (`cinemeter serve` in a process of its own, as
 * a user starts it), and the pages and endpoints both load.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NODE_FLAGS } from "../src/cli/node-flags.js";
import { openStore } from "../src/store/db.js";
import { listFilms } from "../src/store/films.repository.js";
import { BENCH_PG_URL, REPO_ROOT } from "./shared-data.js";

export const SCALE_DIR = join(tmpdir(), "cinemeter-bench-scale");
mkdirSync(SCALE_DIR, { recursive: true });

/** The SQLite file of the database `name` ("scale-1M", "scale-empty" …). */
export const scaleSqlitePath = (name: string) => join(SCALE_DIR, `${name}.db`);

/** The PostgreSQL schema of the database `name`. */
export const scaleSchema = (name: string) => `cinemeter_bench_${name.replace(/\W+/g, "_")}`;

/** The benches' PostgreSQL, with `schema` as the search path. */
export const pgUrl = (schema: string) =>
  `${BENCH_PG_URL}?options=${encodeURIComponent(`-c search_path=${schema}`)}`;

/** The pages and endpoints issue 15 names, each with its path given the busiest film's id. */
export const SCALE_ENDPOINTS: Array<[name: string, path: (filmId: string) => string]> = [
  ["film page", (film) => `/films/${film}`],
  ["film page sorted by score", (film) => `/films/${film}?sort=score`],
  ["/api/films/:id", (film) => `/api/films/${film}`],
  ["/api/films/:id/reviews (a page of 50, the default)", (film) => `/api/films/${film}/reviews`],
  // The reviews behind an aspect bar: a common side, and a rare one (read through more).
  [
    "/api/films/:id/reviews?aspect=acting&side=positive",
    (film) => `/api/films/${film}/reviews?aspect=acting&side=positive`,
  ],
  [
    "/api/films/:id/reviews?aspect=editing&side=negative",
    (film) => `/api/films/${film}/reviews?aspect=editing&side=negative`,
  ],
  ["/api/search, a rare word (gallows)", () => "/api/search?q=gallows"],
  ["/api/search, a common word (love)", () => "/api/search?q=love"],
  ["/search?q=love", () => "/search?q=love"],
  ["home /", () => "/"],
  ["/films", () => "/films"],
];

export interface Served {
  base: string;
  /** The film with the most reviews, whose pages are loaded. */
  film: { id: string; reviewCount: number };
  /** Seconds from the server's start to the answer of its first search. */
  firstSearchSeconds: number;
  process: ChildProcess;
}

/**
 * The database `name` ("scale-1M" …) served by `cinemeter serve --role web` on a free port,
 * in a process of its own: what is measured is the server as a user runs it, not one that
 * shares a heap with the bench that built the database. Its first search (the directories
 * of names read) is answered before it is returned.
 */
export async function serveScaleDatabase(
  dialect: "sqlite" | "postgres",
  name: string,
): Promise<Served> {
  const build = `run SCALE=${name.replace(/^scale-/, "")} npm run bench:scale first`;
  const where =
    dialect === "sqlite"
      ? { dbPath: scaleSqlitePath(name), databaseUrl: null }
      : { dbPath: "", databaseUrl: pgUrl(scaleSchema(name)) };
  if (dialect === "sqlite" && !existsSync(where.dbPath))
    throw new Error(`no ${where.dbPath}: ${build}`);
  const store = await openStore(where);
  const [film] = await listFilms(store.db, { sort: "reviews", limit: 1 });
  await store.close();
  if (!film) throw new Error(`the ${dialect} database ${name} has no films: ${build}`);
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      ...NODE_FLAGS,
      join(REPO_ROOT, "dist/src/cli/main.js"),
      "serve",
      "--role",
      "web",
      "--no-examples",
      "--host",
      "127.0.0.1",
      "--port",
      "0",
      ...(where.databaseUrl ? [] : ["--db", where.dbPath]),
    ],
    {
      env: { ...process.env, DATABASE_URL: where.databaseUrl ?? "" },
      stdio: ["ignore", "pipe", "inherit"],
    },
  );
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let said = "";
      child.stdout?.on("data", (chunk: Buffer) => {
        said += chunk.toString();
        const port = said.match(/http:\/\/127\.0\.0\.1:(\d+)\//)?.[1];
        if (port) resolve(`http://127.0.0.1:${port}`);
      });
      child.on("exit", (code) => reject(new Error(`cinemeter serve exited (${code}): ${said}`)));
    });
    await fetch(`${base}/api/search?q=warm`);
    const firstSearchSeconds = (performance.now() - started) / 1000;
    return {
      base,
      film: { id: film.id, reviewCount: film.reviewCount },
      firstSearchSeconds,
      process: child,
    };
  } catch (error) {
    // A server that never answered is not left running behind the bench.
    child.kill("SIGTERM");
    throw error;
  }
}
