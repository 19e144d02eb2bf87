import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, expect, test } from "vitest";
import { openStore } from "../../src/store/db.js";
import { REPO_ROOT, runCli } from "../helpers/run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "cinemeter-cli-reanalyze-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("reviews reanalyze: says what reading again changed, writes it unless --dry-run, and is idempotent", async () => {
  const db = join(dir, "cli.db");
  const cli = (...args: string[]) => runCli([...args, "--db", db]);
  expect(cli("import", resolve(REPO_ROOT, "examples")).code).toBe(0);

  // Freshly imported by this version: nothing to change.
  const none = cli("reviews", "reanalyze");
  expect(none.code).toBe(0);
  expect(none.stdout).toMatch(/^read again: \d+ reviews, 0 changed\n$/);

  // One review as an older version might have stored it: rotten, no aspects.
  const store = await openStore({ dbPath: db, databaseUrl: null });
  const target = await store.db
    .selectFrom("reviews")
    .innerJoin("films", "films.id", "reviews.film_id")
    .select(["reviews.id", "films.title", "films.year"])
    .where("reviews.verdict", "=", "positive")
    .where("reviews.id", "in", (eb) => eb.selectFrom("review_aspects").select("review_id"))
    .orderBy("reviews.id")
    .executeTakeFirstOrThrow();
  await store.db
    .updateTable("reviews")
    .set({ verdict: "negative" })
    .where("id", "=", target.id)
    .execute();
  await store.db.deleteFrom("review_aspects").where("review_id", "=", target.id).execute();
  await store.close();

  const dry = cli("reviews", "reanalyze", "--dry-run");
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain("would read again (dry run)");
  expect(dry.stdout).toMatch(/, 1 would change\n/);
  expect(dry.stdout).toContain("verdicts: 1 to fresh, 0 to rotten");
  expect(dry.stdout).toContain(`  ${target.id}  ${target.title} (${target.year})`);
  expect(dry.stdout).toContain("verdict negative → positive");
  expect(dry.stdout).toMatch(/ none → (positive|negative|neutral) “/);
  expect(dry.stdout).toContain("nothing was written: run without --dry-run to write");

  const film = `${target.title} (${target.year})`;
  const written = JSON.parse(cli("reviews", "reanalyze", "--film", film, "--json").stdout);
  expect(written).toMatchObject({ changed: 1, written: true, verdicts: { toPositive: 1 } });
  expect(cli("reviews", "reanalyze").stdout).toMatch(/, 0 changed\n$/);

  const unknown = cli("reviews", "reanalyze", "--film", "No Such Film (1901)");
  expect(unknown.code).not.toBe(0);
  expect(unknown.stderr).toContain('a film with the id or name "No Such Film (1901)"');
  const badExamples = cli("reviews", "reanalyze", "--examples", "some");
  expect(badExamples.code).toBe(2);
  expect(badExamples.stderr).toContain('--examples: expected a whole number, got "some"');
});
