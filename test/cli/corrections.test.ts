import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { catalogFilmId } from "../../src/store/catalog.repository.js";
import { openStore } from "../../src/store/db.js";
import { addReport } from "../../src/store/review-reports.repository.js";
import { REPO_ROOT, runCli } from "../helpers/run-cli.js";
import {
  dropSchemas,
  postgresAdmin,
  postgresAvailable,
  postgresSchemaUrl,
} from "../helpers/stores.js";
import { expectSumsMatchReviews } from "../helpers/sums.js";

const NAMESAKES = resolve(REPO_ROOT, "src/link/testdata/namesakes");
const dir = mkdtempSync(join(tmpdir(), "cinemeter-cli-corrections-"));
const schema = `cm_cli_corr_${process.pid}`;
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (await postgresAvailable()) await dropSchemas(schema);
});

/** Each store as the CLI reaches it: --db FILE, or DATABASE_URL. */
const targets = [
  {
    dialect: "sqlite",
    args: ["--db", join(dir, "cli.db")],
    env: process.env,
    url: null as string | null,
  },
  ...((await postgresAvailable())
    ? [
        {
          dialect: "postgres",
          args: [] as string[],
          env: { ...process.env, DATABASE_URL: postgresSchemaUrl(schema) },
          url: postgresSchemaUrl(schema),
        },
      ]
    : []),
];

