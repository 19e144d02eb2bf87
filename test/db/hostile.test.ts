/**
 * Issue 11's findings, one regression test each, on both stores: what an attacker sent to
 * today's main and what it must get back now.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { importReviews } from "../../src/commands/import-reviews.js";
import { buildApp } from "../../src/server/app.js";
import { type TestStore, testStores, withStore } from "../helpers/stores.js";

const TOKEN = "a-test-token-of-sixteen-chars";
const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});
/** Builds the app on a fresh store, runs `work` on it, and closes both. */
const withApp = (
  testStore: TestStore,
  config: Parameters<typeof buildApp>[1],
  options: Parameters<typeof buildApp>[2],
  work: (app: ReturnType<typeof buildApp>) => Promise<void>,
) =>
  withStore(testStore, async (store) => {
    const app = buildApp(store, config, options);
    try {
      await work(app);
    } finally {
      await app.close();
    }
  });
const dir = mkdtempSync(join(tmpdir(), "cinemeter-hostile-"));
const auth = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };

describe.each(stores)("hostile input on the $dialect store", (testStore) => {
  test("a NUL in one JSONL row loses nothing: all 1,000 rows stored, the same on both stores", async () => {
    await withStore(testStore, async (store) => {
      const rows = Array.from({ length: 1000 }, (_, i) =>
        JSON.stringify({
          text: i === 499 ? "Bold and\u0000 strange." : `Review number ${i} of a fine film.`,
          outlet: "Zine",
          rating: `${1 + (i % 5)}/5`,
          film: { title: `Film ${i % 7}`, year: 2019 },
        }),
      );
      const file = join(dir, `nul-${testStore.dialect}.jsonl`);
      writeFileSync(file, `${rows.join("\n")}\n`);
      const summary = await importReviews(store, [file], { format: "auto" });
      expect(summary).toMatchObject({ read: 1000, imported: 1000, rejected: 0 });
      const nul = await store.db
        .selectFrom("reviews")
        .select("text")
        .where("text", "like", "Bold and%")
        .executeTakeFirstOrThrow();
      expect(nul.text).toBe("Bold and strange.");
    });
  });

  test("a TSV with an unclosed quote rejects that row at its line and imports the rest", async () => {
    await withStore(testStore, async (store) => {
      const lines = ["review\tpublisher\tfilm"];
      for (let i = 1; i <= 10; i++)
        lines.push(`${i === 3 ? '"never closed' : `Row ${i} is a fine review.`}\tZine\tFilm ${i}`);
      const file = join(dir, `quote-${testStore.dialect}.tsv`);
      writeFileSync(file, `${lines.join("\n")}\n`);
      const summary = await importReviews(store, [file], {
        format: "csv",
        map: { review: "text", publisher: "outlet", film: "film" },
      });
      expect(summary).toMatchObject({ imported: 9, rejected: 1 });
      expect(summary.rejects[0]).toEqual({
        where: `${file}:4`,
        reason: "a quote opened on line 4 is never closed",
      });
    });
  });

  test("sessions: a malformed cookie is no session (never a 500); log-in is rate-limited; a form too large is refused with a page that says so", async () => {
    await withApp(
      testStore,
      { apiToken: TOKEN },
      { limits: { logInsPerMinute: 3 } },
      async (app) => {
        for (const cookie of [
          "cinemeter_session=%",
          "cinemeter_session=a.b.c",
          "cinemeter_session=..",
        ]) {
          const page = await app.inject({ url: "/", headers: { cookie } });
          expect(page.statusCode, cookie).toBe(200);
        }
        const attempt = () =>
          app.inject({
            method: "POST",
            url: "/login",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            payload: "token=wrong-wrong-wrong-wrong",
          });
        for (let i = 0; i < 3; i++) expect((await attempt()).statusCode).toBe(401);
        const refused = await attempt();
        expect(refused.statusCode).toBe(429);
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
        // A page that says what happened and when to try again, not "not understood".
        expect(refused.body).toContain("<h1>Too many tries from your address</h1>");
        expect(refused.body).toMatch(/retry in \d+ (?:minute|second)s?\b/);
        // A form over the forms' limit (256 KB): a page that says so, not "not understood".
        const large = await app.inject({
          method: "POST",
          url: "/reviews/new",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          payload: `token=${"a".repeat(300 * 1024)}`,
        });
        expect(large.statusCode).toBe(413);
        expect(large.body).toContain("<h1>Too large to accept</h1>");
      },
    );
  });

  test("the API refuses what import and the form refuse, naming the field, and 201 says where", async () => {
    await withApp(testStore, { apiToken: TOKEN }, {}, async (app) => {
      const post = (payload: string) =>
        app.inject({ method: "POST", url: "/api/reviews", headers: auth, payload });
      const empty = await post(JSON.stringify({ text: "" }));
      expect(empty.statusCode).toBe(422);
      expect(empty.json().error.message).toMatch(/^text: /);
      const noFilm = await post(JSON.stringify({ text: "x" }));
      expect(noFilm.statusCode).toBe(422);
      expect(noFilm.json().error.message).toMatch(/name the film/);
      const date = await post(
        JSON.stringify({ text: "Good.", film: "Her Smell", date: "9".repeat(5000) }),
      );
      expect([date.statusCode, date.json().error.message]).toEqual([
        422,
        expect.stringMatching(/^date: /),
      ]);
      const proto = await post('{"text":"Good.","film":"Her Smell","__proto__":{"admin":true}}');
      expect(proto.statusCode).toBe(422);
      expect(proto.json().error.message).toMatch(/"__proto__": not a review field/);
      const long = await post(
        JSON.stringify({ text: "Good.", film: "Her Smell", outlet: "x".repeat(3000) }),
      );
      expect(long.statusCode).toBe(422);
      const created = await post(
        JSON.stringify({
          text: "A ferocious, moving film.",
          rating: "4/5",
          film: "Her Smell (2019)",
        }),
      );
      expect(created.statusCode).toBe(201);
      const body = created.json();
      expect(body).toMatchObject({ id: expect.any(String), filmId: expect.any(String) });
      expect(created.headers.location).toBe(
        `/api/films/${encodeURIComponent(body.filmId)}/reviews`,
      );
      const listed = await app.inject({ url: created.headers.location as string });
      expect(JSON.stringify(listed.json())).toContain(body.id);
      // 64,000 dots: answered at once, not after seconds of splitting sentences.
      const started = Date.now();
      const dots = await post(JSON.stringify({ text: ".".repeat(64_000), film: "Her Smell" }));
      expect(dots.statusCode).toBeLessThan(500);
      expect(Date.now() - started).toBeLessThan(3000);
    });
  });

  test("exposure: links from the configured URL, not Host; nosniff; /metrics only from here", async () => {
    await withApp(
      testStore,
      { apiToken: TOKEN, publicUrl: "https://films.example.org" },
      {},
      async (app) => {
        const evil = { host: "evil.example" };
        const home = await app.inject({ url: "/", headers: evil });
        expect(home.body).toContain("https://films.example.org/");
        expect(home.body).not.toContain("evil.example");
        const sitemap = await app.inject({ url: "/sitemap.xml", headers: evil });
        expect(sitemap.body).not.toContain("evil.example");
        const atom = await app.inject({ url: "/feeds/reviews.atom", headers: evil });
        expect(atom.body).not.toContain("evil.example");
        for (const url of ["/api/films", "/feeds/reviews.atom", "/sitemap.xml", "/", "/healthz"]) {
          const answer = await app.inject({ url });
          expect(answer.headers["x-content-type-options"], url).toBe("nosniff");
        }
        expect((await app.inject({ url: "/metrics" })).statusCode).toBe(200);
        const remote = await app.inject({ url: "/metrics", remoteAddress: "203.0.113.7" });
        expect(remote.statusCode).toBe(404);
      },
    );
  });
});
