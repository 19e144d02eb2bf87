import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, test } from "vitest";
import {
  editFilm,
  mergeFilm,
  moveReviewsTo,
  setReviewAspects,
  setReviewQuote,
  setReviewVerdict,
  splitReviews,
  undo,
} from "../../src/commands/corrections.js";
import { importCatalog } from "../../src/commands/import-catalog.js";
import { importReviews } from "../../src/commands/import-reviews.js";
import { linkFilms } from "../../src/commands/link-films.js";
import { reanalyzeReviews } from "../../src/commands/reanalyze-reviews.js";
import { buildApp } from "../../src/server/app.js";
import { catalogFilmId } from "../../src/store/catalog.repository.js";
import type { Store } from "../../src/store/db.js";
import { REPO_ROOT } from "../helpers/run-cli.js";
import { testStores, withFreshStore } from "../helpers/stores.js";
import { expectSumsMatchReviews } from "../helpers/sums.js";

const TOKEN = "a-test-token-of-sixteen-chars";
const NAMESAKES = resolve(REPO_ROOT, "src/link/testdata/namesakes");
const dialects = (await testStores()).map((s) => ({ dialect: s.dialect }));

async function seeded(store: Store): Promise<string> {
  await importCatalog(
    store,
    ["title.basics.tsv", "title.principals.tsv", "name.basics.tsv"].map((f) =>
      resolve(NAMESAKES, f),
    ),
  );
  return (await importReviews(store, [resolve(NAMESAKES, "reviews.jsonl")], { format: "auto" })).id;
}

