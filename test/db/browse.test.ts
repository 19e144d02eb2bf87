import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { importCatalog } from "../../src/commands/import-catalog.js";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { buildApp } from "../../src/server/app.js";
import { storeReviews } from "../helpers/reviews.js";
import { testStores } from "../helpers/stores.js";

const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

const HOSTILE = `<script>alert("x")</script>`;
const CATALOG = join(import.meta.dirname, "testdata", "browse-catalog");

/** Reviews of four films of different years, genres (from the catalog) and bands. */
function review(
  film: [string, number],
  rating: string,
  critic: string,
  outlet: string,
  text: string,
): ReviewInput {
  return {
    ...emptyReviewInput(text),
    critic,
    outlet,
    rating,
    film: { title: film[0], year: film[1] },
  };
}
const HER_SMELL: [string, number] = ["Her Smell", 2018];
const PADDINGTON: [string, number] = ["Paddington 2", 2017];
const VERTIGO: [string, number] = ["Vertigo", 1958];
const CATS: [string, number] = ["Cats", 2019];
const inputs: ReviewInput[] = [
  review(HER_SMELL, "4/5", "Pat Critic", `Evil Outlet ${HOSTILE}`, "Ferocious and superb."),
  review(HER_SMELL, "2/5", "Lee Writer", "Daily Planet", "Too long by half."),
  review(PADDINGTON, "5/5", "Pat Critic", "Daily Planet", "A delight from start to end."),
  review(PADDINGTON, "4.5/5", "Lee Writer", "Daily Planet", "Warm, funny and kind."),
  review(PADDINGTON, "4/5", "Sam Reviewer", "The Ledger", "Charming throughout."),
  review(VERTIGO, "5/5", "Sam Reviewer", "The Ledger", "A masterpiece of obsession."),
  review(VERTIGO, "4/5", "Pat Critic", "Daily Planet", "Dizzying and haunting."),
  review(CATS, "1/5", "Lee Writer", "The Ledger", "A baffling, ugly misfire."),
  {
    ...review(CATS, "0.5/5", "Sam Reviewer", "The Ledger", "Unwatchable from the first minute."),
    date: "2019-12-20",
  },
];

/** The film names a page lists, in order. */
const filmNames = (html: string) =>
  [...html.matchAll(/<li class="card"><a href="\/films\/[^"]+"><strong>([^<]+)<\/strong>/g)].map(
    (m) => m[1],
  );

