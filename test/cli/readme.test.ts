/**
 * The docs tier: every `$ npx cinemeter …` transcript in the README is run as written — from
 * the project root, against a fresh database per block — and must print what the README says
 * it prints. A README command that stops working, or whose output drifts from the sample,
 * fails here. Sample conventions: "…" in a line stands for any characters ("import i…)"
 * matches any import id); a line that is only "…" stands for the rest of the command's
 * output; running times ("14.0 s") may differ.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { NODE_FLAGS } from "../../src/cli/node-flags.js";
import { REPO_ROOT } from "../helpers/run-cli.js";
import { SHARED_DATA, sharedData } from "../helpers/shared-data.js";

/** One `$ command` of a transcript and the lines the README shows it printing. */
interface Transcript {
  line: number;
  command: string;
  output: string[];
}

/** The README's ```sh blocks that hold transcripts (lines starting with "$ "), in order. */
function readmeTranscripts(markdown: string): Transcript[][] {
  const blocks: Transcript[][] = [];
  let block: Transcript[] | null = null;
  markdown.split("\n").forEach((text, i) => {
    if (text.startsWith("```")) {
      if (block?.length) blocks.push(block);
      block = block === null && text.startsWith("```sh") ? [] : null;
      return;
    }
    if (block === null) return;
    if (text.startsWith("$ ")) block.push({ line: i + 1, command: text.slice(2), output: [] });
    else block.at(-1)?.output.push(text);
  });
  return blocks;
}

/** Whether printed lines match the README's sample of them (see the conventions above). */
function matchesSample(printed: string[], sample: string[]): string | null {
  const times = (s: string) => s.trimEnd().replace(/\d+(?:\.\d+)? (s|ms)\b/g, "N $1");
  for (let i = 0; i < sample.length; i++) {
    const want = times(sample[i] as string);
    if (want.trim() === "…") return null;
    const got = times(printed[i] ?? "");
    const pattern = want
      .split("…")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    const ok = new RegExp(`^${pattern}$`).test(got);
    if (!ok)
      return `line ${i + 1}: expected ${JSON.stringify(want)}, printed ${JSON.stringify(got)}`;
  }
  return printed.length > sample.length
    ? `printed ${printed.length - sample.length} more lines than the README shows, from ${JSON.stringify(printed[sample.length])}`
    : null;
}

const README = readFileSync(resolve(REPO_ROOT, "README.md"), "utf8");
const blocks = readmeTranscripts(README);
const usesSharedData = blocks.some((b) => b.some((t) => t.command.includes("../shared/")));
const ready = !usesSharedData || sharedData("rt-reviews", "rt.reviews.tsv.gz") !== null;
const dir = mkdtempSync(join(tmpdir(), "cinemeter-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!ready)("the README's commands, run as written", () => {
  test("the README has transcripts to run", () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  blocks.forEach((block, b) => {
    test(`README lines ${block[0]?.line}–${block.at(-1)?.line}: ${block.map((t) => t.command.split(" ").slice(0, 3).join(" ")).join("; ")}`, () => {
      const env = {
        ...process.env,
        CINEMETER_DB: join(dir, `block-${b}.db`),
        DATABASE_URL: "",
        NO_COLOR: "1",
      };
      for (const { line, command, output } of block) {
        // `npx cinemeter` is this checkout's build; ../shared is where the shared data is.
        const shim = `npx() { if [ "$1" = cinemeter ]; then shift; node ${NODE_FLAGS.join(" ")} "${REPO_ROOT}/dist/src/cli/main.js" "$@"; else command npx "$@"; fi; }`;
        const run = command.replaceAll("../shared/data", SHARED_DATA);
        const result = spawnSync("bash", ["-c", `${shim}\n${run}`], {
          cwd: REPO_ROOT,
          env,
          encoding: "utf8",
          maxBuffer: 64 * 1024 * 1024,
          timeout: 300_000,
        });
        // An import whose sample shows rejected rows exits 3 (partial), as the README says.
        const allowed = output.some((l) => /\brejected [1-9]/.test(l)) ? [0, 3] : [0];
        expect(allowed, `README line ${line}: ${command}\n${result.stderr}`).toContain(
          result.status,
        );
        // What a command prints to stdout (progress goes to stderr, which a failure shows).
        const printed = result.stdout
          .replaceAll(SHARED_DATA, "../shared/data")
          .replace(/\n$/, "")
          .split("\n");
        expect(matchesSample(printed, output), `README line ${line}: ${command}`).toBeNull();
      }
    }, 600_000);
  });
});

describe("the README and --help", () => {
  test("name the same commands", () => {
    const help = spawnSync(
      process.execPath,
      [...NODE_FLAGS, resolve(REPO_ROOT, "dist/src/cli/main.js"), "--help"],
      {
        encoding: "utf8",
      },
    ).stdout;
    const listed = help
      .slice(help.indexOf("Commands:"))
      .split("\n")
      .flatMap((line) => /^ {2}([a-z]+)\b/.exec(line)?.[1] ?? [])
      .filter((name) => name !== "help");
    const documented = new Set([...README.matchAll(/`cinemeter ([a-z]+)/g)].map((m) => m[1]));
    expect(listed.length).toBeGreaterThan(10);
    expect(listed.filter((c) => !documented.has(c))).toEqual([]);
    expect([...documented].filter((c) => !listed.includes(c as string))).toEqual([]);
  });
});

describe("how a sample is matched", () => {
  test("exact lines, any characters for …, the rest after a lone …, times aside", () => {
    expect(matchesSample(["a", "b"], ["a", "b"])).toBeNull();
    expect(matchesSample(["abc (1.0 s)"], ["abc (14.2 s)"])).toBeNull();
    expect(matchesSample(["abcdef", "x", "y"], ["abc…", "  …"])).toBeNull();
    expect(matchesSample(["(import i3e1c)"], ["(import i…)"])).toBeNull();
    expect(matchesSample(["(import i3e1c"], ["(import i…)"])).toMatch(/line 1/);
    expect(matchesSample(["a", "c"], ["a", "b"])).toMatch(/line 2/);
    expect(matchesSample(["a", "b"], ["a"])).toMatch(/1 more lines/);
  });
});
