import { afterAll, describe, expect, test } from "vitest";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { buildApp } from "../../src/server/app.js";
import { storeReviews } from "../helpers/reviews.js";
import { testStores } from "../helpers/stores.js";

const TOKEN = "a-test-token-of-sixteen-chars";
const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

const input = (
  text: string,
  outlet: string,
  critic: string,
  rating: string,
  film: string,
): ReviewInput => ({
  ...emptyReviewInput(text),
  outlet,
  critic,
  rating,
  film: { title: film, year: 2019 },
});

describe.each(stores)("the JSON API on the $dialect store", (testStore) => {
  test("reads, pages, caches, writes with a token, and fails clearly", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: TOKEN });
    try {
      const inputs = [
        input("Moss is ferocious.", "The Example Times", "Pat Critic", "4/5", "Her Smell"),
        input("Too long by half.", "Daily Planet", "Lee Writer", "2/5", "Her Smell"),
        input("A pop fable.", "Daily Planet", "Lee Writer", "B+", "Vox Lux"),
      ];
      await storeReviews(store, inputs);

      const list = await app.inject({ url: "/api/films?limit=1&sort=reviews" });
      expect(list.statusCode).toBe(200);
      const page1 = list.json() as {
        films: Array<{ id: string; title: string; reviewCount: number }>;
        next: string;
      };
      expect(page1.films).toEqual([
        expect.objectContaining({ title: "Her Smell", reviewCount: 2, percentPositive: 50 }),
      ]);
      const page2 = (
        await app.inject({ url: `/api/films?limit=1&sort=reviews&cursor=${page1.next}` })
      ).json() as typeof page1;
      expect(page2.films.map((f) => f.title)).toEqual(["Vox Lux"]);
      expect(page2.next).toBeNull();

      const herSmell = page1.films[0]?.id ?? "";
      const film = await app.inject({ url: `/api/films/${herSmell}` });
      expect(film.json()).toMatchObject({
        title: "Her Smell",
        year: 2019,
        reviewCount: 2,
        meanScore: 60,
      });
      // Every histogram published counts the scores it stands for; none is kept for top
      // critics, so none is published (it was ten zeros beside their mean score).
      const figures = film.json() as { histogram: number[]; topCritics: Record<string, unknown> };
      expect(figures.histogram.reduce((a, b) => a + b, 0)).toBe(2);
      expect(figures.topCritics).toMatchObject({ reviewCount: 0 });
      expect(figures.topCritics).not.toHaveProperty("histogram");
      expect(page1.films[0]).not.toHaveProperty("topCritics.histogram");
      const etag = film.headers.etag as string;
      expect(etag).toMatch(/^W\/"/);
      expect(
        (await app.inject({ url: `/api/films/${herSmell}`, headers: { "if-none-match": etag } }))
          .statusCode,
      ).toBe(304);

      const reviews = (
        await app.inject({ url: `/api/films/${herSmell}/reviews?limit=1` })
      ).json() as {
        reviews: Array<{ outlet: string }>;
        next: string;
      };
      expect(reviews.reviews).toHaveLength(1);
      const rest = (
        await app.inject({ url: `/api/films/${herSmell}/reviews?limit=1&cursor=${reviews.next}` })
      ).json() as typeof reviews;
      expect(new Set([...reviews.reviews, ...rest.reviews].map((r) => r.outlet))).toEqual(
        new Set(["The Example Times", "Daily Planet"]),
      );
      expect(
        (await app.inject({ url: `/api/films/${herSmell}/reviews?verdict=positive` })).json()
          .reviews,
      ).toHaveLength(1);

      const missing = await app.inject({ url: "/api/films/nope" });
      expect(missing.statusCode).toBe(404);
      expect(missing.json()).toEqual({
        error: { id: "not_found", message: "film nope does not exist" },
      });
      const bad = await app.inject({ url: "/api/films?limit=9999" });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.id).toBe("invalid_input");

      // Writes need the token.
      const body = {
        text: "Rewarding, if you stay with it.",
        outlet: "De facto film reviews",
        rating: "3 stars",
        film: "Her Smell (2019)",
      };
      expect(
        (await app.inject({ method: "POST", url: "/api/reviews", payload: body })).statusCode,
      ).toBe(401);
      expect(
        (
          await app.inject({
            method: "POST",
            url: "/api/reviews",
            payload: body,
            headers: { authorization: "Bearer wrong-token-wrong-token" },
          })
        ).json().error.id,
      ).toBe("unauthorized");
      const auth = { authorization: `Bearer ${TOKEN}` };
      const created = await app.inject({
        method: "POST",
        url: "/api/reviews",
        payload: body,
        headers: auth,
      });
      expect(created.statusCode).toBe(201);
      expect(created.json()).toMatchObject({
        duplicate: false,
        analysis: { score: 60, verdict: "positive" },
      });
      expect((await app.inject({ url: `/api/films/${herSmell}` })).json()).toMatchObject({
        reviewCount: 3,
        positiveCount: 2,
      });
      expect(
        (
          await app.inject({ method: "POST", url: "/api/reviews", payload: body, headers: auth })
        ).json(),
      ).toMatchObject({
        duplicate: true,
      });
      const invalid = await app.inject({
        method: "POST",
        url: "/api/reviews",
        payload: { outlet: "x" },
        headers: auth,
      });
      expect(invalid.statusCode).toBe(422);
      expect(invalid.json().error).toEqual({
        id: "invalid_review",
        message: 'body: "text": required, and must be a string',
      });
      const readOnly = buildApp(store, { apiToken: null });
      expect(
        (await readOnly.inject({ method: "POST", url: "/api/reviews", payload: body })).json().error
          .id,
      ).toBe("writes_disabled");
      await readOnly.close();

      const search = (await app.inject({ url: "/api/search?q=smell" })).json() as {
        films: Array<{ title: string }>;
      };
      expect(search.films.map((f) => f.title)).toEqual(["Her Smell"]);
      expect((await app.inject({ url: "/api/search" })).statusCode).toBe(400);

      const critics = (await app.inject({ url: "/api/critics" })).json() as {
        critics: Array<{ id: string; name: string; reviewCount: number }>;
      };
      expect(critics.critics[0]).toMatchObject({ name: "Lee Writer", reviewCount: 2 });
      const critic = (await app.inject({ url: `/api/critics/${critics.critics[0]?.id}` })).json();
      expect(critic).toMatchObject({
        name: "Lee Writer",
        reviewCount: 2,
        reviews: expect.any(Array),
      });
      expect((await app.inject({ url: "/api/outlets/daily planet" })).json()).toMatchObject({
        name: "Daily Planet",
        reviewCount: 2,
      });

      expect((await app.inject({ url: "/api/openapi.json" })).json()).toMatchObject({
        openapi: "3.1.0",
        paths: expect.any(Object),
      });
      expect((await app.inject({ url: "/healthz" })).json()).toEqual({
        status: "ok",
        store: testStore.dialect,
      });
      const metrics = (await app.inject({ url: "/metrics" })).body;
      expect(metrics).toMatch(/^cinemeter_reviews 4$/m);
      expect(metrics).toMatch(
        /cinemeter_http_requests_total\{method="GET",route="\/api\/films\/:id",status="200"\} \d+/,
      );
    } finally {
      await app.close();
      await store.close();
    }
  });
});
