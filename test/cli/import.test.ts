import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { afterAll, describe, expect, test } from "vitest";
import { NODE_FLAGS } from "../../src/cli/node-flags.js";
import { REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { sharedData } from "../helpers/shared-data.js";

const rt = sharedData("rt-reviews", "rt.reviews.tsv.gz");
const dir = mkdtempSync(join(tmpdir(), "cinemeter-import-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Summary {
  imported: number;
  duplicates: number;
  rejected: number;
  read: number;
}

const importRt = (db: string) =>
  runCli(["import", rt ?? "", "--preset", "rt", "--db", db, "--json"]);

/** Reviews and film sums in a database, to compare two databases. */
function contents(db: string) {
  const sqlite = new Database(db, { readonly: true });
  try {
    const reviews = sqlite.prepare("select count(*) n from reviews").get() as { n: number };
    const films = sqlite
      .prepare(
        "select film_id, review_count, positive_count, score_count, round(score_sum, 3) s from film_aggregates order by film_id",
      )
      .all();
    // Titles too: a re-run used to count its rows as duplicates and never title their films.
    const titles = sqlite.prepare("select id, title from films order by id").all();
    return { reviews: reviews.n, films, titles };
  } finally {
    sqlite.close();
  }
}

describe.skipIf(rt === null)("cinemeter import on rt-reviews (SQLite)", () => {
  const db = join(dir, "full.db");
  const first = importRt(db);

  test("imports every review with something to store; rejects name the line", () => {
    expect(first.code, first.stderr).toBe(3); // done; some rows rejected, each named
    const summary = JSON.parse(first.stdout) as Summary & {
      rejects: Array<{ where: string; reason: string }>;
    };
    expect(summary.read).toBe(54_432);
    expect(summary.imported + summary.duplicates + summary.rejected).toBe(54_432);
    expect(summary.imported).toBeGreaterThan(54_000);
    expect(summary.rejects[0]?.where).toMatch(/rt\.reviews\.tsv\.gz:\d+$/);
  });

  test("cinemeter films --json lists the films with their aggregates", () => {
    const films = JSON.parse(
      runCli(["films", "--db", db, "--json", "--limit", "2000"]).stdout,
    ) as Array<Record<string, unknown> & { reviewCount: number }>;
    expect(films.length).toBeGreaterThan(1000);
    expect(films[0]).toEqual(
      expect.objectContaining({
        id: expect.any(String),
        title: expect.any(String),
        reviewCount: expect.any(Number),
        positiveCount: expect.any(Number),
        percentPositive: expect.any(Number),
        meanScore: expect.any(Number),
        bayesianScore: expect.any(Number),
      }),
    );
    expect(films.reduce((n, f) => n + f.reviewCount, 0)).toBe(contents(db).reviews);
  });

  test("cinemeter film finds one film by id or shown name; an unknown one exits 2", () => {
    const films = JSON.parse(
      runCli(["films", "--db", db, "--json", "--limit", "1", "--sort", "reviews"]).stdout,
    ) as Array<{
      id: string;
      reviewCount: number;
    }>;
    const byId = JSON.parse(runCli(["film", films[0]?.id ?? "", "--db", db, "--json"]).stdout);
    expect(byId).toMatchObject({
      id: films[0]?.id,
      reviewCount: films[0]?.reviewCount,
      histogram: expect.any(Array),
    });
    const byName = runCli(["film", byId.title, "--db", db, "--json"]);
    expect(JSON.parse(byName.stdout)).toMatchObject({ id: films[0]?.id });
    const unknown = runCli(["film", "no such film at all", "--db", db]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^cinemeter: a film with the id or name "no such film at all" does not exist/,
    );
  });

  test("the same import again adds nothing", () => {
    const again = JSON.parse(importRt(db).stdout) as Summary;
    expect(again.imported).toBe(0);
  });

  test("killed (SIGKILL) at five random points and re-run, it ends with exactly the same films, titles and figures", async () => {
    const killed = join(dir, "killed.db");
    const full = contents(db);
    // Five points by stored reviews, random but printed, so a failure can be replayed. Reviews
    // are stored 10,000 to a transaction, so the last point stays two batches and more short
    // of the end: a kill waited for at 49,999 stored came when the 50,000th was, and on a busy
    // machine the last 4,391 were stored before it landed (a fresh-clone run, 2026-12-06).
    const points = Array.from({ length: 5 }, () => 2_000 + Math.floor(Math.random() * 28_000)).sort(
      (a, b) => a - b,
    );
    console.log(`import killed after ${points.join(", ")} stored reviews`);
    // (Counted alone, as cheaply as SQLite can, so the kill lands soon after the point.)
    const storedNow = () => {
      try {
        const sqlite = new Database(killed, { readonly: true });
        try {
          return (sqlite.prepare("select count(*) n from reviews").get() as { n: number }).n;
        } finally {
          sqlite.close();
        }
      } catch {
        return 0; // the database does not exist yet
      }
    };
    for (const point of points) {
      const child = spawn(
        process.execPath,
        [
          ...NODE_FLAGS,
          resolve(REPO_ROOT, "dist/src/cli/main.js"),
          "import",
          rt ?? "",
          "--preset",
          "rt",
          "--db",
          killed,
        ],
        { stdio: "ignore" },
      );
      for (let i = 0; i < 600 && storedNow() < point && child.exitCode === null; i++)
        await new Promise((r) => setTimeout(r, 50));
      child.kill("SIGKILL");
      await new Promise((r) =>
        child.exitCode !== null || child.signalCode ? r(null) : child.once("exit", r),
      );
    }
    const partial = storedNow();
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(full.reviews);
    expect(importRt(killed).code).toBe(3); // done, with rejected rows
    expect(contents(killed)).toEqual(full);
  }, 180_000);
});

const imdb = sharedData("imdb-reviews", "train.jsonl.gz");

describe.skipIf(imdb === null)("cinemeter import of imdb-reviews' JSON lines (SQLite)", () => {
  test("every review once though a film's share one URL, filed by the IMDb id its URL names, its line breaks read", () => {
    // 100 positive and 100 negative lines, as a user's dump would hold them: several reviews a
    // film page, ratings 1–10 written bare and no outlet.
    const all = gunzipSync(readFileSync(imdb ?? ""))
      .toString("utf8")
      .split("\n");
    const lines = [...all.slice(0, 100), ...all.slice(12_500, 12_600)];
    const file = join(dir, "imdb-200.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    const rows = lines.map((l) => JSON.parse(l) as { url: string; text: string });
    const pages = new Set(rows.map((r) => r.url));
    const db = join(dir, "imdb.db");
    const run = runCli(["import", file, "--db", db, "--json"]);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as Summary;
    expect(summary.imported + summary.duplicates).toBe(200);
    expect(summary.imported).toBeGreaterThan(195); // a review posted twice is one
    const sqlite = new Database(db, { readonly: true });
    try {
      const films = sqlite
        .prepare(
          "select f.imdb_id, f.title, count(*) n from reviews r join films f on f.id = r.film_id group by f.id",
        )
        .all() as Array<{ imdb_id: string; title: string; n: number }>;
      expect(films).toHaveLength(pages.size);
      expect(films.reduce((n, f) => n + f.n, 0)).toBe(summary.imported);
      for (const f of films) {
        expect([...pages].some((u) => u.includes(`/title/${f.imdb_id}/`))).toBe(true);
        // No catalog here: shown by the id a reader can look up.
        expect(f.title).toBe(`An untitled film (IMDb ${f.imdb_id})`);
      }
      const breaks = sqlite.prepare("select count(*) n from reviews where text like '%<br%'").get();
      expect(breaks).toEqual({ n: 0 });
      // Read on the scale their company shows (10), not each on the smallest that holds it: a
      // "4" of 10 had read as 4 of 4, fresh.
      const rated = sqlite
        .prepare("select rating_raw, rating_max, score, verdict from reviews")
        .all() as Array<{ rating_raw: string; rating_max: number; score: number; verdict: string }>;
      expect(rated.filter((r) => Number(r.rating_raw) <= 4).length).toBeGreaterThan(90);
      for (const r of rated) {
        expect(r).toMatchObject({ rating_max: 10, score: Number(r.rating_raw) * 10 });
        expect(r.verdict).toBe(Number(r.rating_raw) >= 7 ? "positive" : "negative");
      }
    } finally {
      sqlite.close();
    }
  });
});

describe("cinemeter import of saved feeds", () => {
  test("RSS, Atom and JSON Feed files become reviews, each once; the bundled examples import whole", () => {
    const db = join(dir, "feeds.db");
    const feeds = resolve(REPO_ROOT, "src/ingest/feed/testdata");
    const first = JSON.parse(runCli(["import", feeds, "--db", db, "--json"]).stdout) as Summary;
    expect(first).toMatchObject({ read: 4, imported: 4, rejected: 0 });
    const again = JSON.parse(runCli(["import", feeds, "--db", db, "--json"]).stdout) as Summary;
    expect(again).toMatchObject({ imported: 0, duplicates: 4 });
    const sqlite = new Database(db, { readonly: true });
    try {
      const herSmell = sqlite
        .prepare("select rating_raw, rating_score from reviews where url like '%her-smell%'")
        .get();
      expect(herSmell).toEqual({ rating_raw: "4/5", rating_score: 80 });
    } finally {
      sqlite.close();
    }
    const examples = JSON.parse(
      runCli(["import", resolve(REPO_ROOT, "examples"), "--db", join(dir, "ex.db"), "--json"])
        .stdout,
    ) as Summary;
    expect(examples).toMatchObject({ imported: 15, rejected: 0 });
  });
});

describe("cinemeter film says what of its figures is read rather than given", () => {
  test("verdicts read from the words, and ratings' verdicts their text makes unlikely", () => {
    const db = join(dir, "doubted.db");
    const film = { title: "A Film Read Twice", year: 2004 };
    const lines = [
      {
        text: "A tedious, incoherent mess: wooden acting, a lazy script, two hours of boredom.",
        rating: "9/10",
      },
      { text: "A tender, funny, lovely film.", rating: "9/10" },
      { text: "A warm, witty and moving film." },
    ].map((r) => JSON.stringify({ ...r, outlet: "Daily Planet", film }));
    const file = join(dir, "doubted.jsonl");
    writeFileSync(file, `${lines.join("\n")}\n`);
    expect(runCli(["import", file, "--db", db]).code).toBe(0);
    const shown = runCli(["film", "A Film Read Twice (2004)", "--db", db]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(
      /^ {2}1 verdict read from the reviews' words rather than given; most likely none wrong$/m,
    );
    expect(shown.stdout).toMatch(
      /^ {2}1 verdict given by a rating less likely right than not, read with the text \(see the reviews' checks\)$/m,
    );
    const json = JSON.parse(
      runCli(["film", "A Film Read Twice (2004)", "--db", db, "--json"]).stdout,
    );
    expect(json).toMatchObject({ doubtedRatings: 1, readVerdicts: { count: 1 } });
  });
});

describe("exit codes: one rule for every command", () => {
  test("missing input exits 2 with one line naming it, and records nothing", () => {
    const db = join(dir, "missing.db");
    const missing = runCli(["import", join(dir, "no-such-file.jsonl"), "--db", db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^cinemeter: cannot read .*no-such-file\.jsonl: /);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const catalog = runCli([
      "catalog",
      "import",
      join(dir, "no-such-title.basics.tsv"),
      "--db",
      db,
    ]);
    expect(catalog.code).toBe(2);
    expect(catalog.stderr).not.toMatch(/internal error/);
  });

  test("feeds add refuses a private feed at once, exit 2, in the poller's words", () => {
    const added = runCli(["feeds", "add", "http://localhost:9/feed", "--db", join(dir, "f.db")]);
    expect(added.code).toBe(2);
    expect(added.stderr).toMatch(/localhost resolves only to private addresses; refused/);
    expect(runCli(["feeds", "list", "--db", join(dir, "f.db"), "--json"]).stdout.trim()).toBe("[]");
  });

  test("a bad line in a batch: an error object in its place, exit 3, in every batch command", () => {
    const lines = '{"text":"Fine film.","rating":"3/5"}\n{"text":\n';
    const analyze = runCli(["analyze", "--jsonl"], lines);
    const rating = runCli(["rating", "--jsonl"], '{"rating":"3/5"}\n{"rating":\n');
    for (const run of [analyze, rating]) {
      expect(run.code).toBe(3);
      const out = run.stdout
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(out).toHaveLength(2);
      expect(out[1]).toMatchObject({ error: { line: 2 } });
    }
    const file = join(dir, "one-bad.jsonl");
    writeFileSync(file, lines);
    expect(runCli(["import", file, "--db", join(dir, "bad-line.db")]).code).toBe(3);
  });
});
