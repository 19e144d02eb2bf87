import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeCommand } from "../../src/cli/analyze.js";
import { jsonLines, REPO_ROOT, runCli } from "../helpers/run-cli.js";
import { sharedSeed } from "../helpers/shared-data.js";

const seed = sharedSeed();
const fixture = (path: string) => join(REPO_ROOT, "src/ingest", path);

describe("cinemeter analyze", () => {
  test.skipIf(seed === null)(
    "the seed review: outlet, rating 3 stars → 60, verdict positive",
    () => {
      const { code, stdout, stderr } = runCli(["analyze", seed ?? "", "--json"]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      expect(JSON.parse(stdout)).toMatchObject({
        outlet: "De facto film reviews",
        critic: null,
        film: { title: "Her Smell" },
        rating: {
          raw: "3 stars",
          kind: "stars",
          value: 3,
          max: 5,
          score: 60,
          scaleSource: "default",
        },
        score: 60,
        scoreSource: "rating",
        textScore: expect.any(Number),
        verdict: "positive",
        confidence: expect.any(Number),
        quote: expect.any(String),
      });
    },
  );

  test("several files give an array in order; Markdown and HTML are recognized", () => {
    const files = [
      fixture("markdown/testdata/review.md"),
      fixture("html/testdata/jsonld-review.html"),
    ];
    const { code, stdout } = runCli(["analyze", ...files, "--json"]);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(2);
    expect(out[0]).toMatchObject({ outlet: "The Reel Notebook", score: 87.5, verdict: "positive" });
    expect(out[1]).toMatchObject({
      critic: "Pat Critic and Lee Writer",
      score: 80,
      film: { imdbId: "tt6173990" },
    });
  });

  test("an unreadable file: exit 2, one stderr line naming it, the others still answered", () => {
    const good = fixture("markdown/testdata/hugo.md");
    const { code, stdout, stderr } = runCli(["analyze", good, "/no/such/review.txt", "--json"]);
    expect(code).toBe(2);
    expect(stderr).toBe("cinemeter: cannot read /no/such/review.txt: no such file\n");
    const out = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(out[0]).toMatchObject({ outlet: "Frame Rate", score: 83 });
    expect(out[1]).toEqual({
      error: {
        id: "unreadable_input",
        message: "cannot read /no/such/review.txt: no such file",
        file: "/no/such/review.txt",
      },
    });
  });

  test("one unreadable file prints nothing on stdout", () => {
    const { code, stdout, stderr } = runCli(["analyze", "/no/such/review.txt"]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
    expect(stderr).toBe("cinemeter: cannot read /no/such/review.txt: no such file\n");
  });

  test("a folder: each review file under it, in sorted order, labelled by its path", () => {
    const dir = mkdtempSync(join(tmpdir(), "cinemeter-analyze-folder-"));
    try {
      // As a corpus of full reviews is kept: one review a file, in folders by label.
      mkdirSync(join(dir, "neg"));
      mkdirSync(join(dir, "pos"));
      const pan = join(dir, "neg", "cv000.txt");
      const rave = join(dir, "pos", "cv001.txt");
      writeFileSync(pan, "a dreary , overlong slog . \nthe worst film of the year . \n");
      writeFileSync(
        rave,
        "a joyous , inventive delight . \none of the best films of the year . \n",
      );
      writeFileSync(join(dir, "README"), "Not a review.");
      // Before, a folder was refused as unreadable ("it is a directory").
      const { code, stdout, stderr } = runCli(["analyze", dir, "--json"]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
      const out = JSON.parse(stdout) as Array<Record<string, unknown>>;
      expect(out).toHaveLength(2);
      expect(out[0]).toMatchObject({ source: pan, verdict: "negative", scoreSource: "text" });
      expect(out[1]).toMatchObject({ source: rave, verdict: "positive", scoreSource: "text" });
      const human = runCli(["analyze", dir]);
      expect(human.stdout).toContain(`${pan}\n  outlet    —`);
      expect(human.stdout).toContain(`${rave}\n  outlet    —`);

      const empty = join(dir, "empty");
      mkdirSync(empty);
      const none = runCli(["analyze", empty]);
      expect({ code: none.code, stdout: none.stdout }).toEqual({ code: 2, stdout: "" });
      expect(none.stderr).toContain(`${empty}: a folder with no review files in it`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a JSON-lines file or a saved feed: each review, labelled by its line or item; a CSV dump is refused", () => {
    const dir = mkdtempSync(join(tmpdir(), "cinemeter-analyze-"));
    try {
      const jsonl = join(dir, "reviews.jsonl");
      writeFileSync(
        jsonl,
        [
          JSON.stringify({ text: "A dreary, overlong slog.", critic: "Ann One", rating: "1/5" }),
          "{not json",
          JSON.stringify({ text: "A joyous, inventive delight.", critic: "Bo Two" }),
        ].join("\n"),
      );
      // Before, the file was read as one plain-text review: its JSON as words.
      const { code, stdout, stderr } = runCli(["analyze", jsonl, "--json"]);
      expect(code).toBe(2);
      expect(stderr).toMatch(new RegExp(`^cinemeter: ${jsonl}:2: `));
      const out = JSON.parse(stdout) as Array<Record<string, unknown>>;
      expect(out).toHaveLength(3);
      expect(out[0]).toMatchObject({ critic: "Ann One", score: 20, verdict: "negative" });
      expect(out[1]).toMatchObject({ error: { file: `${jsonl}:2` } });
      expect(out[2]).toMatchObject({ critic: "Bo Two", verdict: "positive", scoreSource: "text" });
      const human = runCli(["analyze", jsonl]);
      expect(human.stdout).toContain(`${jsonl}:3\n  outlet    —\n  critic    Bo Two`);

      const feed = runCli(["analyze", fixture("feed/testdata/critic-blog.rss"), "--json"]);
      expect(feed.code).toBe(0);
      const items = JSON.parse(feed.stdout) as Array<Record<string, unknown>>;
      expect(items.length).toBeGreaterThan(1);
      for (const item of items) expect(String(item.outlet ?? "")).not.toMatch(/<\?xml|<feed/);

      // A CSV dump needs its columns named, as import does.
      const csv = join(dir, "dump.csv");
      writeFileSync(csv, 'critic,review,grade\nAnn,"A dreary, overlong slog.",1/5\n');
      const refused = runCli(["analyze", csv]);
      expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: 2, stdout: "" });
      expect(refused.stderr).toContain("give --map column=field,… or --preset rt");
      const mapped = runCli([
        "analyze",
        csv,
        "--map",
        "critic=critic,review=text,grade=rating",
        "--json",
      ]);
      expect(mapped.code).toBe(0);
      expect(JSON.parse(mapped.stdout)).toMatchObject({
        critic: "Ann",
        score: 20,
        verdict: "negative",
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("a long batch on a terminal: a progress line on stderr, ended when the batch is; none elsewhere", async () => {
    const lines = Array.from({ length: 1_200 }, (_, i) =>
      JSON.stringify({ text: i % 2 ? "A joyous delight." : "A dreary slog." }),
    );
    const run = async (stderrIsTTY: boolean) => {
      const out: string[] = [];
      const err: string[] = [];
      const code = await analyzeCommand(
        [],
        { jsonl: true },
        {
          stdin: (async function* () {
            yield `${lines.join("\n")}\n`;
          })(),
          stdout: { write: (t: string) => out.push(t) },
          stderr: { write: (t: string) => err.push(t) },
          stderrIsTTY,
        },
      );
      return { code, stdout: out.join(""), stderr: err.join("") };
    };
    const terminal = await run(true);
    expect(terminal.code).toBe(0);
    expect(terminal.stdout.trim().split("\n")).toHaveLength(1_200);
    expect(terminal.stderr).toMatch(/^\ranalyzing: 250 of 1200 \(\d+\/s\)\r/);
    expect(terminal.stderr).toMatch(/\ranalyzing: 1200 of 1200 \(\d+\/s\)\n$/);
    const piped = await run(false);
    expect({ code: piped.code, stderr: piped.stderr }).toEqual({ code: 0, stderr: "" });
    expect(piped.stdout).toBe(terminal.stdout);
  });

  test("- reads one review from stdin", () => {
    const { code, stdout } = runCli(["analyze", "-", "--json"], "Empire 2/5\n\nA dud.");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ outlet: "Empire", score: 40, verdict: "negative" });
  });

  test("--jsonl: one line per input line, bare numbers on their outlet's scale, errors in place", () => {
    const lines = [
      JSON.stringify({ text: "Great.", outlet: "Apollo Guide", rating: "8" }),
      JSON.stringify({ text: "Fine.", outlet: "Apollo Guide", rating: 6 }),
      JSON.stringify({ outlet: "No Text" }),
      "[1, 2",
      JSON.stringify({
        text: "Loved it",
        rating: "Recommended",
        critic: "A. Critic",
        film: "Her Smell (2019)",
      }),
      JSON.stringify({ text: "No rating here." }),
      JSON.stringify(["not", "an", "object"]),
    ];
    const { code, stdout, stderr } = runCli(["analyze", "--jsonl"], `${lines.join("\n")}\n`);
    expect(code).toBe(3);
    const out = jsonLines(stdout) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(7);
    expect(out[0]).toMatchObject({
      score: 80,
      scoreSource: "rating",
      rating: { max: 10, scaleSource: "outlet" },
    });
    expect(out[1]).toMatchObject({ score: 60, verdict: "positive" });
    expect(out[2]).toMatchObject({ error: { id: "invalid_input", line: 3 } });
    expect(out[3]).toMatchObject({ error: { id: "invalid_json", line: 4 } });
    expect(out[4]).toMatchObject({
      critic: "A. Critic",
      film: { title: "Her Smell", year: 2019 },
      rating: { kind: "verdict", verdict: "positive" },
      scoreSource: "text",
      verdict: "positive",
      confidence: null, // the critic said it: nothing estimated
    });
    expect(out[4]?.score).toBe(out[4]?.textScore); // "Loved it" reads positive too
    expect(out[5]).toMatchObject({
      rating: null,
      scoreSource: "text",
      verdict: expect.stringMatching(/positive|negative/),
    });
    expect(out[6]).toMatchObject({ error: { id: "invalid_input", line: 7 } });
    expect(stderr.split("\n").filter(Boolean)).toEqual([
      'cinemeter: stdin line 3: "text": required, and must be a string',
      expect.stringMatching(/^cinemeter: stdin line 4: not valid JSON/),
      "cinemeter: stdin line 7: expected a JSON object",
    ]);
  });

  test("human output", () => {
    const { code, stdout } = runCli(["analyze", fixture("markdown/testdata/unquoted-stars.md")]);
    expect(code).toBe(0);
    expect(stdout).toContain("outlet    Midnight Matinee");
    expect(stdout).toContain("rating    *** → 60/100 (stars: 3 of 5, default scale)");
  });

  test("--evidence: what each text's reading rests on, the words each way, in words and in JSON", () => {
    const text = "A dull, lifeless, tedious bore, though the score is lovely.";
    const file = join(mkdtempSync(join(tmpdir(), "cinemeter-evidence-")), "pan.txt");
    writeFileSync(file, text);
    try {
      const human = runCli(["analyze", file, "--evidence"]);
      expect(human.code).toBe(0);
      expect(human.stdout).toMatch(/^ {2}fresh by {2}.*“lovely”/m);
      expect(human.stdout).toMatch(/^ {2}rotten by .*“(dull|lifeless|tedious|bore)”/m);
      const json = JSON.parse(runCli(["analyze", file, "--json", "--evidence"]).stdout);
      expect(json.evidence.unit).toBe("word");
      for (const side of ["positive", "negative"] as const)
        for (const e of json.evidence[side] as Array<{
          text: string;
          start: number;
          end: number;
          shift: number;
        }>) {
          expect(text.slice(e.start, e.end)).toBe(e.text);
          expect(side === "positive" ? e.shift > 0 : e.shift < 0).toBe(true);
        }
      // Without the option, nothing of it.
      expect(JSON.parse(runCli(["analyze", file, "--json"]).stdout)).not.toHaveProperty("evidence");
      const batch = jsonLines(
        runCli(["analyze", "--jsonl", "--evidence"], `${JSON.stringify({ text })}\n`).stdout,
      );
      expect(batch[0]).toMatchObject({ evidence: { unit: "word" } });
    } finally {
      rmSync(join(file, ".."), { recursive: true, force: true });
    }
  });

  test("no files and no --jsonl is bad usage", () => {
    const { code, stderr } = runCli(["analyze"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^cinemeter: give one or more review files/);
  });
});
