import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { REPO_ROOT, runCli } from "../helpers/run-cli.js";

const TASTE = resolve(REPO_ROOT, "test/db/testdata/taste");
const dir = mkdtempSync(join(tmpdir(), "cinemeter-cli-me-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("cinemeter me", () => {
  test("import --letterboxd-feed: a member's feed read over HTTP, a private address refused unless allowed", async () => {
    // The feed served by another process: runCli waits synchronously.
    const server = spawn(
      process.execPath,
      [
        "-e",
        `const body = require("fs").readFileSync(${JSON.stringify(join(TASTE, "rae-letterboxd.rss"))});
         const s = require("http").createServer((q, r) => r.writeHead(200, {"content-type": "application/rss+xml"}).end(body));
         s.listen(0, "127.0.0.1", () => console.log(s.address().port));`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    try {
      const port = await new Promise<string>((resolve) =>
        server.stdout.once("data", (d: Buffer) => resolve(d.toString().trim())),
      );
      const url = `http://127.0.0.1:${port}/rae/rss/`;
      const db = ["--db", join(dir, "feed.db")];
      expect(runCli(["catalog", "import", join(TASTE, "title.basics.tsv"), ...db]).code).toBe(0);
      const refused = runCli(["me", "import", "--letterboxd-feed", url, "--as", "Rae", ...db]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(/could not be read: .*(private|loopback)/i);
      const read = runCli(["me", "import", "--letterboxd-feed", url, "--as", "Rae", ...db], "", {
        ...process.env,
        CINEMETER_ALLOW_PRIVATE_FEEDS: "true",
      });
      expect(read.stderr).toBe("");
      expect(read.code).toBe(0);
      expect(read.stdout).toMatch(/Rae: 1 ratings read, 1 linked to their films, 0 not/);
    } finally {
      server.kill();
    }
  });

  test("import, ratings, critics, predict and delete, with clear errors", () => {
    const db = ["--db", join(dir, "me.db")];
    const cli = (...rest: string[]) => runCli([...rest, ...db]);
    expect(cli("catalog", "import", join(TASTE, "title.basics.tsv")).code).toBe(0);
    expect(cli("import", join(TASTE, "reviews.jsonl")).code).toBe(0);

    const missing = cli("me", "import", join(TASTE, "rae-imdb.csv"));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--as/);
    const unknown = cli("me", "critics", "--as", "Nobody");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no reader named "Nobody" here: import their ratings first/);
    const notExport = cli("me", "import", join(TASTE, "reviews.jsonl"), "--as", "Rae");
    expect(notExport.code).toBe(2);
    expect(notExport.stderr).toMatch(/is not a Letterboxd export .* nor an IMDb ratings export/);

    const imported = cli(
      "me",
      "import",
      join(TASTE, "rae-imdb.csv"),
      join(TASTE, "rae-letterboxd.csv"),
      "--as",
      "Rae",
    );
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/Rae: 8 ratings read, 7 linked to their films, 1 not/);
    const unlinked = cli("me", "ratings", "--as", "Rae", "--unlinked");
    expect(unlinked.stdout.trim().split("\n")).toHaveLength(1);
    expect(unlinked.stdout).toMatch(/Cold Harbor {2}not linked: /);

    const critics = cli("me", "critics", "--as", "Rae");
    expect(critics.stdout.split("\n")[0]).toMatch(
      /^ *-?\d\.\d\d \[.*\] {2}Ada Kindred: 7 films in common/,
    );
    const predicted = JSON.parse(cli("me", "predict", "--as", "Rae", "--json").stdout) as Array<{
      filmName: string;
    }>;
    expect(predicted.map((p) => p.filmName).sort()).toEqual([
      "Brass Tide (2016)",
      "Cold Harbor (1998)",
      "Cold Harbor (2012)",
    ]);

    const exported = JSON.parse(cli("me", "ratings", "--as", "Rae", "--json").stdout) as unknown[];
    expect(exported).toHaveLength(8);
    const deleted = cli("me", "delete", "--as", "Rae");
    expect(deleted.stdout).toMatch(/Rae deleted with 8 ratings/);
    expect(cli("me", "ratings", "--as", "Rae").code).toBe(2);
  });
});
