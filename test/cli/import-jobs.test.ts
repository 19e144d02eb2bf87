import { type ChildProcess, spawn } from "node:child_process";
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { createGunzip } from "node:zlib";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { NODE_FLAGS } from "../../src/cli/node-flags.js";
import { importReviews } from "../../src/commands/import-reviews.js";
import { openStore, type Store } from "../../src/store/db.js";
import { REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { sharedData } from "../helpers/shared-data.js";
import {
  dropSchemas,
  postgresAdmin,
  postgresAvailable,
  postgresSchemaUrl,
} from "../helpers/stores.js";

const rt = sharedData("rt-reviews");
const havePostgres = await postgresAvailable();
const CLI = resolve(REPO_ROOT, "dist/src/cli/main.js");
const ROWS = 14_000; // three chunks of 5,000 rows at most

const schema = `cm_import_jobs_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
const jobsSchema = `${schema}_jobs`;
const databaseUrl = postgresSchemaUrl(schema);
const dir = mkdtempSync(join(tmpdir(), "cinemeter-import-jobs-"));
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  rmSync(dir, { recursive: true, force: true });
  if (havePostgres) {
    await dropSchemas(schema, jobsSchema);
  }
});

/** The first ROWS rows of rt-reviews (with its header), as a file of their own. */
async function rtSample(): Promise<string> {
  const lines: string[] = [];
  const input = createReadStream(join(rt as string, "rt.reviews.tsv.gz")).pipe(createGunzip());
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
    lines.push(line);
    if (lines.length > ROWS) break;
  }
  input.destroy();
  const path = join(dir, "rt.reviews.tsv");
  writeFileSync(path, `${lines.join("\n")}\n`, "latin1");
  return path;
}

/** Every review's id with its film, critic, outlet and score; and every film's running sums. */
async function contents(store: Store) {
  const reviews = await store.db
    .selectFrom("reviews")
    .select(["id", "film_id", "critic_id", "outlet_id", "score", "verdict"])
    .orderBy("id")
    .execute();
  const sums = await store.db
    .selectFrom("film_aggregates")
    .select(["film_id", "review_count", "positive_count", "score_count"])
    .orderBy("film_id")
    .execute();
  return {
    reviews,
    sums: sums.map((s) => ({
      film_id: s.film_id,
      review_count: Number(s.review_count),
      positive_count: Number(s.positive_count),
      score_count: Number(s.score_count),
    })),
  };
}

/** A `cinemeter` process on the test schema, its stdout (and its stderr) gathered in `output`. */
function started(args: string[], output: { text: string; errors?: string }): ChildProcess {
  const child = spawn(process.execPath, [...NODE_FLAGS, CLI, ...args], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      CINEMETER_WORKER_SCHEMA: jobsSchema,
      CINEMETER_IMPORT_LEASE_MS: "2000",
    },
  });
  child.stdout?.on("data", (chunk) => {
    output.text += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    if (output.errors === undefined) output.text += chunk;
    else output.errors += chunk;
  });
  children.push(child);
  return child;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((done) =>
    child.exitCode !== null ? done(child.exitCode) : child.once("exit", (code) => done(code)),
  );

/**
 * The child's exit code, or — when it has not exited within `ms` — an error that says what the
 * chunks and the worker jobs were doing then and what the processes printed, so that a stalled
 * import explains itself instead of running into the test's own timeout.
 */
async function exitedWithin(
  child: ChildProcess,
  ms: number,
  state: () => Promise<string>,
): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"late">((done) => {
    timer = setTimeout(() => done("late"), ms);
  });
  const code = await Promise.race([exited(child), late]);
  clearTimeout(timer);
  if (code !== "late") return code;
  throw new Error(`not exited within ${ms / 1000} s\n${await state()}`);
}

/** The import's chunks and the worker schema's jobs, as rows of JSON. */
async function chunksAndJobs(): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const rows = async (query: string) =>
      (await client.query(query).catch((e: Error) => ({ rows: [e.message] }))).rows
        .map((r) => JSON.stringify(r))
        .join("\n");
    return [
      "chunks:",
      await rows(
        "select chunk, reviews, attempts, leased_until, done_at, now() as now from import_chunks order by chunk",
      ),
      "jobs:",
      await rows(
        `select id, key, task_identifier, attempts, max_attempts, run_at, locked_at, locked_by, last_error from ${jobsSchema}.jobs order by id`,
      ),
    ].join("\n");
  } finally {
    await client.end();
  }
}

test("import --jobs on the embedded SQLite store is refused with what to do instead", () => {
  const result = runCli(["import", "--jobs", "README.md"], "", {
    ...process.env,
    DATABASE_URL: "",
  });
  expect(result.code).toBe(2);
  expect(result.stderr).toMatch(/--jobs needs PostgreSQL.*cinemeter worker/);
});

describe.skipIf(rt === null || !havePostgres)("cinemeter import --jobs on PostgreSQL", () => {
  test("two workers killed mid-chunk (the import says no worker holds a chunk) and two more started: every review stored exactly once, the sums as an import without workers gives", {
    timeout: 300_000,
  }, async () => {
    const sample = await rtSample();
    // The reference: the same file imported in one process, without workers.
    const reference = await openStore({ dbPath: join(dir, "reference.db"), databaseUrl: null });
    const plain = await importReviews(reference, [sample], { format: "csv", preset: "rt" });
    const expected = await contents(reference);
    await reference.close();

    await postgresAdmin(`create schema ${schema}`);
    const output = { text: "" };
    const worker = () => started(["worker", "--concurrency", "1"], output);
    const printed = { text: "", errors: "" };
    const importer = started(["import", "--jobs", "--preset", "rt", "--json", sample], printed);
    // Without a worker the chunks wait, and the importing command says why.
    for (let waited = 0; !printed.errors.includes("no worker has taken a chunk"); waited++) {
      if (waited > 300) throw new Error(`no notice within 30 s\n${printed.errors}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(printed.errors).toMatch(/is `cinemeter worker` running/);
    const first = [worker(), worker()];
    const store = await openStore({ dbPath: "", databaseUrl });
    try {
      // Kill both workers once the first reviews are stored and before the import ends.
      for (let tries = 0; ; tries++) {
        const stored = await store.db
          .selectFrom("reviews")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .executeTakeFirst()
          .catch(() => undefined);
        if (Number(stored?.n ?? 0) > 0) break;
        if (tries > 1200)
          throw new Error(`no review stored within 60 s\n${output.text}\n${printed.text}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      for (const w of first) w.kill("SIGKILL");
      const chunks = await store.db
        .selectFrom("import_chunks")
        .select(["chunk", "done_at", "attempts"])
        .execute();
      expect(chunks.some((c) => c.done_at === null)).toBe(true);
      await Promise.all(first.map(exited));
      // Once their leases run out and no worker holds a chunk, the importing command says so.
      for (let waited = 0; !printed.errors.includes("no worker has held a chunk"); waited++) {
        if (waited > 600) throw new Error(`no second notice within 60 s\n${printed.errors}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(printed.errors).toMatch(
        /no worker has held a chunk in 10 s, with [0-2] of 3 stored: are the `cinemeter worker`s still running\?/,
      );
      const second = [worker(), worker()];

      // Exit 3: some rows of rt-reviews are rejected (no text and no rating), as without workers.
      expect(plain.rejected).toBeGreaterThan(0);
      const state = async () =>
        `${await chunksAndJobs()}\nimporter:\n${printed.errors}\nworkers:\n${output.text}`;
      expect(await exitedWithin(importer, 150_000, state), printed.errors).toBe(3);
      expect(printed.errors).not.toMatch(/pool|at .*\.js:\d+/); // no stack trace
      const summary = JSON.parse(printed.text) as {
        read: number;
        imported: number;
        duplicates: number;
        rejected: number;
      };
      expect(summary).toMatchObject({
        read: plain.read,
        imported: plain.imported,
        duplicates: plain.duplicates,
        rejected: plain.rejected,
      });
      expect(await contents(store)).toEqual(expected);
      // A chunk was taken again after its worker died.
      const attempts = await store.db.selectFrom("import_chunks").select("attempts").execute();
      expect(attempts.some((a) => Number(a.attempts) > 1)).toBe(true);
      for (const w of second) w.kill("SIGTERM");
      await Promise.all(second.map((w) => exitedWithin(w, 30_000, state)));
    } finally {
      await store.close();
    }
  });
});