async function reviewId(store: Store, start: string): Promise<string> {
  const row = await store.db
    .selectFrom("reviews")
    .select("id")
    .where("text", "like", `${start}%`)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function filmOf(store: Store, reviewId: string): Promise<string | null> {
  const row = await store.db
    .selectFrom("reviews")
    .select("film_id")
    .where("id", "=", reviewId)
    .executeTakeFirst();
  return row?.film_id ?? null;
}

describe.each(dialects)("corrections through the API on the $dialect store", ({ dialect }) => {
  test("rename, merge (301), move, split, delete, undo an import — each audited, each undone, sums exact", async () => {
    await withFreshStore(dialect, async (store) => {
      const importId = await seeded(store);
      const app = buildApp(store, { apiToken: TOKEN });
      const auth = { authorization: `Bearer ${TOKEN}` };
      const write = (method: "PATCH" | "POST" | "DELETE", url: string, payload?: unknown) =>
        app.inject({
          method,
          url,
          headers: auth,
          ...(payload ? { payload: payload as object } : {}),
        });
      const undo = async (id: string) => {
        const res = await write("POST", `/api/audit/${id}/undo`);
        expect(res.statusCode).toBe(200);
        await expectSumsMatchReviews(store);
      };
      try {
        // Why a review is where it is.
        const vanSant = await reviewId(store, "Gus Van Sant");
        const why = (await app.inject({ url: `/api/reviews/${vanSant}` })).json();
        expect(why).toMatchObject({
          filmId: catalogFilmId("tt9000009"),
          link: { method: "title", action: "link" },
        });

        // Writes need the token.
        expect(
          (await app.inject({ method: "PATCH", url: `/api/films/x`, payload: { title: "T" } }))
            .statusCode,
        ).toBe(401);

        // Rename and set the year; undo puts both back. The films' list, kept while the site
        // stands still, shows each at once.
        const filmsList = async () => (await app.inject({ url: "/films" })).body;
        expect(await filmsList()).not.toContain("Glass Lanterns (2023)");
        const glass = (
          await store.db
            .selectFrom("films")
            .select("id")
            .where("title_key", "=", "glass lanterns")
            .executeTakeFirstOrThrow()
        ).id;
        const renamed = await write("PATCH", `/api/films/${glass}`, {
          title: "Glass Lanterns",
          year: 2023,
        });
        expect(renamed.statusCode).toBe(200);
        expect(renamed.json()).toMatchObject({
          actor: "api token",
          action: "edit-film",
          target: glass,
        });
        expect((await app.inject({ url: `/api/films/${glass}` })).json()).toMatchObject({
          title: "Glass Lanterns",
          year: 2023,
          yearInferred: false,
          pinned: true,
          titleSource: "admin",
        });
        expect(await filmsList()).toContain("Glass Lanterns (2023)");
        expect((await write("PATCH", `/api/films/${glass}`, { year: 1700 })).statusCode).toBe(400);
        // Linking again leaves what an admin set.
        await linkFilms(store, null);
        expect((await app.inject({ url: `/api/films/${glass}` })).json()).toMatchObject({
          title: "Glass Lanterns",
          year: 2023,
        });
        await undo(renamed.json().id);
        expect((await app.inject({ url: `/api/films/${glass}` })).json()).toMatchObject({
          title: "The Glass Lanterns",
          year: 2024,
          yearInferred: true,
          pinned: false,
        });
        expect(await filmsList()).not.toContain("Glass Lanterns (2023)");

        // Merge: the old URL answers 301 to the kept film; undo brings the film back.
        const kong1976 = catalogFilmId("tt9000006");
        const kong2005 = catalogFilmId("tt9000007");
        const merged = await write("POST", `/api/films/${kong1976}/merge`, { into: kong2005 });
        expect(merged.statusCode).toBe(200);
        await expectSumsMatchReviews(store);
        const moved = await app.inject({ url: `/api/films/${kong1976}?x=1` });
        expect(moved.statusCode).toBe(301);
        expect(moved.headers.location).toBe(`/api/films/${kong2005}?x=1`);
        const page = await app.inject({ url: `/films/${kong1976}` });
        expect(page.statusCode).toBe(301);
        expect(page.headers.location).toBe(`/films/${kong2005}`);
        await undo(merged.json().id);
        expect((await app.inject({ url: `/api/films/${kong1976}` })).json()).toMatchObject({
          title: "King Kong",
          year: 1976,
          reviewCount: 1,
        });

        // Move a review to another film by its shown name; it stays there through a re-import.
        const lange = await reviewId(store, "Jessica Lange");
        const ambiguous = await write("POST", "/api/reviews/move", {
          reviews: [lange],
          film: "King Kong",
        });
        expect(ambiguous.statusCode).toBe(422);
        expect(ambiguous.json().error.message).toMatch(/names \d films; give one.s id or its year/);
        const move = await write("POST", "/api/reviews/move", {
          reviews: [lange],
          film: "King Kong (1933)",
        });
        expect(move.statusCode).toBe(200);
        expect(await filmOf(store, lange)).toBe(catalogFilmId("tt9000005"));
        await expectSumsMatchReviews(store);
        await importReviews(store, [resolve(NAMESAKES, "reviews.jsonl")], { format: "auto" });
        expect(await filmOf(store, lange)).toBe(catalogFilmId("tt9000005"));
        await undo(move.json().id);
        expect(await filmOf(store, lange)).toBe(kong1976);

        // Split reviews off into a new film; undo removes it again.
        const dunes = [
          await reviewId(store, "Denis Villeneuve"),
          await reviewId(store, "David Lynch"),
        ];
        const split = await write("POST", "/api/reviews/split", {
          reviews: dunes,
          title: "Dune: Part Zero",
          year: 2030,
        });
        expect(split.statusCode).toBe(200);
        const newFilm = split.json().target as string;
        expect((await app.inject({ url: `/api/films/${newFilm}` })).json()).toMatchObject({
          title: "Dune: Part Zero",
          reviewCount: 2,
        });
        await expectSumsMatchReviews(store);
        await undo(split.json().id);
        expect((await app.inject({ url: `/api/films/${newFilm}` })).statusCode).toBe(404);
        expect(await filmOf(store, dunes[0] as string)).toBe(catalogFilmId("tt9000015"));

        // Delete: gone, and a re-import does not bring it back; undo does.
        const deleted = await write("DELETE", `/api/reviews/${vanSant}`);
        expect(deleted.statusCode).toBe(200);
        await expectSumsMatchReviews(store);
        await importReviews(store, [resolve(NAMESAKES, "reviews.jsonl")], { format: "auto" });
        expect(await filmOf(store, vanSant)).toBeNull();
        await undo(deleted.json().id);
        expect(await filmOf(store, vanSant)).toBe(catalogFilmId("tt9000009"));

        // Undo a whole import, then undo that.
        const before = await store.db.selectFrom("reviews").select("id").execute();
        const undone = await write("POST", `/api/imports/${importId}/undo`);
        expect(undone.json().summary).toMatch(/20 reviews removed/);
        expect(await store.db.selectFrom("reviews").select("id").execute()).toEqual([]);
        await expectSumsMatchReviews(store);
        await undo(undone.json().id);
        expect((await store.db.selectFrom("reviews").select("id").execute()).length).toBe(
          before.length,
        );

        // The audit log says all of it, newest first; an entry is undone once.
        expect((await app.inject({ url: "/api/audit" })).statusCode).toBe(401);
        const log = (await app.inject({ url: "/api/audit?limit=100", headers: auth })).json()
          .entries as Array<{
          action: string;
          actor: string;
          undoneAt: string | null;
        }>;
        const actions = log.filter((e) => e.actor === "api token").map((e) => e.action);
        expect(actions.filter((a) => a !== "undo")).toEqual([
          "undo-import",
          "delete-review",
          "split",
          "move-reviews",
          "merge",
          "edit-film",
        ]);
        expect(actions.filter((a) => a === "undo")).toHaveLength(6);
        expect(
          log
            .filter((e) => e.action !== "undo" && e.actor === "api token")
            .every((e) => e.undoneAt),
        ).toBe(true);
        expect((await write("POST", `/api/audit/${merged.json().id}/undo`)).statusCode).toBe(400);
      } finally {
        await app.close();
      }
    });
  });
});

describe.each(dialects)("a correction reads reviews again on the $dialect store", ({ dialect }) => {
  test("reviews moved, merged, split off or renamed with their film are read under its title, and back on undo", async () => {
    // A review of Love, Simon filed under another film reads "…if Love, Simon helps …" as two
    // clauses: the directing praise's evidence ends at "if Love". Under Love, Simon it is whole.
    const crafted =
      "As a piece of filmmaking craft, it's competent, if unremarkable...if Love, Simon helps even one gay teen come to terms with their sexuality, it's done its job.";
    const dir = mkdtempSync(join(tmpdir(), "cinemeter-correction-reread-"));
    try {
      const file = join(dir, "reviews.jsonl");
      const review = (text: string, outlet: string, film: string) =>
        JSON.stringify({
          text,
          outlet,
          critic: `${outlet} Critic`,
          film,
          year: 2018,
          date: "2018-03-16",
        });
      writeFileSync(
        file,
        `${[
          review(crafted, "Fixture Daily", "Wrong Film"),
          review("Love, Simon is sweet and funny.", "Other Daily", "Love, Simon"),
        ].join("\n")}\n`,
      );
      await withFreshStore(dialect, async (store) => {
        await importReviews(store, [file], { format: "auto" });
        const id = await reviewId(store, "As a piece");
        const wrongFilm = (await filmOf(store, id)) as string;
        const loveSimon = (await filmOf(store, await reviewId(store, "Love, Simon is"))) as string;
        const evidence = async () => {
          const row = await store.db
            .selectFrom("review_aspects")
            .select(["evidence_at as at", "evidence_length as length"])
            .where("review_id", "=", id)
            .where("aspect", "=", "direction")
            .executeTakeFirstOrThrow();
          return crafted.slice(Number(row.at), Number(row.at) + Number(row.length));
        };
        // What is stored is what reading every review again would write.
        const readAsStored = async () => {
          expect(await reanalyzeReviews(store, { dryRun: true })).toMatchObject({ changed: 0 });
          await expectSumsMatchReviews(store);
        };
        const underItsOwnFilm = async () => {
          expect(await evidence()).toBe(crafted);
          await readAsStored();
        };
        const underTheWrongFilm = async () => {
          expect(await evidence()).toMatch(/if Love$/);
          await readAsStored();
        };
        const undone = async (auditId: string) => {
          expect((await undo(store, "test", auditId)).reread).toEqual({ read: 1, changed: 1 });
          await underTheWrongFilm();
        };
        await underTheWrongFilm();

        const moved = await moveReviewsTo(store, "test", [id], loveSimon);
        expect(moved.reread).toEqual({ read: 1, changed: 1 });
        await underItsOwnFilm();
        await undone(moved.id);

        const merged = await mergeFilm(store, "test", wrongFilm, loveSimon);
        expect(merged.reread).toEqual({ read: 1, changed: 1 });
        await underItsOwnFilm();
        await undone(merged.id);

        const split = await splitReviews(store, "test", [id], { title: "Love, Simon", year: 2018 });
        expect(split.reread).toEqual({ read: 1, changed: 1 });
        await underItsOwnFilm();
        await undone(split.id);

        const renamed = await editFilm(store, "test", wrongFilm, { title: "Love, Simon" });
        expect(renamed.reread).toEqual({ read: 1, changed: 1 });
        await underItsOwnFilm();
        await undone(renamed.id);

        // Only the year changed: read again, nothing in the reading depends on it here.
        expect((await editFilm(store, "test", wrongFilm, { year: 2017 })).reread).toEqual({
          read: 1,
          changed: 0,
        });
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(dialects)(
  "an admin's word on a review's aspects on the $dialect store",
  ({ dialect }) => {
    test("set through the API, the CLI's command and the site, kept by later readings, shown on the film page, undone", async () => {
      await withFreshStore(dialect, async (store) => {
        await seeded(store);
        const app = buildApp(store, { apiToken: TOKEN });
        const auth = { authorization: `Bearer ${TOKEN}` };
        const id = await reviewId(store, "Judy Garland gives the performance of her career");
        const aspects = async () =>
          Object.fromEntries(
            (
              await store.db
                .selectFrom("review_aspects")
                .select(["aspect", "polarity", "evidence", "evidence_at", "strength"])
                .where("review_id", "=", id)
                .execute()
            ).map((a) => [a.aspect, a]),
          );
        const adminAspects = async () =>
          (
            await store.db
              .selectFrom("reviews")
              .select("admin_aspects")
              .where("id", "=", id)
              .executeTakeFirstOrThrow()
          ).admin_aspects;
        const read = await aspects();
        // As read: the performances praised, in the review's own words; no music.
        expect(read.acting).toMatchObject({ polarity: "positive" });
        expect(read.music).toBeUndefined();
        const filmId = (await filmOf(store, id)) as string;
        const setAspects = (
          body: Record<string, unknown>,
          headers: Record<string, string> = auth,
        ) =>
          app.inject({ method: "POST", url: `/api/reviews/${id}/aspects`, headers, payload: body });
        try {
          expect((await setAspects({ aspects: { acting: "none" } }, {})).statusCode).toBe(401);
          expect((await setAspects({ aspects: { acting: "meh" } })).statusCode).toBe(400);
          expect((await setAspects({ aspects: { plot: "positive" } })).statusCode).toBe(400);
          expect((await setAspects({ aspects: {} })).statusCode).toBe(400);
          const set = await setAspects({ aspects: { acting: "none", music: "positive" } });
          expect(set.statusCode).toBe(200);
          expect(set.json()).toMatchObject({ action: "set-aspects", target: id });
          expect(set.json().summary).toContain(
            "acting set to not judged (it had read praise); music set to praise (it had read not judged)",
          );
          const now = await aspects();
          expect(now.acting).toBeUndefined();
          // Added without words: counted in the bars, never quoted.
          expect(now.music).toMatchObject({ polarity: "positive", evidence: "" });
          expect(JSON.parse((await adminAspects()) ?? "{}")).toEqual({
            acting: "none",
            music: "positive",
          });
          expect((await app.inject({ url: `/api/reviews/${id}` })).json()).toMatchObject({
            adminAspects: { acting: "none", music: "positive" },
            aspects: [{ aspect: "music", polarity: "positive", evidence: "" }],
          });
          expect((await app.inject({ url: `/films/${filmId}` })).body).toContain("Music and sound");
          // The same again is refused; a reading of every review keeps it.
          expect((await setAspects({ aspects: { acting: "none" } })).statusCode).toBe(400);
          await reanalyzeReviews(store, { examples: 0 });
          expect(Object.keys(await aspects())).toEqual(["music"]);
          await expectSumsMatchReviews(store);

          // Undone: read as it says again.
          const undone = await app.inject({
            method: "POST",
            url: `/api/audit/${set.json().id}/undo`,
            headers: auth,
          });
          expect(undone.statusCode).toBe(200);
          expect(await aspects()).toEqual(read);
          expect(await adminAspects()).toBeNull();
          expect((await app.inject({ url: `/films/${filmId}` })).body).not.toContain(
            "Music and sound",
          );

          // From the command: one aspect's word given, then taken back.
          const audit = await setReviewAspects(store, "cli (test)", id, { acting: "negative" });
          expect(audit.summary).toContain("acting set to a complaint (it had read praise)");
          expect((await aspects()).acting).toMatchObject({
            polarity: "negative",
            evidence: read.acting?.evidence,
            evidence_at: read.acting?.evidence_at,
          });
          // Deleted and brought back, the review keeps the admin's word.
          await deletedAndBroughtBack(app, id);
          expect(JSON.parse((await adminAspects()) ?? "{}")).toEqual({ acting: "negative" });
          expect((await aspects()).acting).toMatchObject({ polarity: "negative" });
          await setReviewAspects(store, "cli (test)", id, { acting: null });
          expect(await aspects()).toEqual(read);

          // On the site: the review's admin page lists its aspects and sets them.
          const cookie = await logIn(app, `/admin/reviews/${id}`);
          const admin = await app.inject({ url: `/admin/reviews/${id}`, headers: { cookie } });
          expect(admin.body).toContain("Aspects: what the review praises and faults");
          // (No judging word: "gives the performance of her career" read by the text model.)
          expect(admin.body).toMatch(
            /<th scope="row">Acting<\/th><td>praise \(read by the text model\)<\/td>/,
          );
          const csrf = /name="csrf" value="([^"]+)"/.exec(admin.body)?.[1] ?? "";
          const post = (choices: Record<string, string>) =>
            app.inject({
              method: "POST",
              url: `/admin/reviews/${id}/aspects`,
              headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
              payload: new URLSearchParams({ csrf, ...choices }).toString(),
            });
          expect((await post({ acting: "sideways" })).statusCode).toBe(422);
          const posted = await post({ acting: "negative", music: "read", pacing: "read" });
          expect(posted.statusCode).toBe(303);
          expect(posted.headers.location).toBe(`/admin/reviews/${id}`);
          expect((await aspects()).acting).toMatchObject({ polarity: "negative" });
          expect(
            (await app.inject({ url: `/admin/reviews/${id}`, headers: { cookie } })).body,
          ).toMatch(/<th scope="row">Acting<\/th><td>a complaint \(set by an admin\)<\/td>/);
          // Praise set by an admin counts as judged in words: the film page quotes it, and to
          // an admin each quote links to where its review's aspects are set.
          expect((await post({ acting: "positive" })).statusCode).toBe(303);
          const filmPage = (await app.inject({ url: `/films/${filmId}`, headers: { cookie } }))
            .body;
          // … and says whose word its side is, there and among the reviews behind the bar.
          const setMark = 'career …”<span class="muted"> (set by an admin)</span>';
          expect(filmPage).toContain(setMark);
          expect(
            (await app.inject({ url: `/films/${filmId}?aspect=acting&side=positive` })).body,
          ).toContain(setMark);
          expect(filmPage).toContain(`href="/admin/reviews/${id}">Not praise? Correct it</a>`);
          expect((await app.inject({ url: `/films/${filmId}` })).body).not.toContain(
            "Correct it</a>",
          );
          expect((await post({ acting: "read" })).statusCode).toBe(303);
          expect(await aspects()).toEqual(read);
          expect(await adminAspects()).toBeNull();
        } finally {
          await app.close();
        }
      });
    });
  },
);

describe.each(dialects)(
  "an admin's choice of a review's quote on the $dialect store",
  ({ dialect }) => {
    test("set through the API, the CLI's command and the site, kept by later readings, shown on its card, undone", async () => {
      await withFreshStore(dialect, async (store) => {
        await seeded(store);
        const app = buildApp(store, { apiToken: TOKEN });
        const auth = { authorization: `Bearer ${TOKEN}` };
        const text =
          "Peter Jackson's three-hour labour of love, with Naomi Watts giving the ape a soul.";
        const id = await reviewId(store, "Peter Jackson's three-hour");
        const filmId = (await filmOf(store, id)) as string;
        const stored = async () =>
          store.db
            .selectFrom("reviews")
            .select(["quote", "admin_quote"])
            .where("id", "=", id)
            .executeTakeFirstOrThrow();
        const setQuote = (body: Record<string, unknown>, headers: Record<string, string> = auth) =>
          app.inject({ method: "POST", url: `/api/reviews/${id}/quote`, headers, payload: body });
        const card = async () =>
          (
            (await app.inject({ url: `/api/films/${filmId}/reviews` })).json().reviews as Array<{
              id: string;
              quote: string;
              quoteByAdmin: boolean;
            }>
          ).find((r) => r.id === id);
        try {
          // As read: the whole snippet is its own quote.
          expect(await stored()).toEqual({ quote: "", admin_quote: null });
          expect(await card()).toMatchObject({ quote: text, quoteByAdmin: false });
          expect((await setQuote({ quote: "giving the ape a soul" }, {})).statusCode).toBe(401);
          expect((await setQuote({ quote: 7 })).statusCode).toBe(400);
          const notIn = await setQuote({ quote: "a triumph of the heart" });
          expect(notIn.statusCode).toBe(422);
          expect(notIn.json().error.message).toContain("not in the review's text");
          // (A word cut in two is no stretch of it.)
          expect((await setQuote({ quote: "ter Jackson" })).statusCode).toBe(422);

          const set = await setQuote({ quote: "Naomi Watts giving the ape a soul" });
          expect(set.statusCode).toBe(200);
          expect(set.json()).toMatchObject({ action: "set-quote", target: id });
          expect(set.json().summary).toContain(
            "quote set to “Naomi Watts giving the ape a soul” (it had quoted “Peter Jackson's three-hour labour of love, with Naomi Watts giving the ape …”)",
          );
          expect(await stored()).toEqual({
            quote: "… Naomi Watts giving the ape a soul",
            admin_quote: "Naomi Watts giving the ape a soul",
          });
          expect((await app.inject({ url: `/api/reviews/${id}` })).json()).toMatchObject({
            quote: "… Naomi Watts giving the ape a soul",
            adminQuote: "Naomi Watts giving the ape a soul",
          });
          expect(await card()).toMatchObject({
            quote: "… Naomi Watts giving the ape a soul",
            quoteByAdmin: true,
          });
          const page = (await app.inject({ url: `/films/${filmId}` })).body;
          expect(page).toContain("… Naomi Watts giving the ape a soul”");
          expect(page).toContain("(quote chosen by an admin)");
          // The same again is refused; a reading of every review keeps it.
          expect((await setQuote({ quote: "Naomi Watts giving the ape a soul" })).statusCode).toBe(
            400,
          );
          await reanalyzeReviews(store, { examples: 0 });
          expect((await stored()).quote).toBe("… Naomi Watts giving the ape a soul");

          // Undone: the reading's choice again.
          const undone = await app.inject({
            method: "POST",
            url: `/api/audit/${set.json().id}/undo`,
            headers: auth,
          });
          expect(undone.statusCode).toBe(200);
          expect(await stored()).toEqual({ quote: "", admin_quote: null });
          expect((await app.inject({ url: `/films/${filmId}` })).body).not.toContain(
            "(quote chosen by an admin)",
          );

          // From the command, copied with the line broken: kept as the text writes it.
          const audit = await setReviewQuote(
            store,
            "cli (test)",
            id,
            "  Peter Jackson's three-hour\n labour of love,",
          );
          expect(audit.summary).toContain(
            "quote set to “Peter Jackson's three-hour labour of love,”",
          );
          expect(await stored()).toEqual({
            quote: "Peter Jackson's three-hour labour of love …",
            admin_quote: "Peter Jackson's three-hour labour of love,",
          });
          // Deleted and brought back, the review keeps the admin's choice.
          await deletedAndBroughtBack(app, id);
          expect((await stored()).admin_quote).toBe("Peter Jackson's three-hour labour of love,");
          await setReviewQuote(store, "cli (test)", id, null);
          expect(await stored()).toEqual({ quote: "", admin_quote: null });
          await expect(setReviewQuote(store, "cli (test)", id, null)).rejects.toThrow(
            "has no quote chosen by an admin",
          );

          // On the site: the review's admin page shows its quote and its sentences to choose from.
          const cookie = await logIn(app, `/admin/reviews/${id}`);
          const admin = await app.inject({ url: `/admin/reviews/${id}`, headers: { cookie } });
          expect(admin.body).toContain(`Quoted as <q>${text}</q> (chosen by its reading)`);
          const csrf = /name="csrf" value="([^"]+)"/.exec(admin.body)?.[1] ?? "";
          const post = (choices: Record<string, string>) =>
            app.inject({
              method: "POST",
              url: `/admin/reviews/${id}/quote`,
              headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
              payload: new URLSearchParams({ csrf, ...choices }).toString(),
            });
          expect((await post({ quote: "other-words", words: "" })).statusCode).toBe(422);
          expect((await post({ quote: "other-words", words: "no such words" })).statusCode).toBe(
            422,
          );
          const posted = await post({ quote: "other-words", words: "giving the ape a soul" });
          expect(posted.statusCode).toBe(303);
          expect(posted.headers.location).toBe(`/admin/reviews/${id}`);
          expect((await stored()).quote).toBe("… giving the ape a soul");
          const after = (await app.inject({ url: `/admin/reviews/${id}`, headers: { cookie } }))
            .body;
          expect(after).toContain("Quoted as <q>… giving the ape a soul</q> (chosen by an admin)");
          expect(after).toContain('value="giving the ape a soul"');
          expect((await post({ quote: "read" })).statusCode).toBe(303);
          expect(await stored()).toEqual({ quote: "", admin_quote: null });
          await expectSumsMatchReviews(store);
        } finally {
          await app.close();
        }
      });
    });
  },
);

describe.each(dialects)("an admin's verdict on the $dialect store", ({ dialect }) => {
  test("set through the API and the site, shown on its card, kept by later readings, figures exact, undone", async () => {
    await withFreshStore(dialect, async (store) => {
      await seeded(store);
      const app = buildApp(store, { apiToken: TOKEN });
      const auth = { authorization: `Bearer ${TOKEN}` };
      const id = await reviewId(store, "Jessica Lange screams beautifully");
      const row = () =>
        store.db
          .selectFrom("reviews")
          .select(["verdict", "admin_verdict", "confidence", "disagreement", "film_id"])
          .where("id", "=", id)
          .executeTakeFirstOrThrow();
      const read = await row();
      // Read from its text (no rating, no stated verdict): the model's verdict, and how sure.
      expect(read.admin_verdict).toBeNull();
      expect(read.confidence).not.toBeNull();
      const other = read.verdict === "positive" ? "negative" : "positive";
      const setVerdict = (verdict: string | null, headers: Record<string, string> = auth) =>
        app.inject({
          method: "POST",
          url: `/api/reviews/${id}/verdict`,
          headers,
          payload: { verdict },
        });
      try {
        expect((await setVerdict(other, {})).statusCode).toBe(401);
        expect((await setVerdict("meh")).statusCode).toBe(400);
        const set = await setVerdict(other);
        expect(set.statusCode).toBe(200);
        expect(set.json()).toMatchObject({ action: "set-verdict", target: id });
        expect(set.json().summary).toMatch(
          /verdict set to (Fresh|Rotten) \(it had read (Fresh|Rotten)\)/,
        );
        expect(await row()).toMatchObject({
          verdict: other,
          admin_verdict: other,
          confidence: null,
        });
        await expectSumsMatchReviews(store);
        expect((await app.inject({ url: `/api/reviews/${id}` })).json()).toMatchObject({
          verdict: other,
          adminVerdict: other,
        });
        // Its card says whose verdict it is.
        const page = (await app.inject({ url: `/films/${read.film_id}` })).body;
        expect(page).toContain("(verdict set by an admin)");
        // The same again is refused; a reading of every review keeps it.
        expect((await setVerdict(other)).statusCode).toBe(400);
        await reanalyzeReviews(store, { examples: 0 });
        expect(await row()).toMatchObject({ verdict: other, admin_verdict: other });

        // Undone: read as it says again, figures back.
        const undone = await app.inject({
          method: "POST",
          url: `/api/audit/${set.json().id}/undo`,
          headers: auth,
        });
        expect(undone.statusCode).toBe(200);
        expect(await row()).toMatchObject({
          verdict: read.verdict,
          admin_verdict: null,
          confidence: read.confidence,
        });
        await expectSumsMatchReviews(store);
        expect((await app.inject({ url: `/films/${read.film_id}` })).body).not.toContain(
          "(verdict set by an admin)",
        );

        // On the site: the review's admin page says how it was read and sets it.
        const cookie = await logIn(app, `/admin/reviews/${id}`);
        const admin = await app.inject({ url: `/admin/reviews/${id}`, headers: { cookie } });
        expect(admin.body).toMatch(
          /Counts as <strong>(Fresh|Rotten)<\/strong> \(read from its text, \d+% sure\)/,
        );
        const csrf = /name="csrf" value="([^"]+)"/.exec(admin.body)?.[1] ?? "";
        const post = (verdict: string) =>
          app.inject({
            method: "POST",
            url: `/admin/reviews/${id}/verdict`,
            headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
            payload: new URLSearchParams({ csrf, verdict }).toString(),
          });
        const posted = await post(other);
        expect(posted.statusCode).toBe(303);
        expect(posted.headers.location).toBe(`/admin/reviews/${id}`);
        expect(await row()).toMatchObject({ verdict: other, admin_verdict: other });
        expect(
          (await app.inject({ url: `/admin/reviews/${id}`, headers: { cookie } })).body,
        ).toContain("(set by an admin)");
        // Taken back from the site: as the review reads.
        expect((await post("none")).statusCode).toBe(303);
        expect(await row()).toMatchObject({ verdict: read.verdict, admin_verdict: null });
        await expectSumsMatchReviews(store);
      } finally {
        await app.close();
      }
    });
  });

  test("a rated review's verdict set by an admin stands when its outlet's standing is brought up to date", async () => {
    await withFreshStore(dialect, async (store) => {
      const dir = mkdtempSync(join(tmpdir(), "cinemeter-admin-rated-"));
      try {
        const file = (name: string, rows: object[]) => {
          const path = join(dir, name);
          writeFileSync(path, rows.map((r) => JSON.stringify(r)).join("\n"));
          return path;
        };
        const review = (text: string, rating: string) => ({
          text,
          rating,
          outlet: "The Weekly Reel",
          critic: "Dana Pell",
          film: { title: "Mystic River", year: 2003 },
        });
        await importReviews(
          store,
          [
            file("one.jsonl", [
              review("Eastwood's most acclaimed film, and his most overrated.", "3/5"),
            ]),
          ],
          { format: "auto" },
        );
        const id = await reviewId(store, "Eastwood's most acclaimed");
        const verdict = async () =>
          (
            await store.db
              .selectFrom("reviews")
              .select("verdict")
              .where("id", "=", id)
              .executeTakeFirstOrThrow()
          ).verdict;
        // A 3 of 5: fresh by its rating; an admin who read it sets it rotten.
        expect(await verdict()).toBe("positive");
        await setReviewVerdict(store, "test", id, "negative");
        expect(await verdict()).toBe("negative");
        // Another review of the outlet's: its outlets' thresholds are applied again, not to it.
        await importReviews(
          store,
          [file("two.jsonl", [review("A mournful, magnificent film.", "4/5")])],
          { format: "auto" },
        );
        expect(await verdict()).toBe("negative");
        await expectSumsMatchReviews(store);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  test("the least sure verdicts: those read rather than given, least sure first, a page at a time; a verdict set takes one off", async () => {
    await withFreshStore(dialect, async (store) => {
      const dir = mkdtempSync(join(tmpdir(), "cinemeter-unsure-"));
      const app = buildApp(store, { apiToken: TOKEN });
      try {
        const file = join(dir, "reviews.jsonl");
        const film = "Read Film (2021)";
        writeFileSync(
          file,
          [
            // Read from the text, each as sure as its words make it.
            {
              text: "A dazzling, moving, wonderful film: the best of the year.",
              critic: "Sure One",
            },
            {
              text: "It has its moments, though it is uneven and a little long.",
              critic: "Unsure Two",
            },
            { text: "A dull, lifeless, tedious bore.", critic: "Sure Three" },
            { text: "Not quite what it could have been, but watchable.", critic: "Unsure Four" },
            // Given, not read: by a rating, and by the critic.
            {
              text: "It has its moments, though it is uneven.",
              rating: "4/5",
              critic: "Rated Five",
            },
            {
              text: "It has its moments, though it is uneven.",
              verdict: "fresh",
              critic: "Stated Six",
            },
          ]
            .map((r) => JSON.stringify({ ...r, film }))
            .join("\n"),
        );
        await importReviews(store, [file], { format: "auto" });
        const stored = await store.db
          .selectFrom("reviews")
          .innerJoin("critics", "critics.id", "reviews.critic_id")
          .select(["reviews.id", "critics.name", "reviews.confidence", "reviews.verdict_source"])
          .execute();
        const read = stored
          .filter((r) => r.verdict_source === "text")
          .sort((a, b) => Number(a.confidence) - Number(b.confidence));
        expect(read.map((r) => r.name).sort()).toEqual(
          ["Sure One", "Sure Three", "Unsure Four", "Unsure Two"].sort(),
        );
        // The list, a page at a time through the API: least sure first, the given ones left out.
        const auth = { authorization: `Bearer ${TOKEN}` };
        const walked: string[] = [];
        for (let cursor: string | null = "", pages = 0; cursor !== null && pages < 10; pages++) {
          const page = await app.inject({
            url: `/api/checks?list=unsure&limit=1${cursor ? `&cursor=${cursor}` : ""}`,
            headers: auth,
          });
          expect(page.statusCode).toBe(200);
          const body = page.json() as { reviews: Array<{ critic: string }>; next: string | null };
          walked.push(...body.reviews.map((r) => r.critic));
          cursor = body.next;
        }
        expect(walked).toEqual(read.map((r) => r.name));
        expect(
          (await app.inject({ url: "/api/checks?list=maybe", headers: auth })).statusCode,
        ).toBe(400);
        // The page, behind the log-in, in the same order, with the count of the unsure.
        const anonymous = await app.inject({ url: "/admin/checks?list=unsure" });
        expect(anonymous.headers.location).toBe("/login?next=%2Fadmin%2Fchecks%3Flist%3Dunsure");
        const cookie = await logIn(app, "/admin/checks");
        const page = async () =>
          (await app.inject({ url: "/admin/checks?list=unsure", headers: { cookie } })).body;
        const listed = await page();
        const unsure = read.filter((r) => Number(r.confidence) < 0.6).length;
        expect(listed).toContain(
          `aria-current="page">Least sure verdicts (${unsure} under 60% sure)</a>`,
        );
        expect(listed).toContain(`4 verdicts read so, ${unsure} of them under 60% sure.`);
        const order = read.map((r) => listed.indexOf(r.name));
        expect(order.every((at) => at > 0)).toBe(true);
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(listed).not.toContain("Rated Five");
        expect(listed).not.toContain("Stated Six");
        // Each short review's card says what its reading rests on, each way.
        expect(listed.match(/Its text reads fresh by [^<]+; rotten by [^<]+\./g)).toHaveLength(4);
        // Its page says how its text reads and what that rests on.
        const least = read[0] as (typeof read)[number];
        const reviewPage = (
          await app.inject({ url: `/admin/reviews/${least.id}`, headers: { cookie } })
        ).body;
        expect(reviewPage).toContain("How its text reads");
        expect(reviewPage).toMatch(
          /The text model reads it (\d+%|more than 99%|less than 1%) likely fresh\. The words that/,
        );
        expect(reviewPage).toMatch(/<strong>Toward Fresh:<\/strong> (“[^”]+”(, )?)+/);
        // The same through the API, with the token.
        const evidenceUrl = `/api/reviews/${least.id}/evidence`;
        expect((await app.inject({ url: evidenceUrl })).statusCode).toBe(401);
        const evidence = (await app.inject({ url: evidenceUrl, headers: auth })).json();
        expect(evidence).toMatchObject({
          evidence: { unit: "word", probability: expect.any(Number) },
        });
        expect(
          evidence.evidence.positive.length + evidence.evidence.negative.length,
        ).toBeGreaterThan(0);
        expect(
          (await app.inject({ url: "/api/reviews/no-such-review/evidence", headers: auth }))
            .statusCode,
        ).toBe(404);
        // Settled from the list: back to it, and off it.
        const settled = await settleFromList(app, cookie, listed, least.id, {
          back: "/admin/checks?list=unsure",
          verdict: "negative",
        });
        expect(settled.statusCode).toBe(303);
        expect(settled.headers.location).toBe("/admin/checks?list=unsure");
        const after = await page();
        expect(after).not.toContain(least.name);
        expect(after).toContain("3 verdicts read so");
        // One film's alone, as its page links them for an admin.
        const other = join(dir, "other.jsonl");
        writeFileSync(
          other,
          JSON.stringify({
            text: "Uneven, though it has a few good scenes.",
            critic: "Other Film Critic",
            film: "Another Read Film (2019)",
          }),
        );
        await importReviews(store, [other], { format: "auto" });
        const filmId = (await filmOf(store, least.id)) as string;
        const filmPage = (await app.inject({ url: `/films/${filmId}`, headers: { cookie } })).body;
        const scoped = `/admin/checks?list=unsure&amp;film=${encodeURIComponent(filmId)}`;
        expect(filmPage).toContain(`<a href="${scoped}">read them, least sure first</a>`);
        expect((await app.inject({ url: `/films/${filmId}` })).body).not.toContain(scoped);
        const ofFilm = (
          await app.inject({ url: scoped.replace("&amp;", "&"), headers: { cookie } })
        ).body;
        expect(ofFilm).toMatch(/Of <a href="\/films\/[^"]+">Read Film \(2021\)<\/a> alone/);
        expect(ofFilm).toContain("its 3 verdicts read, least sure first");
        expect(ofFilm).not.toContain("Other Film Critic");
        expect(await page()).toContain("Other Film Critic");
        const apiOfFilm = await app.inject({
          url: `/api/checks?list=unsure&film=${encodeURIComponent(filmId)}`,
          headers: auth,
        });
        expect(
          (apiOfFilm.json() as { reviews: Array<{ critic: string }> }).reviews.map((r) => r.critic),
        ).toEqual(read.slice(1).map((r) => r.name));
        await expectSumsMatchReviews(store);
      } finally {
        await app.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  test("the reviews to check: those flagged, newest first, for an admin; a verdict set takes one off", async () => {
    await withFreshStore(dialect, async (store) => {
      const dir = mkdtempSync(join(tmpdir(), "cinemeter-checks-"));
      const app = buildApp(store, { apiToken: TOKEN });
      try {
        const file = join(dir, "reviews.jsonl");
        const pan = "A dreadful, boring, incompetent mess. The worst film of the year. Avoid it.";
        writeFileSync(
          file,
          [
            { text: pan, rating: "9/10", critic: "Flagged One", film: "Checked Film (2020)" },
            { text: pan, rating: "1/10", critic: "Agreed Two", film: "Checked Film (2020)" },
          ]
            .map((r) => JSON.stringify(r))
            .join("\n"),
        );
        await importReviews(store, [file], { format: "auto" });
        // Behind the log-in.
        const anonymous = await app.inject({ url: "/admin/checks" });
        expect(anonymous.statusCode).toBe(303);
        expect(anonymous.headers.location).toBe("/login?next=%2Fadmin%2Fchecks");
        const cookie = await logIn(app, "/admin/checks");
        const checks = async () =>
          (await app.inject({ url: "/admin/checks", headers: { cookie } })).body;
        const listed = await checks();
        expect(listed).toContain("Reviews to check");
        expect(listed).toContain("1 review to check, the newest first.");
        expect(listed).toMatch(/aria-current="page">Flagged \(1\)</);
        expect(listed).toContain("Flagged One");
        expect(listed).toMatch(
          /<strong>Check:<\/strong> the text reads negative .* against a rating of 90/,
        );
        expect(listed).not.toContain("Agreed Two");
        // The same list through the API, with the token.
        expect((await app.inject({ url: "/api/checks" })).statusCode).toBe(401);
        const api = await app.inject({
          url: "/api/checks",
          headers: { authorization: `Bearer ${TOKEN}` },
        });
        expect(api.json()).toMatchObject({
          reviews: [{ critic: "Flagged One", disagreement: expect.stringMatching(/rating of 90/) }],
          next: null,
        });
        // Confirmed as it reads (Fresh, from its rating) from the list itself: back to the
        // list, off it, and the audit log says it was confirmed.
        const flagged = await store.db
          .selectFrom("reviews")
          .select(["id", "verdict"])
          .where("disagreement", "is not", null)
          .executeTakeFirstOrThrow();
        expect(flagged.verdict).toBe("positive");
        expect(listed).toContain(`action="/admin/reviews/${flagged.id}/verdict"`);
        const settled = await settleFromList(app, cookie, listed, flagged.id, {
          back: "/admin/checks",
          verdict: "positive",
        });
        expect(settled.statusCode).toBe(303);
        expect(settled.headers.location).toBe("/admin/checks");
        const log = await app.inject({
          url: "/api/audit?limit=1",
          headers: { authorization: `Bearer ${TOKEN}` },
        });
        expect(log.json().entries[0].summary).toMatch(/verdict confirmed as Fresh \(as it read\)$/);
        const after = await checks();
        expect(after).not.toContain("Flagged One");
        expect(after).toContain("Nothing to check");
        expect(
          (
            await app.inject({
              url: "/api/checks",
              headers: { authorization: `Bearer ${TOKEN}` },
            })
          ).json(),
        ).toEqual({ reviews: [], next: null });
        await expectSumsMatchReviews(store);
      } finally {
        await app.close();
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});

/** Sets a review's verdict from a list of reviews to check, as its form does, with the page's token. */
function settleFromList(
  app: ReturnType<typeof buildApp>,
  cookie: string,
  listed: string,
  id: string,
  form: { back: string; verdict: "positive" | "negative" },
) {
  const csrf = /name="csrf" value="([^"]+)"/.exec(listed)?.[1] ?? "";
  return app.inject({
    method: "POST",
    url: `/admin/reviews/${id}/verdict`,
    headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ csrf, ...form }).toString(),
  });
}

/** Logs an admin in with the token, as the log-in form does: the session's cookie. */
/** Deletes a review through the API, then undoes that from the audit log. */
async function deletedAndBroughtBack(app: ReturnType<typeof buildApp>, id: string): Promise<void> {
  const auth = { authorization: `Bearer ${TOKEN}` };
  const deleted = await app.inject({ method: "DELETE", url: `/api/reviews/${id}`, headers: auth });
  expect(deleted.statusCode).toBe(200);
  const undone = await app.inject({
    method: "POST",
    url: `/api/audit/${deleted.json().id}/undo`,
    headers: auth,
  });
  expect(undone.statusCode).toBe(200);
}

async function logIn(app: ReturnType<typeof buildApp>, next: string): Promise<string> {
  const login = await app.inject({
    method: "POST",
    url: "/login",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ token: TOKEN, next }).toString(),
  });
  return String(login.headers["set-cookie"]).split(";")[0] ?? "";
}