describe.each(targets)("corrections from the command line on $dialect", ({ args, env, url }) => {
  // Some forty commands, each a process of its own (31–52 s in fresh-clone runs on a 2-core
  // machine; one past the tier's 60 s while another process ran beside it).
  test("every subcommand takes the store; films by id or shown name; audit and undo", {
    timeout: 180_000,
  }, async () => {
    if (url) await postgresAdmin(`create schema if not exists ${schema}`);
    const cli = (...rest: string[]) => runCli([...rest, ...args], "", env);
    // A folder stands for the catalog files in it (reviews.jsonl beside them is left alone).
    expect(cli("catalog", "import", NAMESAKES).code).toBe(0);
    const noCatalog = cli("catalog", "import", resolve(REPO_ROOT, "models"));
    expect(noCatalog.code).toBe(2);
    expect(noCatalog.stderr).toMatch(/holds no catalog file/);
    const imported = cli("import", resolve(NAMESAKES, "reviews.jsonl"), "--json");
    expect(imported.code).toBe(0);
    const importId = JSON.parse(imported.stdout).id as string;

    // A name several films share is an error listing them, never a silent pick.
    const ambiguous = cli("film", "Psycho");
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.stderr).toMatch(/"Psycho" names 2 films; give one's id or its year/);
    expect(cli("film", "Psycho (1998)").stdout).toMatch(/^Psycho \(1998\)/);

    // --db after the subcommand reaches it (it was swallowed by `films`).
    const merged = cli("films", "merge", "Psycho (1998)", "Psycho (1960)", "--json");
    expect(merged.code).toBe(0);
    const entry = JSON.parse(merged.stdout) as { id: string; action: string; actor: string };
    expect(entry).toMatchObject({
      action: "merge",
      actor: expect.stringMatching(/^cli/),
      // Its reviews were read again under the film they joined.
      reread: { read: expect.any(Number), changed: expect.any(Number) },
    });
    expect(cli("film", catalogFilmId("tt9000009"), "--json").stdout).toContain(
      `"id": "${catalogFilmId("tt9000008")}"`,
    );

    const edited = cli("films", "edit", "Psycho (1960)", "--title", "Psycho!", "--year", "1960");
    expect(edited.code).toBe(0);
    expect(edited.stdout).toMatch(/film "Psycho" \(1960\) → "Psycho!" \(1960\)/);
    expect(edited.stdout).toMatch(/\n {2}\d+ reviews read again under their film, \d+ changed\n/);

    // The verdict a review counts as, an admin's; none takes it back.
    const opened = () =>
      openStore(
        url ? { dbPath: "", databaseUrl: url } : { dbPath: args[1] as string, databaseUrl: null },
      );
    const reader = await opened();
    const lange = await reader.db
      .selectFrom("reviews")
      .select(["id", "verdict"])
      .where("text", "like", "Jessica Lange%")
      .executeTakeFirstOrThrow();
    await reader.close();
    const other = lange.verdict === "positive" ? "rotten" : "fresh";
    const verdict = cli("reviews", "verdict", lange.id, other);
    expect(verdict.code).toBe(0);
    expect(verdict.stdout).toMatch(
      new RegExp(`verdict set to ${other === "fresh" ? "Fresh" : "Rotten"} \\(it had read`),
    );
    expect(verdict.stdout).toMatch(/audit a-\S+ \(undo: cinemeter audit undo a-\S+\)/);
    expect(cli("reviews", "verdict", lange.id, "maybe").stderr).toMatch(
      /the verdict is fresh, rotten or none/,
    );
    expect(cli("reviews", "verdict", lange.id, other).stderr).toMatch(/already/);
    expect(cli("reviews", "verdict", lange.id, "none").code).toBe(0);
    expect(cli("reviews", "verdict", "no-such-review", "fresh").stderr).toMatch(
      /review no-such-review does not exist/,
    );

    // What some of a review's aspects are, an admin's word; read takes it back.
    const aspects = cli("reviews", "aspects", lange.id, "music=none", "Acting=complaint");
    expect(aspects.code).toBe(0);
    expect(aspects.stdout).toMatch(/acting set to a complaint \(it had read [a-z ,]+\)/);
    expect(aspects.stdout).toMatch(/audit a-\S+ \(undo: cinemeter audit undo a-\S+\)/);
    expect(cli("reviews", "aspects", lange.id, "plot=praise").stderr).toMatch(
      /"plot=praise": name an aspect \(acting, direction, .*\) and what it is, as in acting=praise/,
    );
    expect(cli("reviews", "aspects", lange.id, "acting=meh").stderr).toMatch(
      /acting is praise, complaint, none \(not judged\) or read \(as the review reads\), not "meh"/,
    );
    expect(cli("reviews", "aspects", lange.id, "acting=complaint").stderr).toMatch(/already/);
    const back = cli("reviews", "aspects", lange.id, "acting=read", "music=read");
    expect(back.stdout).toMatch(
      /acting as the review reads again; music as the review reads again/,
    );

    // Its quote: words of its text an admin chose; --read takes them back.
    const quote = cli("reviews", "quote", lange.id, "screams", "beautifully");
    expect(quote.code).toBe(0);
    expect(quote.stdout).toMatch(
      /quote set to “screams beautifully” \(it had quoted “Jessica Lange/,
    );
    expect(quote.stdout).toMatch(/audit a-\S+ \(undo: cinemeter audit undo a-\S+\)/);
    const notIn = cli("reviews", "quote", lange.id, "screams terribly");
    expect(notIn.code).toBe(2);
    expect(notIn.stderr).toMatch(/those words are not in the review's text/);
    expect(cli("reviews", "quote", lange.id).stderr).toMatch(
      /give the words of the review to quote/,
    );
    expect(cli("reviews", "quote", lange.id, "x", "--read").stderr).toMatch(/not both/);
    expect(cli("reviews", "quote", lange.id, "--read").stdout).toMatch(
      /the quote an admin chose taken back/,
    );

    // What readers reported (a reader's report, as the site stores it), listed and dismissed.
    expect(cli("reviews", "checks", "--reported").stdout).toBe(
      "nothing to check: no reader has reported a review that an admin has not settled\n",
    );
    const writer = await opened();
    await addReport(writer.db, {
      id: "p-test",
      reviewId: lange.id,
      readerId: "r-test",
      reason: "quote",
      note: "It quotes the ape, not the actress.",
      at: "2026-12-06T05:00:00.000Z",
    });
    await writer.close();
    expect(cli("reviews", "checks", "--reported").stdout).toMatch(
      new RegExp(
        `^${lange.id} {2}King Kong \\(1976\\) · .*\n {2}reported: The quote misrepresents the review — “It quotes the ape, not the actress\\.” \\(2026-12-06\\)\n {2}settle: .*cinemeter reviews dismiss ${lange.id}\n$`,
      ),
    );
    expect(cli("reviews", "checks", "--reported", "--least-sure").stderr).toMatch(
      /one list at a time/,
    );
    expect(cli("reviews", "dismiss", lange.id).stdout).toBe(
      `1 report on review ${lange.id} dismissed\n`,
    );
    expect(cli("reviews", "dismiss", lange.id).stderr).toMatch(/has no open reports/);

    // The reviews to check, and the command that settles one.
    expect(cli("reviews", "checks").stdout).toBe(
      "nothing to check: no review's analysis flags anything\n",
    );
    const flaggedFile = join(dir, "flagged.jsonl");
    writeFileSync(
      flaggedFile,
      `${JSON.stringify({
        text: "A dreadful, boring, incompetent mess. The worst film of the year. Avoid it.",
        rating: "9/10",
        critic: "Flagged One",
        film: "King Kong (1976)",
      })}\n`,
    );
    const flaggedImport = JSON.parse(cli("import", flaggedFile, "--json").stdout).id as string;
    const checks = cli("reviews", "checks");
    expect(checks.stdout).toMatch(
      /^(\S+) {2}King Kong \(1976\) · Flagged One · Fresh · rated “9\/10”\n {2}check: the text reads negative .* against a rating of 90.*\n {2}settle: cinemeter reviews verdict \1 fresh\|rotten\n$/,
    );
    const flaggedId = (
      JSON.parse(cli("reviews", "checks", "--json").stdout) as Array<{ id: string }>
    )[0]?.id as string;
    expect(cli("reviews", "verdict", flaggedId, "fresh").stdout).toMatch(
      /verdict confirmed as Fresh/,
    );
    expect(cli("reviews", "checks").stdout).toMatch(/^nothing to check/);
    expect(cli("imports", "undo", flaggedImport).code).toBe(0);

    // The verdicts read rather than given, least sure first; setting one takes it off.
    type Listed = { id: string; verdictSource: string; confidence: number };
    const unsure = () =>
      JSON.parse(
        cli("reviews", "checks", "--least-sure", "--limit", "1000", "--json").stdout,
      ) as Listed[];
    const read = unsure();
    expect(read.length).toBeGreaterThan(1);
    for (const r of read) expect(["text", "fence", "outlet"]).toContain(r.verdictSource);
    const sureness = read.map((r) => r.confidence);
    expect(sureness).toEqual([...sureness].sort((a, b) => a - b));
    const least = read[0] as Listed;
    expect(cli("reviews", "checks", "--least-sure", "--limit", "1").stdout).toMatch(
      new RegExp(
        `^${least.id} {2}.+ · (Fresh|Rotten)\\n {2}${Math.round(least.confidence * 100)}% sure, read from its text(: “.+”)?\\n {2}settle: cinemeter reviews verdict ${least.id} fresh\\|rotten\\n$`,
      ),
    );
    expect(cli("reviews", "verdict", least.id, "rotten").code).toBe(0);
    expect(unsure().map((r) => r.id)).toEqual(read.slice(1).map((r) => r.id));
    expect(cli("reviews", "verdict", least.id, "none").code).toBe(0);
    expect(unsure().map((r) => r.id)).toContain(least.id);
    // One film's alone, by its id.
    const filmOf = (read.find((r) => r.id === least.id) as Listed & { filmId: string }).filmId;
    const ofFilm = JSON.parse(
      cli("reviews", "checks", "--least-sure", "--film", filmOf, "--json").stdout,
    ) as Array<Listed & { filmId: string }>;
    expect(ofFilm.length).toBeGreaterThan(0);
    expect(ofFilm.map((r) => r.id)).toEqual(
      unsure()
        .filter((r) => (r as Listed & { filmId: string }).filmId === filmOf)
        .map((r) => r.id),
    );
    const stray = cli("reviews", "checks", "--film", filmOf);
    expect(stray.code).toBe(2);
    expect(stray.stderr).toMatch(/--film goes with --least-sure/);

    const log = cli("audit");
    expect(log.stdout).toMatch(/set-verdict/);
    expect(log.stdout).toMatch(/edit-film/);
    expect(log.stdout).toMatch(/merge/);
    expect(cli("audit", "undo", entry.id).code).toBe(0);
    expect(cli("film", "Psycho (1998)").code).toBe(0);
    expect(cli("audit", "undo", entry.id).stderr).toMatch(/undone already/);

    expect(cli("imports", "undo", importId).stdout).toMatch(/20 reviews removed/);
    expect(cli("audit", "undo", "a-nothing").stderr).toMatch(
      /audit entry a-nothing does not exist/,
    );

    const store = await openStore(
      url ? { dbPath: "", databaseUrl: url } : { dbPath: args[1] as string, databaseUrl: null },
    );
    try {
      await expectSumsMatchReviews(store);
      expect(await store.db.selectFrom("reviews").select("id").execute()).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
