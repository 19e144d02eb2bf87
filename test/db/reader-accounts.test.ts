import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { importCatalog } from "../../src/commands/import-catalog.js";
import { importReviews } from "../../src/commands/import-reviews.js";
import { signUp } from "../../src/commands/reader-accounts.js";
import { importLetterboxdFeed, refreshReaderFeeds } from "../../src/commands/reader-ratings.js";
import { DEFAULT_LIMITS, nodeHttpClient } from "../../src/ingest/fetch/http-client.js";
import { buildApp } from "../../src/server/app.js";
import { deleteReader, readerRatings } from "../../src/store/readers.repository.js";
import { testStores } from "../helpers/stores.js";
import { Visitor } from "../helpers/visitor.js";

const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

const fixture = (name: string) => join(import.meta.dirname, "testdata", "taste", name);
const ADMIN_TOKEN = "admin-token-of-this-test-0123456789";

describe.each(stores)("readers' accounts, pages and API on the $dialect store", (testStore) => {
  test("sign up, bring ratings, critics like you, your score, your match, the API, the private feed, delete — and nobody else sees any of it", async () => {
    const store = await testStore.open();
    // A Letterboxd member's feed, served on loopback.
    const rss = readFileSync(fixture("rae-letterboxd.rss"));
    const feedServer = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss);
    });
    await new Promise<void>((resolve) => feedServer.listen(0, "127.0.0.1", resolve));
    const feedUrl = `http://127.0.0.1:${(feedServer.address() as AddressInfo).port}/rae/rss/`;
    const app = buildApp(
      store,
      { apiToken: ADMIN_TOKEN, allowPrivateFeeds: true, signUp: "open" },
      { limits: { logInsPerMinute: 100, writesPerMinute: 1000 } },
    );
    try {
      await importCatalog(store, [fixture("title.basics.tsv")]);
      await importReviews(store, [fixture("reviews.jsonl")], { format: "jsonl" });
      const filmId = async (title: string, year: number) =>
        (
          await store.db
            .selectFrom("films")
            .select("id")
            .where("title", "=", title)
            .where("year", "=", year)
            .executeTakeFirstOrThrow()
        ).id;
      const brassTide = await filmId("Brass Tide", 2016);
      const lanternField = await filmId("Lantern Field", 2001);
      const publicFilm = async () => (await app.inject(`/api/films/${brassTide}`)).json();
      const before = await publicFilm();

      // Sign up: refused with a reason when the password is short, then made and signed in.
      const rae = new Visitor(app);
      const short = await rae.post("/signup", { name: "Rae Reader", password: "short" });
      expect(short.statusCode).toBe(422);
      expect(short.body).toContain("at least 10 characters");
      // A form sent from another site cannot sign anyone up or in (login CSRF).
      const forged = await app.inject({
        method: "POST",
        url: "/signup",
        headers: {
          origin: "https://elsewhere.example",
          "content-type": "application/x-www-form-urlencoded",
        },
        payload: "name=Rae+Reader&password=lanterns-at-night",
      });
      expect(forged.statusCode).toBe(403);
      expect(forged.headers["set-cookie"]).toBeUndefined();
      const made = await rae.post("/signup", { name: "Rae Reader", password: "lanterns-at-night" });
      expect(made.statusCode).toBe(303);
      expect(made.headers.location).toBe("/me");
      expect(String(made.headers["set-cookie"])).toMatch(/HttpOnly; SameSite=Lax/);
      const taken = await new Visitor(app).post("/signup", {
        name: "Rae Reader",
        password: "someone-else-entirely",
      });
      expect(taken.statusCode).toBe(409);

      // Signing in: a wrong password is refused; the right one opens a new session.
      expect(
        (
          await new Visitor(app).post("/signin", {
            name: "Rae Reader",
            password: "wrong-password!",
          })
        ).statusCode,
      ).toBe(401);
      const again = new Visitor(app);
      expect(
        (await again.post("/signin", { name: "Rae Reader", password: "lanterns-at-night" }))
          .statusCode,
      ).toBe(303);
      expect((await again.get("/me")).statusCode).toBe(200);

      const me = await rae.get("/me");
      expect(me.statusCode).toBe(200);
      expect(me.headers["cache-control"]).toBe("private, no-store");
      const csrf = Visitor.csrf(me.body);
      expect(csrf).not.toBe("");

      // An upload without the form's token is refused; with it, the export is read and linked.
      const imdb = { name: "ratings.csv", text: readFileSync(fixture("rae-imdb.csv"), "utf8") };
      expect((await rae.upload("/me/ratings", { csrf: "forged" }, imdb)).statusCode).toBe(403);
      const uploaded = await rae.upload("/me/ratings", { csrf }, imdb);
      expect(uploaded.statusCode).toBe(200);
      expect(uploaded.body).toContain("Read 6 ratings: 6 linked to films, every one.");
      // The Letterboxd feed: the rated entry read and linked, the unrated one skipped.
      const fromFeed = await rae.post("/me/letterboxd", { csrf, url: feedUrl });
      expect(fromFeed.body).toContain("Read 1 ratings: 1 linked to films, every one");
      expect(fromFeed.body).toContain("1 entries without a rating skipped");
      // A Letterboxd export whose "Cold Harbor" has no year: two films of that title, so not
      // linked but listed, and linked by hand to the one the reader names.
      const lb = await rae.upload(
        "/me/ratings",
        { csrf },
        {
          name: "letterboxd.csv",
          text: readFileSync(fixture("rae-letterboxd.csv"), "utf8"),
        },
      );
      expect(lb.body).toContain(
        "Read 2 ratings: 1 linked to films, 1 not (listed below to link by hand).",
      );
      const key = /name="key" value="([^"]+)"/.exec(lb.body)?.[1] ?? "";
      const coldHarbor98 = await filmId("Cold Harbor", 1998);
      expect(
        (await rae.post("/me/ratings/link", { csrf, key, film: `/films/${coldHarbor98}` }))
          .statusCode,
      ).toBe(303);
      expect((await rae.get("/me")).body).not.toContain("Ratings not linked to a film");

      // Critics like you: Ada Kindred first, with the films where they differ.
      const critics = await rae.get("/me/critics");
      expect(critics.statusCode).toBe(200);
      expect(critics.body.indexOf("Ada Kindred")).toBeGreaterThan(-1);
      expect(critics.body.indexOf("Ada Kindred")).toBeLessThan(critics.body.indexOf("Bo Contrary"));
      expect(critics.body).toContain("Where you and Ada Kindred differ most");

      // Your score on a film page: predicted, with the critics it leaned on …
      const film = await rae.get(`/films/${brassTide}`);
      expect(film.body).toContain("Predicted for you");
      expect(film.body).toContain("/critics/ada-kindred");
      expect(film.headers["cache-control"]).toBe("private, no-store");
      // … and, once rated, the reader's own stars.
      expect(
        (await rae.post(`/me/films/${brassTide}/rating`, { csrf, stars: "2.5" })).statusCode,
      ).toBe(303);
      expect((await rae.get(`/films/${brassTide}`)).body).toContain(
        "You rated it <strong>★★½</strong> (50 of 100)",
      );
      const films = await rae.get("/me/films");
      expect(films.statusCode).toBe(200);
      expect(films.body).not.toContain(`/films/${brassTide}"`);

      // Your match on a critic's page.
      const ada = await rae.get("/critics/ada-kindred");
      expect(ada.body).toContain("Your match");
      expect(ada.body).toMatch(/Taste correlation <strong>\+0\.9\d<\/strong>/);

      // The API with the reader's own token; the admin's token is not a reader's.
      const tokenPage = await rae.post("/me/token", { csrf });
      const token = /<code>(cm_[\w-]+)<\/code>/.exec(tokenPage.body)?.[1] ?? "";
      expect(token).not.toBe("");
      const api = (url: string, bearer: string, method: "GET" | "DELETE" = "GET") =>
        app.inject({ method, url, headers: { authorization: `Bearer ${bearer}` } });
      expect((await api("/api/me", token)).json()).toMatchObject({
        name: "Rae Reader",
        ratings: 10,
        linked: 10,
      });
      expect((await api("/api/me", ADMIN_TOKEN)).statusCode).toBe(401);
      expect((await app.inject("/api/me")).statusCode).toBe(401);
      const apiCritics = (await api("/api/me/critics?limit=3", token)).json();
      expect(apiCritics.critics[0].name).toBe("Ada Kindred");
      const apiFilm = (await api(`/api/me/predictions?film=${lanternField}`, token)).json();
      expect(apiFilm.yours).toBe(70);

      // Every /api/me route is in the OpenAPI document.
      const documented = Object.keys((await app.inject("/api/openapi.json")).json().paths);
      expect(documented.filter((p) => p.startsWith("/api/me")).sort()).toEqual([
        "/api/me",
        "/api/me/critics",
        "/api/me/export",
        "/api/me/films/{id}/rating",
        "/api/me/letterboxd",
        "/api/me/predictions",
        "/api/me/ratings",
        "/api/me/ratings/link",
      ]);

      // The private feed: new reviews by the critics who match; an unknown key finds nothing.
      await rae.post("/me/feed-key", { csrf });
      const feedPath = /\/feeds\/for\/[\w-]+\.atom/.exec((await rae.get("/me")).body)?.[0] ?? "";
      const atom = await app.inject(feedPath);
      expect(atom.statusCode).toBe(200);
      expect(atom.body).toContain("Ada Kindred");
      expect(atom.headers["cache-control"]).toBe("private, no-store");
      expect((await app.inject("/feeds/for/not-a-key.atom")).statusCode).toBe(404);

      // Another reader sees none of it.
      const sol = new Visitor(app);
      await sol.post("/signup", { name: "Sol", password: "a-different-password" });
      const solMe = await sol.get("/me");
      expect(solMe.body).toContain("0 of your 0 ratings");
      expect(solMe.body).not.toContain("Lantern Field");
      expect((await sol.get(`/films/${brassTide}`)).body).not.toContain("You rated it");
      expect((await sol.get("/critics/ada-kindred")).body).not.toContain("Taste correlation");
      // Nor do public pages, feeds or the API, and the public figures are as they were.
      for (const url of [
        `/films/${brassTide}`,
        "/critics/ada-kindred",
        "/",
        "/films",
        "/critics",
        "/search?q=Rae",
        "/feeds/reviews.atom",
        `/films/${brassTide}/feed.atom`,
        "/critics/ada-kindred/feed.atom",
        "/sitemap.xml",
        `/api/films/${brassTide}`,
        "/api/search?q=Rae",
      ]) {
        const page = await app.inject(url);
        expect(page.statusCode, url).toBe(200);
        expect(page.body, url).not.toContain("Rae Reader");
        expect(page.body, url).not.toContain("Predicted for you");
        expect(page.body, url).not.toContain("You rated it");
      }
      expect(await publicFilm()).toEqual(before);

      // Download everything, then delete everything.
      const data = JSON.parse((await rae.get("/me/export.json")).body);
      expect(data.name).toBe("Rae Reader");
      expect(data.ratings).toHaveLength(10);
      expect((await rae.post("/me/delete", { csrf })).statusCode).toBe(422);
      const deleted = await rae.post("/me/delete", { csrf, confirm: "yes" });
      expect(deleted.statusCode).toBe(200);
      expect(deleted.body).toContain("your 10 ratings");
      expect((await rae.get("/me")).statusCode).toBe(303);
      expect((await again.get("/me")).statusCode).toBe(303);
      expect((await api("/api/me", token)).statusCode).toBe(401);
      expect((await app.inject(feedPath)).statusCode).toBe(404);
      const left = await store.db.selectFrom("reader_ratings").select("reader_id").execute();
      expect(left).toEqual([]);
      expect((await sol.get("/me")).statusCode).toBe(200);
    } finally {
      await app.close();
      feedServer.close();
      await store.close();
    }
  });

  test("a reader's Letterboxd feed is read again once per interval, as feeds are followed", async () => {
    const store = await testStore.open();
    let body = readFileSync(fixture("rae-letterboxd.rss"), "utf8");
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/poll/rss/`;
    const client = nodeHttpClient({ ...DEFAULT_LIMITS, allowPrivate: true });
    try {
      const id = await signUp(store, "Feed Follower", "followed-feed-password");
      await importLetterboxdFeed(store, id, url, client);
      expect(await readerRatings(store.db, id)).toHaveLength(1);
      const hour = 3_600_000;
      const options = { intervalMs: hour, spacingMs: 0 };
      // Not due yet: nothing is fetched.
      expect(await refreshReaderFeeds(store, client, options)).toBe(0);
      expect(requests).toBe(1);
      // An interval later, the feed (now with a rating of the other entry) is read again.
      body = body.replace(
        "<letterboxd:filmYear>2012</letterboxd:filmYear>",
        "<letterboxd:filmYear>2012</letterboxd:filmYear><letterboxd:memberRating>2.5</letterboxd:memberRating>",
      );
      const later = { ...options, now: new Date(Date.now() + hour + 1000) };
      expect(await refreshReaderFeeds(store, client, later)).toBe(1);
      expect(requests).toBe(2);
      expect((await readerRatings(store.db, id)).map((r) => Number(r.score)).sort()).toEqual([
        50, 80,
      ]);
      await deleteReader(store.db, id);
    } finally {
      server.close();
      await store.close();
    }
  });

  test("a reader may ask for their feed to be read a few times a minute, then waits", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: null }, { limits: { logInsPerMinute: 2 } });
    try {
      const reader = new Visitor(app);
      await signUp(store, "Feed Asker", "asks-for-feeds-often");
      await reader.post("/signin", { name: "Feed Asker", password: "asks-for-feeds-often" });
      const csrf = Visitor.csrf((await reader.get("/me")).body);
      const codes = [];
      for (let i = 0; i < 3; i++)
        codes.push((await reader.post("/me/letterboxd", { csrf, url: "not a feed" })).statusCode);
      expect(codes).toEqual([422, 422, 429]);
    } finally {
      await app.close();
      await store.close();
    }
  });

  test("an admin can close sign-ups; sign-in attempts are rate-limited per address", async () => {
    const store = await testStore.open();
    const app = buildApp(
      store,
      { apiToken: null, signUp: "closed" },
      { limits: { logInsPerMinute: 3 } },
    );
    try {
      const readers = async () =>
        (await store.db.selectFrom("readers").select("id").execute()).length;
      const held = await readers();
      const visitor = new Visitor(app);
      const closed = await visitor.post("/signup", { name: "Nobody", password: "a-long-password" });
      expect(closed.statusCode).toBe(403);
      expect(closed.body).toContain("closed sign-ups");
      expect(await readers()).toBe(held);
      const codes = [];
      for (let i = 0; i < 4; i++)
        codes.push(
          (await visitor.post("/signin", { name: "Nobody", password: "wrong-password" }))
            .statusCode,
        );
      expect(codes).toEqual([401, 401, 401, 429]);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
