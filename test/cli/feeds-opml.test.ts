import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, test } from "vitest";
import { REPO_ROOT, runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "cinemeter-opml-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FIXTURE = resolve(REPO_ROOT, "src/ingest/opml/testdata/reader-export.opml");
const env = (db: string) => ({ ...process.env, CINEMETER_DB: join(dir, db), DATABASE_URL: "" });

test("feeds import follows what an OPML export lists, refusing what the fetch policy refuses; export reads back", () => {
  const first = runCli(["feeds", "import", FIXTURE], "", env("a.db"));
  expect(first.stdout.split("\n").filter(Boolean)).toEqual([
    "followed: https://example.org/feed.xml?a=1&b=2",
    expect.stringMatching(/^refused: http:\/\/127\.0\.0\.1\/feed \(.*private.*\)$/),
    "refused: ftp://x (not an http(s) address)",
  ]);
  expect(first.code).toBe(3); // some were refused; the rest are followed
  const again = runCli(["feeds", "import", FIXTURE, "--json"], "", env("a.db"));
  expect(JSON.parse(again.stdout)[0]).toMatchObject({ outcome: "already followed" });

  const exported = runCli(["feeds", "export"], "", env("a.db"));
  expect(exported.code).toBe(0);
  expect(exported.stdout).toContain('xmlUrl="https://example.org/feed.xml?a=1&amp;b=2"');
  const file = join(dir, "exported.opml");
  writeFileSync(file, exported.stdout);
  const roundTrip = runCli(["feeds", "import", file], "", env("b.db"));
  expect(roundTrip.code).toBe(0);
  expect(roundTrip.stdout).toBe("followed: https://example.org/feed.xml?a=1&b=2\n");

  const notOpml = join(dir, "not.opml");
  writeFileSync(notOpml, "<rss/>");
  const bad = runCli(["feeds", "import", notOpml], "", env("b.db"));
  expect(bad.code).toBe(2);
  expect(bad.stderr).toContain("not OPML");
  expect(bad.stderr).not.toMatch(/\n\s+at /); // no stack trace
});
