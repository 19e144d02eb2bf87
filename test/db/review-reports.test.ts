import { describe, expect, test } from "vitest";
import { setReviewQuote } from "../../src/commands/corrections.js";
import { exportReaderData } from "../../src/commands/reader-ratings.js";
import { emptyReviewInput } from "../../src/domain/review.js";
import { buildApp } from "../../src/server/app.js";
import type { Store } from "../../src/store/db.js";
import { deleteReader } from "../../src/store/readers.repository.js";
import { storeReviews } from "../helpers/reviews.js";
import { testStores, withFreshStore } from "../helpers/stores.js";
import { Visitor } from "../helpers/visitor.js";

const TOKEN = "a-test-token-of-sixteen-chars";
const dialects = (await testStores()).map((s) => ({ dialect: s.dialect }));

const TEXT =
  "Lantern Days drifts for an hour. Then Ada Quill's turn as the lighthouse keeper lifts it, and the last act is a quiet knockout.";

async function reports(store: Store, reviewId: string) {
  return store.db
    .selectFrom("review_reports")
    .select(["reader_id", "reason", "note", "closed_at", "closed_by", "outcome"])
    .where("review_id", "=", reviewId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

describe.each(dialects)(
  "readers report what a review is read wrong on the $dialect store",
  ({ dialect }) => {
    test("a signed-in reader reports from a film page; the admins list, dismiss or correct it; a reader's data keeps and loses theirs", async () => {
      await withFreshStore(dialect, async (store) => {
        await storeReviews(store, [
          {
            ...emptyReviewInput(TEXT),
            critic: "Ivo Marsh",
            film: { title: "Lantern Days", year: 2024 },
          },
        ]);
        const { id, film_id: filmId } = await store.db
          .selectFrom("reviews")
          .select(["id", "film_id"])
          .executeTakeFirstOrThrow();
        const app = buildApp(store, { apiToken: TOKEN, signUp: "open" });
        const auth = { authorization: `Bearer ${TOKEN}` };
        const checks = async () =>
          (await app.inject({ url: "/api/checks?list=reported", headers: auth })).json() as {
            reviews: Array<{ id: string; reports: Array<{ reason: string; note: string | null }> }>;
          };
        try {
          // Signed out, a card offers nothing; signed in, "Something wrong? Tell us".
          const reportLink = `href="/reviews/${id}/report">Something wrong? Tell us</a>`;
          const rae = new Visitor(app);
          expect((await rae.get(`/films/${filmId}`)).body).not.toContain(reportLink);
          expect((await rae.get(`/reviews/${id}/report`)).headers.location).toBe("/signin");
          await rae.post("/signup", { name: "Rae Reader", password: "lanterns-at-night" });
          expect((await rae.get(`/films/${filmId}`)).body).toContain(reportLink);
          const form = await rae.get(`/reviews/${id}/report`);
          expect(form.statusCode).toBe(200);
          expect(form.body).toContain("What is wrong with this review?");
          expect(form.body).toContain("The quote misrepresents the review");
          const csrf = Visitor.csrf(form.body);
          const send = (visitor: Visitor, fields: Record<string, string>, token = csrf) =>
            visitor.post(`/reviews/${id}/report`, { csrf: token, ...fields });

          // Refused, saying why: no reason, a note too long, a forged form, no such review.
          const noReason = await send(rae, { note: "hm" });
          expect(noReason.statusCode).toBe(422);
          expect(noReason.body).toContain(
            "say what is wrong: one of film, verdict, quote, aspects, other",
          );
          expect((await send(rae, { reason: "quote", note: "x".repeat(501) })).body).toContain(
            "note: at most 500 characters",
          );
          expect((await send(rae, { reason: "quote" }, "forged")).statusCode).toBe(403);
          expect(
            (await rae.post("/reviews/no-such/report", { csrf, reason: "quote" })).statusCode,
          ).toBe(404);
          expect((await checks()).reviews).toEqual([]);

          // Sent: thanks, and the way back; a second while the first is open is refused.
          const sent = await send(rae, { reason: "quote", note: "  It quotes the slow start.  " });
          expect(sent.statusCode).toBe(200);
          expect(sent.body).toContain("Your report is with the admins");
          expect(sent.body).toContain(`href="/films/${filmId}#reviews"`);
          expect((await send(rae, { reason: "verdict" })).body).toContain(
            "you have reported this review already",
          );
          const sol = new Visitor(app);
          await sol.post("/signup", { name: "Sol Reader", password: "another-long-password" });
          const solForm = await sol.get(`/reviews/${id}/report`);
          expect(
            (await send(sol, { reason: "aspects" }, Visitor.csrf(solForm.body))).statusCode,
          ).toBe(200);

          // The admins' list: the review, with both reports, oldest first.
          expect((await checks()).reviews).toMatchObject([
            {
              id,
              reports: [
                { reason: "quote", note: "It quotes the slow start." },
                { reason: "aspects", note: null },
              ],
            },
          ]);
          expect((await app.inject({ url: "/api/checks?list=reported" })).statusCode).toBe(401);
          const login = await app.inject({
            method: "POST",
            url: "/login",
            headers: { "content-type": "application/x-www-form-urlencoded" },
            payload: new URLSearchParams({ token: TOKEN, next: "/admin/checks" }).toString(),
          });
          const cookie = String(login.headers["set-cookie"]).split(";")[0] ?? "";
          const page = await app.inject({
            url: "/admin/checks?list=reported",
            headers: { cookie },
          });
          expect(page.body).toContain("Reported by readers (1)");
          expect(page.body).toContain(
            "<strong>The quote misrepresents the review</strong> — “It quotes the slow start.”",
          );
          expect(page.body).toContain(`action="/admin/reviews/${id}/reports/dismiss"`);
          // … and the review's own page, where it is corrected.
          const reviewPage = (
            await app.inject({ url: `/admin/reviews/${id}`, headers: { cookie } })
          ).body;
          expect(reviewPage).toContain('<h2 id="reported">Reported by readers</h2>');
          expect(reviewPage).toContain("<strong>What it praises or faults is wrong</strong>");

          // A correction of the review settles its reports.
          await setReviewQuote(store, "cli (test)", id, "the last act is a quiet knockout.");
          expect((await checks()).reviews).toEqual([]);
          expect(await reports(store, id)).toMatchObject([
            { reason: "quote", outcome: "corrected", closed_by: "cli (test)" },
            { reason: "aspects", outcome: "corrected", closed_by: "cli (test)" },
          ]);

          // Reported again, then dismissed: through the API, and on the site.
          expect((await send(rae, { reason: "film" })).statusCode).toBe(200);
          const dismiss = () =>
            app.inject({
              method: "POST",
              url: `/api/reviews/${id}/reports/dismiss`,
              headers: auth,
            });
          expect(
            (await app.inject({ method: "POST", url: `/api/reviews/${id}/reports/dismiss` }))
              .statusCode,
          ).toBe(401);
          expect((await dismiss()).json()).toEqual({ dismissed: 1 });
          expect((await dismiss()).statusCode).toBe(400);
          expect(
            (await send(rae, { reason: "other", note: "Not a review at all" })).statusCode,
          ).toBe(200);
          const adminCsrf = Visitor.csrf(
            (await app.inject({ url: "/admin/checks?list=reported", headers: { cookie } })).body,
          );
          const dismissed = await app.inject({
            method: "POST",
            url: `/admin/reviews/${id}/reports/dismiss`,
            headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
            payload: new URLSearchParams({ csrf: adminCsrf }).toString(),
          });
          expect(dismissed.statusCode).toBe(303);
          expect(dismissed.headers.location).toBe("/admin/checks?list=reported");
          expect((await reports(store, id)).map((r) => r.outcome)).toEqual([
            "corrected",
            "corrected",
            "dismissed",
            "dismissed",
          ]);

          // A reader's own page lists them, newest first, with what came of each.
          const me = (await rae.get("/me")).body;
          expect(me).toContain("Your reports (3)");
          expect(me).toContain(
            `<a href="/films/${filmId}#reviews">Lantern Days</a>, Ivo Marsh's review: Something else — “Not a review at all” <span class="muted">(`,
          );
          expect(me).toMatch(/an admin read it and left it as it is \(\d+ \w+ \d{4}\)/);
          expect(me).toMatch(/an admin corrected the review \(/);
          expect(me.indexOf("Something else")).toBeLessThan(me.indexOf("The quote misrepresents"));

          // A reader's data: their reports come with it, and go with them.
          const raeId = (
            await store.db
              .selectFrom("readers")
              .select("id")
              .where("name", "=", "Rae Reader")
              .executeTakeFirstOrThrow()
          ).id;
          expect((await exportReaderData(store, raeId)).reports).toMatchObject([
            { reviewId: id, reason: "quote", outcome: "corrected" },
            { reviewId: id, reason: "film", outcome: "dismissed" },
            { reviewId: id, reason: "other", note: "Not a review at all", outcome: "dismissed" },
          ]);
          await deleteReader(store.db, raeId);
          expect((await reports(store, id)).map((r) => r.reason)).toEqual(["aspects"]);
        } finally {
          await app.close();
        }
      });
    });
  },
);