describe.each(stores)("browsing on the $dialect store", (testStore) => {
  test("/films filters by decade, year, genre, band and badge, sorts, and never fails on odd input", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: "a-browse-test-token-0123" });
    try {
      await storeReviews(store, inputs);
      await importCatalog(
        store,
        ["films-written-for-this-test.csv", "film-ids-written-for-this-test.csv"].map((f) =>
          join(CATALOG, f),
        ),
      );

      const all = await app.inject({ url: "/films" });
      expect(all.statusCode).toBe(200);
      expect(filmNames(all.body).sort()).toEqual([
        "Cats (2019)",
        "Her Smell (2018)",
        "Paddington 2 (2017)",
        "Vertigo (1958)",
      ]);
      expect(all.body).toMatch(
        /"@type":"ItemList","itemListElement":\[\{"@type":"ListItem","position":1/,
      );
      // Ranked by the shrunk mean, and each card says so.
      expect(all.body).toContain("ranking score");
      expect(filmNames((await app.inject({ url: "/films?sort=newest" })).body)).toEqual([
        "Cats (2019)",
        "Her Smell (2018)",
        "Paddington 2 (2017)",
        "Vertigo (1958)",
      ]);
      expect(filmNames((await app.inject({ url: "/films?sort=reviews" })).body)[0]).toBe(
        "Paddington 2 (2017)",
      );
      expect(filmNames((await app.inject({ url: "/films?sort=mean" })).body).at(-1)).toBe(
        "Cats (2019)",
      );
      expect(filmNames((await app.inject({ url: "/films?decade=1950" })).body)).toEqual([
        "Vertigo (1958)",
      ]);
      expect(filmNames((await app.inject({ url: "/films?year=2017" })).body)).toEqual([
        "Paddington 2 (2017)",
      ]);
      // A genre matches whole, case aside: "music" is not "Musical".
      expect(filmNames((await app.inject({ url: "/films?genre=music" })).body)).toEqual([
        "Her Smell (2018)",
      ]);
      expect(filmNames((await app.inject({ url: "/films?genre=Musical" })).body)).toEqual([
        "Cats (2019)",
      ]);
      expect(filmNames((await app.inject({ url: "/films?band=dislike" })).body)).toEqual([
        "Cats (2019)",
      ]);
      expect(filmNames((await app.inject({ url: "/films?min=3" })).body)).toEqual([
        "Paddington 2 (2017)",
      ]);
      // A film page counts its scored reviews by side, and says why it has no timeline.
      const herSmellId = (await app.inject({ url: "/api/films?year=2018" })).json().films[0].id;
      const herSmell = await app.inject({ url: `/films/${herSmellId}` });
      expect(herSmell.body).toMatch(
        /1 positive<\/span> · <span class="side-mixed">1 mixed<\/span> · <span class="side-negative">0 negative/,
      );
      expect(herSmell.body).toContain(
        "No timeline: none of its reviews carries a date of its own.",
      );
      const none = await app.inject({ url: "/films?badge=1" });
      expect(filmNames(none.body)).toEqual([]);
      expect(none.body).toContain("No film matches these filters.");
      // The genre choices come from the catalog.
      expect(all.body).toContain('<option value="Musical">Musical</option>');
      for (const url of [
        "/films?decade=abc",
        "/films?sort=nonsense&band=none&year=-1",
        `/films?genre=${encodeURIComponent(HOSTILE)}`,
        `/films?cursor=${"x".repeat(400)}`,
      ]) {
        const page = await app.inject({ url });
        expect(page.statusCode, url).toBe(200);
        expect(page.body, url).not.toContain("<script>alert");
      }

      // Search: reviewed films before catalog films no review is about, which say so;
      // review matches name their critic and film; an over-long query is cut, not refused.
      const search = await app.inject({ url: "/search?q=paddington" });
      expect(filmNames(search.body)).toEqual(["Paddington 2 (2017)", "Paddington (2014)"]);
      expect(search.body).toContain("In the catalog; no reviews yet");
      const said = await app.inject({ url: "/search?q=delight" });
      expect(said.body).toMatch(
        /<a href="\/critics\/[^"]+">Pat Critic<\/a>, Daily Planet · on <a href="\/films\/[^"]+">Paddington 2 \(2017\)<\/a>/,
      );
      expect((await app.inject({ url: `/search?q=${"delight ".repeat(60)}` })).statusCode).toBe(
        200,
      );
      const suggested = (await app.inject({ url: "/api/search?q=pat&limit=6" })).json() as {
        sources: Array<{ kind: string; name: string }>;
      };
      expect(suggested.sources).toEqual([
        expect.objectContaining({ kind: "critic", name: "Pat Critic" }),
      ]);

      const api = (url: string) => app.inject({ url });
      const decade = (await api("/api/films?decade=1950")).json() as {
        films: Array<{ title: string }>;
      };
      expect(decade.films.map((f) => f.title)).toEqual(["Vertigo"]);
      expect((await api("/api/films?decade=1955")).statusCode).toBe(400);
      const recent = await api("/api/films?sort=recent&genre=Drama");
      expect(recent.statusCode).toBe(400);
      expect(recent.json()).toMatchObject({ error: { id: "invalid_input" } });
    } finally {
      await app.close();
      await store.close();
    }
  });

  test("/critics and /outlets sort and search by name; /about renders the methodology; the favicon and sitemap", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: "a-browse-test-token-0123" });
    try {
      const withCahiers = [
        ...inputs,
        review(HER_SMELL, "4/5", "Sam Reviewer", "Cahiers du Cinéma", "Une œuvre brûlante."),
      ];
      await storeReviews(store, withCahiers);
      // Search finds critics and outlets by name, accents, case and a misspelling aside.
      const cinema = await app.inject({ url: "/search?q=cinema" });
      expect(cinema.body).toMatch(/<a href="\/outlets\/[^"]+">Cahiers du Cinéma<\/a>/);
      const misspelled = (await app.inject({ url: "/api/search?q=reviwer" })).json() as {
        sources: Array<{ name: string; reviewCount: number }>;
      };
      expect(misspelled.sources).toEqual([
        expect.objectContaining({ name: "Sam Reviewer", reviewCount: 4 }),
      ]);
      const critics = await app.inject({ url: "/critics" });
      expect(critics.statusCode).toBe(200);
      const names = (html: string) =>
        [...html.matchAll(/<td><a href="\/(?:critics|outlets)\/[^"]+">([^<]+)<\/a>/g)].map(
          (m) => m[1],
        );
      expect(names(critics.body).sort()).toEqual(["Lee Writer", "Pat Critic", "Sam Reviewer"]);
      expect(names((await app.inject({ url: "/critics?q=PAT" })).body)).toEqual(["Pat Critic"]);
      const nobody = await app.inject({ url: "/critics?q=zz" });
      expect(nobody.body).toContain("No critic has a name containing “zz”.");
      const longQuery = await app.inject({ url: `/critics?q=${"a".repeat(500)}` });
      expect(longQuery.statusCode).toBe(200);
      const outlets = await app.inject({ url: "/outlets?sort=harsh" });
      expect(outlets.statusCode).toBe(200);
      expect(names(outlets.body)).toContain("Daily Planet");
      expect(outlets.body).not.toContain("<script>alert");
      expect(outlets.body).toContain("Evil Outlet &lt;script>");

      const api = (await app.inject({ url: "/api/outlets?q=daily" })).json() as {
        outlets: Array<{ name: string; reviewCount: number; agreement: number | null }>;
      };
      expect(api.outlets.map((o) => [o.name, o.reviewCount])).toEqual([["Daily Planet", 4]]);
      const byAgreement = (await app.inject({ url: "/api/critics?sort=agreement" })).json() as {
        critics: Array<{ agreement: number | null }>;
      };
      const agreements = byAgreement.critics.map((c) => c.agreement ?? -1);
      expect(agreements).toEqual([...agreements].sort((a, b) => b - a));

      // An outlet's page lists its critics; a critic's page filters and sorts its reviews,
      // and its cards name each review's film but not the critic again.
      const ledger = (await app.inject({ url: "/api/outlets?q=ledger" })).json() as {
        outlets: Array<{ id: string }>;
      };
      const outletPage = await app.inject({ url: `/outlets/${ledger.outlets[0]?.id}` });
      const itsCritics = outletPage.body.slice(outletPage.body.indexOf('id="critics"'));
      expect(itsCritics).toMatch(/>Sam Reviewer<\/a> <span class="muted">3 reviews<\/span>/);
      expect(itsCritics).toMatch(/>Lee Writer<\/a> <span class="muted">1 review<\/span>/);
      const pat = await app.inject({ url: "/critics/pat-critic?verdict=negative" });
      expect(pat.statusCode).toBe(200);
      expect(pat.body).toContain("No reviews match these filters.");
      const patAll = await app.inject({ url: "/critics/pat-critic?sort=score" });
      expect(patAll.body).not.toContain('class="source"');
      const patFilms = [...patAll.body.matchAll(/<a class="film" href="[^"]+">([^<]+)<\/a>/g)].map(
        (m) => m[1],
      );
      expect(patFilms[0]).toBe("Paddington 2 (2017)"); // 5/5 first: sorted by score
      expect([...patFilms].sort()).toEqual([
        "Her Smell (2018)",
        "Paddington 2 (2017)",
        "Vertigo (1958)",
      ]);

      const unknownPerson = await app.inject({
        url: "/people/Nobody%20Here",
        headers: { accept: "text/html" },
      });
      expect(unknownPerson.statusCode).toBe(404);

      const about = await app.inject({ url: "/about" });
      expect(about.statusCode).toBe(200);
      expect(about.body).toContain('<h3 id="aggregates-aggregates-v1">');
      // Where film pages' aspect sections link to.
      expect(about.body).toContain('<h3 id="aspects-aspects-v2">');
      expect(about.body).toContain("Wilson");
      const icon = await app.inject({ url: "/favicon.ico" });
      expect(icon.statusCode).toBe(301);
      expect(icon.headers.location).toBe("/assets/favicon.svg");
      const svg = await app.inject({ url: "/assets/favicon.svg" });
      expect(svg.headers["content-type"]).toContain("image/svg+xml");
      const home = await app.inject({ url: "/" });
      // "Latest reviews" are the latest by the critics' own dates: the one dated review first.
      const latest = home.body.slice(home.body.indexOf('id="latest"'));
      expect(/<blockquote>([^<]*)<\/blockquote>/.exec(latest)?.[1]).toContain("Unwatchable");
      for (const path of ["/films", "/critics", "/outlets", "/about"])
        expect(home.body).toContain(`<a href="${path}">`);
      // Feed readers file entries by when the site added them; no entry is dated 1970, and
      // reviews without a date of their own carry no <published>.
      const feed = (await app.inject({ url: "/feeds/reviews.atom" })).body;
      const thisYear = new Date().toISOString().slice(0, 4);
      expect(feed).not.toContain("1970-");
      expect(feed).toMatch(new RegExp(`<updated>${thisYear}-`));
      expect(feed.match(/<entry>/g)).toHaveLength(withCahiers.length);
      expect(feed.match(/<updated>/g)).toHaveLength(withCahiers.length + 1);
      expect(feed.match(/<published>[^<]+<\/published>/g)).toEqual([
        "<published>2019-12-20T00:00:00.000Z</published>",
      ]);
      const sitemap = await app.inject({ url: "/sitemap.xml" });
      expect(sitemap.body).toMatch(/<loc>[^<]+\/films<\/loc>/);
      expect(sitemap.body).toMatch(/<loc>[^<]+\/about<\/loc>/);
    } finally {
      await app.close();
      await store.close();
    }
  });

  test("a word reviews use is no misspelling: names a typo away only for a query no review matches", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: null });
    try {
      await storeReviews(store, inputs);
      const search = async (q: string) =>
        (await app.inject({ url: `/api/search?q=${q}` })).json() as {
          sources: Array<{ name: string }>;
          reviews: Array<{ excerpt: string }>;
        };
      // No review says "writers": the critic Lee Writer is a typo away.
      const before = await search("writers");
      expect(before.reviews).toEqual([]);
      expect(before.sources.map((s) => s.name)).toEqual(["Lee Writer"]);
      await storeReviews(store, [
        review(
          VERTIGO,
          "4/5",
          "Sam Reviewer",
          "The Gazette",
          "The writers never lose their nerve.",
        ),
      ]);
      // Now one does: the query is a word, not a misspelled name.
      const after = await search("writers");
      expect(after.reviews).toHaveLength(1);
      expect(after.sources).toEqual([]);
      const page = await app.inject({ url: "/search?q=writers" });
      expect(page.body).toContain("writers");
      expect(page.body).not.toContain("Lee Writer");
      // A name as typed is found whatever the reviews say.
      expect((await search("writer")).sources.map((s) => s.name)).toEqual(["Lee Writer"]);
    } finally {
      await app.close();
      await store.close();
    }
  });

  test("the home page's best of a year lists only films most critics liked, and says how its latest reviews are ordered", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: null });
    try {
      // Five reviews each: four films of 2021 and three of 2022 most critics liked (4 of 5
      // positive), and one panned film each year that the shrunk mean alone would rank.
      const film = (title: string, year: number, ratings: string[]) =>
        ratings.map((rating, i) =>
          review([title, year], rating, `Critic ${i}`, `Outlet ${i}`, `The review of ${title}.`),
        );
      const liked = ["5/5", "4/5", "4/5", "4/5", "1/5"];
      const panned = ["1/5", "1/5", "2/5", "1/5", "3/5"];
      await storeReviews(store, [
        ...["Alder", "Birch", "Cedar", "Dogwood"].flatMap((t) => film(t, 2021, liked)),
        ...film("Elm", 2021, panned),
        ...["Fir", "Gum", "Hazel"].flatMap((t) => film(t, 2022, liked)),
        ...film("Ivy", 2022, panned),
      ]);
      const home = async () => {
        const body = (await app.inject({ url: "/" })).body;
        return {
          best: body.slice(body.indexOf('id="best"'), body.indexOf('id="latest"')),
          latest: body.slice(body.indexOf('id="latest"'), body.indexOf('id="just-added"')),
        };
      };
      const first = await home();
      // 2022 has three films most critics liked, too few: the list is 2021's, without Elm.
      expect(first.best).toContain("Best of 2021");
      expect(first.best).toContain("that most critics liked (60% positive or more)");
      expect(filmNames(first.best).sort()).toEqual([
        "Alder (2021)",
        "Birch (2021)",
        "Cedar (2021)",
        "Dogwood (2021)",
      ]);
      // Every review but one is undated: the dated one first, then the rest as they came.
      await storeReviews(store, [
        {
          ...review(["Elm", 2021], "2/5", "Critic 9", "Outlet 9", "Still dull."),
          date: "2022-01-02",
        },
      ]);
      const second = await home();
      expect(second.latest).toContain(
        "By the dates their sources give them, then those without a date",
      );
      expect(/<blockquote>([^<]*)<\/blockquote>/.exec(second.latest)?.[1]).toContain("Still dull");
    } finally {
      await app.close();
      await store.close();
    }
  });

  test("a critic's page tells apart a film they reviewed for two outlets", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: null });
    try {
      const film: [string, number] = ["Twice Reviewed", 2015];
      await storeReviews(store, [
        review(film, "5/5", "Other One", "Paper One", "A triumph."),
        review(film, "4.5/5", "Other Two", "Paper Two", "Superb."),
        review(film, "1/5", "Dana Double", "Morning Post", "A misfire."),
        review(film, "2/5", "Dana Double", "Evening Post", "Still a misfire."),
      ]);
      const page = (await app.inject({ url: "/critics/dana-double" })).body;
      const below = /<dt>Most below the others<\/dt><dd>([^<]*)<\/dd>/.exec(page)?.[1] ?? "";
      expect(below).toContain("Twice Reviewed (Morning Post: 20 against");
      expect(below).toContain("Twice Reviewed (Evening Post: 40 against");
      // Its points are reviews: two of one film.
      expect(page).toContain("(2 reviews; 0 scored above the others");
    } finally {
      await app.close();
      await store.close();
    }
  });
});
