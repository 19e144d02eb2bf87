import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { emptyReviewInput, type ReviewInput } from "../../src/domain/review.js";
import { buildApp } from "../../src/server/app.js";
import { findFeed, recordFetch } from "../../src/store/feeds.repository.js";
import { storeReviews } from "../helpers/reviews.js";
import { REPO_ROOT } from "../helpers/run-cli.js";
import { testStores } from "../helpers/stores.js";

const TOKEN = "a-site-test-token-0123";
const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)>`;

const inputs: ReviewInput[] = [
  {
    ...emptyReviewInput(
      `Elisabeth Moss is ferocious and the performances are superb. ${HOSTILE} A triumph.`,
    ),
    outlet: `Evil Outlet ${HOSTILE}`,
    critic: "Pat Critic",
    rating: "4/5",
    url: "javascript:alert(1)",
    film: { title: `Her Smell`, year: 2019 },
  },
  {
    ...emptyReviewInput(
      "Too long by half, and the pacing drags: it is about thirty minutes over-long.",
    ),
    outlet: "Daily Planet",
    critic: "Lee Writer",
    rating: "2/5",
    film: { title: "Her Smell", year: 2019 },
  },
  {
    // A bare number, read on the outlet's known scale (Columbus Underground rates out of 4).
    ...emptyReviewInput("An odd little film about a band."),
    outlet: "Columbus Underground",
    critic: "Hope Madden",
    rating: "3",
    film: { title: "Her Smell", year: 2019 },
  },
  {
    // Marked rotten by its source, no rating, and words that read warmly.
    ...emptyReviewInput("A wonderful, warm and very funny film with a superb cast."),
    outlet: "Rotten Column",
    critic: "Sam Sour",
    verdict: "negative",
    film: { title: "Her Smell", year: 2019 },
  },
  {
    // Marked rotten, rated a bare "8" (no scale), words that read warmly: neither the
    // guessed scale's 80 nor the text's estimate is its score.
    ...emptyReviewInput("A delightful, moving and beautifully acted film."),
    outlet: "Backwards Weekly",
    critic: "Max Mixed",
    rating: "8",
    verdict: "negative",
    film: { title: "Another Film", year: 2020 },
  },
  {
    // A verdict word and no text: a rating, but no score.
    ...emptyReviewInput(""),
    outlet: "Verdict Weekly",
    critic: "Vera Word",
    rating: "Skip it",
    film: { title: "Another Film", year: 2020 },
  },
  ...[
    "A wonderful film: the performances are superb and it is very funny.",
    "Superb acting, a lovely score and a witty script. Loved it.",
    "Great fun, and the cast is excellent throughout.",
    "The performances are terrific and the story moving.",
    "A delight from start to finish, beautifully acted.",
  ].map((text, i) => ({
    // Users' reviews without a name or an outlet (a dump of them): reviewers, not critics;
    // the first with its address, whose site the card names.
    ...emptyReviewInput(text),
    ...(i === 0 ? { url: "https://www.moviefans.example/reviews/1" } : {}),
    film: { title: "Users' Film", year: 2015 },
  })),
  {
    // Quoted on its film's page: the site of a review named by no outlet, linked to the review.
    ...emptyReviewInput("The cinematography is gorgeous and every frame is composed with care."),
    url: "https://www.moviefans.example/reviews/9",
    film: { title: "Quoted Film", year: 2016 },
  },
  {
    // … and an outlet's name, linked to its review.
    ...emptyReviewInput("The pacing drags badly, and the film is far too long for its story."),
    outlet: "Linked Weekly",
    critic: "Lin Ked",
    url: "https://linked.example/review/2",
    film: { title: "Quoted Film", year: 2016 },
  },
  {
    // … and, with no outlet and no address, its critic's name.
    ...emptyReviewInput(
      "Imagine watching half of a miniseries in one sitting, but with the story moving at a much slower pace.",
    ),
    critic: "Harry Guerin",
    film: { title: "Quoted Film", year: 2016 },
  },
  {
    // A complaint in a clause of a longer sentence, quoted with its cuts marked.
    ...emptyReviewInput(
      "It looks lovely enough, but the pacing drags badly through the long and tedious middle hour, and nobody cares.",
    ),
    outlet: "Clause Weekly",
    critic: "Quinn Clause",
    film: { title: "Another Film", year: 2020 },
  },
  {
    // A writer without capitals, quoted from a later sentence: no "…" before it.
    ...emptyReviewInput(
      "saw it last night with some friends from work after a long day, and we went out for drinks afterwards. the cast is wonderful and the ending is superb, a triumph of acting and writing that moved everyone in the room. would watch it again.",
    ),
    critic: "Lower Case",
    film: { title: "Cased Film", year: 2017 },
  },
  {
    // An excerpt cut before it reached us, its first word half gone: marked "…".
    ...emptyReviewInput("aufman's heavy-handedness and a half-baked script sink it."),
    critic: "Cut Excerpt",
    film: { title: "Cased Film", year: 2017 },
  },
  {
    // Words the text model never learned (another language), and no rating: quoted, no estimate.
    ...emptyReviewInput("Una película lenta y confusa, con actuaciones que nadie recordará."),
    critic: "Lucia Lengua",
    film: { title: "Quoted Film", year: 2016 },
  },
];

/** The session cookie and CSRF token after logging in. */
async function logIn(app: ReturnType<typeof buildApp>): Promise<{ cookie: string; csrf: string }> {
  const login = await app.inject({
    method: "POST",
    url: "/login",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ token: TOKEN, next: "/reviews/new" }).toString(),
  });
  expect(login.statusCode).toBe(303);
  expect(login.headers.location).toBe("/reviews/new");
  const cookie = String(login.headers["set-cookie"]).split(";")[0] ?? "";
  expect(String(login.headers["set-cookie"])).toMatch(/HttpOnly; SameSite=Strict/);
  const form = await app.inject({ url: "/reviews/new", headers: { cookie } });
  const csrf = /name="csrf" value="([^"]+)"/.exec(form.body)?.[1] ?? "";
  expect(csrf).not.toBe("");
  return { cookie, csrf };
}

describe.each(stores)("the site on the $dialect store", (testStore) => {
  test("pages render from the store, escape what reviews say, and fail as pages", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: TOKEN });
    try {
      await storeReviews(store, inputs);
      const films = (await app.inject({ url: "/api/films" })).json() as {
        films: Array<{ id: string; title: string }>;
      };
      const id = films.films.find((f) => f.title === "Her Smell")?.id ?? "";

      const film = await app.inject({ url: `/films/${id}` });
      expect(film.statusCode).toBe(200);
      expect(film.headers["content-security-policy"]).toContain("script-src 'self'");
      expect(film.body).toContain("<h1>Her Smell (2019)</h1>");
      expect(film.body).toContain("Too few reviews for a consensus yet");
      // Aspect quotes say which side they are on, and the section says what is quoted.
      expect(film.body).toMatch(/class="aspect-quote positive"><span class="side">Praise<\/span>/);
      expect(film.body).toContain(
        'a quote is shown only where a review\'s own words judge the aspect, from a review on that side (<a href="/about#aspects-aspects-v2">how</a>).',
      );
      expect(film.body).toMatch(
        /class="aspect-quote negative"><span class="side">Complaint<\/span> “Too long by half/,
      );
      // Each count links to the reviews behind it, listed with the words that judge the aspect.
      const faulted = `/films/${id}?aspect=pacing&amp;side=negative#reviews`;
      expect(film.body).toContain(`<a href="${faulted}">`);
      const pacingFaulted = await store.db
        .selectFrom("review_aspects")
        .select("review_id")
        .where("film_id", "=", id)
        .where("aspect", "=", "pacing")
        .where("polarity", "=", "negative")
        .execute();
      expect(pacingFaulted.length).toBeGreaterThan(0);
      const behind = (await app.inject({ url: faulted.replaceAll("&amp;", "&") })).body;
      expect(behind).toContain(
        `Showing the ${pacingFaulted.length} ${pacingFaulted.length === 1 ? "review that faults" : "reviews that fault"} the pacing, each with the words`,
      );
      expect(behind).toMatch(
        /class="aspect-quote negative"><span class="side">Complaint<\/span> “Too long by half/,
      );
      expect(behind.match(/<li class="review card"/g)?.length).toBe(pacingFaulted.length);
      expect(film.body.match(/<li class="review card"/g)?.length).toBeGreaterThan(
        pacingFaulted.length,
      );
      // (Paging and the filters keep the aspect.)
      expect(behind).toContain('<input type="hidden" name="aspect" value="pacing"/>');
      const listed = (
        await app.inject({
          url: `/api/films/${id}/reviews?aspect=pacing&side=negative`,
        })
      ).json() as {
        reviews: Array<{
          id: string;
          aspect: { name: string; polarity: string; evidence: string };
        }>;
      };
      expect(listed.reviews.map((r) => r.id).sort()).toEqual(
        pacingFaulted.map((r) => r.review_id).sort(),
      );
      for (const r of listed.reviews)
        expect(r.aspect).toMatchObject({ name: "pacing", polarity: "negative" });
      expect(listed.reviews.some((r) => r.aspect.evidence.startsWith("Too long by half"))).toBe(
        true,
      );
      expect((await app.inject({ url: `/api/films/${id}/reviews?aspect=pacing` })).statusCode).toBe(
        400,
      );
      // A rating given without a scale says which scale it was read on.
      expect(film.body).toContain("Rated “3”<span");
      expect(film.body).toContain("(read as 3 of 4: no scale given)");
      // A score left out says why: the text's estimate would contradict the critic's verdict.
      expect(film.body).toContain(
        "No score: no rating given, and the text reads the other way from the verdict",
      );
      // A clause quoted says where it was cut from its sentence.
      const another = films.films.find((f) => f.title === "Another Film")?.id ?? "";
      const anotherPage = (await app.inject({ url: `/films/${another}` })).body;
      expect(anotherPage).toContain(
        "Complaint</span> “… but the pacing drags badly through the long and tedious middle hour …”",
      );
      // Critics where reviews name them; reviewers where none does.
      expect(anotherPage).toContain('<h2 id="critics-say">Critics say</h2>');
      expect(anotherPage).toContain("What critics praised and faulted");
      expect(anotherPage).toContain("leaning to the critic's own verdict or rating");
      const users = films.films.find((f) => f.title === "Users' Film")?.id ?? "";
      const usersPage = (await app.inject({ url: `/films/${users}` })).body;
      expect(usersPage).toContain('<h2 id="critics-say">Reviewers say</h2>');
      expect(usersPage).toMatch(/<p class="notice">Reviewers loved it, with praise for/);
      expect(usersPage).toContain("What reviewers praised and faulted");
      expect(usersPage).toContain("leaning to the reviewer's own verdict or rating");
      const article = usersPage.slice(
        usersPage.indexOf("<article>"),
        usersPage.indexOf("</article>"),
      );
      expect(article).not.toMatch(/Critics say|[Cc]ritics (?:loved|praised)/);
      expect(usersPage).toContain("100% positive from 5 reviews, mean score");
      // An aspect's quote says where it is from and links to its review; an address that is
      // no web page's is no link.
      const quoted = films.films.find((f) => f.title === "Quoted Film")?.id ?? "";
      const quotedPage = (await app.inject({ url: `/films/${quoted}` })).body;
      expect(quotedPage).toContain(
        '<span class="muted"> — <a href="https://www.moviefans.example/reviews/9" rel="nofollow noopener">moviefans.example</a></span>',
      );
      expect(quotedPage).toContain(
        '<span class="muted"> — <a href="https://linked.example/review/2" rel="nofollow noopener">Linked Weekly</a></span>',
      );
      expect(quotedPage).toMatch(
        /Complaint<\/span> “… but with the story moving at a much slower pace\.”<span class="muted"> — Harry Guerin<\/span>/,
      );
      expect(film.body).toMatch(
        /class="aspect-quote positive">[^<]*<span[^>]*>Praise<\/span> “[^”]*”<span class="muted"> — Evil Outlet &lt;script>/,
      );
      expect(film.body).not.toContain('href="javascript:');
      // Named by no critic or outlet, a review with an address says which site it is on.
      expect(usersPage.match(/<span class="source">moviefans\.example<\/span>/g)).toHaveLength(1);
      const wonderful = (await app.inject({ url: "/search?q=wonderful" })).body;
      expect(wonderful).toMatch(/moviefans\.example · on <a href="\/films\/[^"]+">Users/);
      expect((await app.inject({ url: `/api/films/${users}` })).json()).toMatchObject({
        criticsNamed: false,
      });
      // A card marks a quote "…" at its start where it starts the text in a lowercase word
      // (an excerpt cut before it reached us), not where a later sentence does.
      expect((await app.inject({ url: "/critics/lower-case" })).body).toContain(
        "<blockquote>“the cast is wonderful and the ending is superb, a triumph of acting and writing that moved everyone in the room.”</blockquote>",
      );
      expect((await app.inject({ url: "/critics/cut-excerpt" })).body).toContain(
        "<blockquote>“… aufman's heavy-handedness and a half-baked script sink it.”</blockquote>",
      );
      // A verdict word is a rating without a score.
      const verdictWord = (await app.inject({ url: "/critics/vera-word" })).body;
      expect(verdictWord).toContain("Rated “Skip it”");
      expect(verdictWord).toContain("No score: the rating is a verdict, not a score");
      // A rating without a scale that the critic's verdict contradicts is not its score.
      const mixed = (await app.inject({ url: "/critics/max-mixed" })).body;
      expect(mixed).toContain(
        "No score: the rating does not fit the critic's verdict, and the text reads the other way from the verdict",
      );
      expect(mixed).toContain(
        "marked rotten but rated “8” with no scale given (read as 8 of 10, score 80): the scale is likely misread, so the rating is not counted as its score",
      );
      // A text the model cannot read is quoted, with no verdict and no score, and says why.
      const foreign = (await app.inject({ url: "/critics/lucia-lengua" })).body;
      expect(foreign).toContain(
        "“Una película lenta y confusa, con actuaciones que nadie recordará.”",
      );
      expect(foreign).toContain(
        "No score: no rating given, and the text is not in words the text model knows (it reads English)",
      );
      expect(foreign).not.toMatch(/verdict-(?:positive|negative)/);
      expect(film.body).not.toContain("Score –");
      expect(film.body).not.toContain("<script>alert");
      expect(film.body).not.toContain("<img src=x");
      expect(film.body).toContain("&lt;script>alert"); // shown, escaped
      expect(film.body).not.toContain("javascript:"); // links only for http(s), in JSON-LD too
      expect(film.body).toMatch(/"@type":"AggregateRating"/);
      expect(film.body).not.toMatch(/<\/script><img/); // JSON-LD cannot close its element

      expect((await app.inject({ url: "/imports" })).headers.location).toBe("/login?next=/imports");
      for (const url of ["/", "/search?q=moss", "/critics/pat-critic", "/login"]) {
        const page = await app.inject({ url });
        expect(page.statusCode, url).toBe(200);
        expect(page.body, url).not.toContain("<script>alert");
      }
      const search = await app.inject({ url: "/search?q=ferocious" });
      expect(search.body).toContain("<mark>ferocious</mark>");
      const sources = await app.inject({ url: "/search?q=critic" });
      expect(sources.body).toContain('href="/critics/pat-critic">Pat Critic</a>');

      const missing = await app.inject({ url: "/films/nope", headers: { accept: "text/html" } });
      expect(missing.statusCode).toBe(404);
      expect(missing.headers["content-type"]).toContain("text/html");
      const apiMissing = await app.inject({ url: "/api/films/nope" });
      expect(apiMissing.json()).toMatchObject({ error: { id: "not_found" } });

      const feed = await app.inject({ url: `/films/${id}/feed.atom` });
      expect(feed.body).toContain("<entry>");
      expect(feed.body).not.toContain("<script>");
    } finally {
      await app.close();
      await store.close();
    }
  });

  test("adding a review: login with the token, CSRF checked, preview, save", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: TOKEN });
    try {
      expect((await app.inject({ url: "/reviews/new" })).headers.location).toBe(
        "/login?next=/reviews/new",
      );
      const wrong = await app.inject({
        method: "POST",
        url: "/login",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: "token=not-the-token&next=//evil.example",
      });
      expect(wrong.statusCode).toBe(401);
      expect(wrong.headers["set-cookie"]).toBeUndefined();

      const { cookie, csrf } = await logIn(app);
      const post = (fields: Record<string, string>, withCookie = cookie) =>
        app.inject({
          method: "POST",
          url: "/reviews/new",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie: withCookie },
          payload: new URLSearchParams(fields).toString(),
        });
      const review = {
        mode: "paste",
        pasted:
          "De facto film reviews 3 stars\n\nA compassionate, punishing film. If you stay with it, you will be rewarded.",
        film: "Her Smell",
        year: "2019",
      };
      expect((await post({ ...review, action: "save", csrf: "forged" })).statusCode).toBe(403);
      expect((await post({ ...review, action: "save", csrf }, "")).statusCode).toBe(303); // to login

      const stored = async () =>
        (await store.db.selectFrom("reviews").select("id").execute()).length;
      const before = await stored();
      const preview = await post({ ...review, action: "preview", csrf });
      expect(preview.statusCode).toBe(200);
      expect(preview.body).toContain("“3 stars” → 60");
      // How its verdict was reached, as the review's page and the CLI say it.
      expect(preview.body).toMatch(/Fresh \(\d+% sure\) — from its rating/);
      expect(await stored()).toBe(before); // a preview stores nothing
      // An aspect no words judge says that the text model read it (leaning with the rating).
      const inferred = await post({
        ...review,
        pasted:
          "De facto film reviews 4 stars\n\nThe sound design turns every creak of the house into a threat.",
        action: "preview",
        csrf,
      });
      expect(inferred.body).toContain("music positive (read by the text model)");
      // What was noted in reading it is shown: here, that the model cannot read its words.
      const foreign = await post({
        ...review,
        pasted: "Una película lenta y confusa, con actuaciones que nadie recordará.",
        action: "preview",
        csrf,
      });
      expect(foreign.body).toMatch(
        /<dt>Notes<\/dt><dd>the text model knows \d+% of the text's words/,
      );

      const saved = await post({ ...review, action: "save", csrf });
      expect(saved.statusCode).toBe(303);
      expect(saved.headers.location).toMatch(/^\/films\/[^/]+#reviews$/);
      const page = await app.inject({ url: saved.headers.location?.split("#")[0] ?? "" });
      expect(page.body).toContain("De facto film reviews");
      expect((await post({ ...review, action: "save", csrf })).body).toContain("already stored");

      // Log-out needs its CSRF token, and ends the session on the server: the old cookie is dead.
      const logOut = (fields: string) =>
        app.inject({
          method: "POST",
          url: "/logout",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie },
          payload: fields,
        });
      expect((await logOut("")).statusCode).toBe(403);
      expect((await app.inject({ url: "/reviews/new", headers: { cookie } })).statusCode).toBe(200);
      const out = await logOut(`csrf=${encodeURIComponent(csrf)}`);
      expect(String(out.headers["set-cookie"])).toContain("Max-Age=0");
      const after = await app.inject({ url: "/reviews/new", headers: { cookie } });
      expect(after.headers.location).toBe("/login?next=/reviews/new");
    } finally {
      await app.close();
      await store.close();
    }
  });

  test("the feeds page: behind the log-in, CSRF-checked, follows, resumes and unfollows", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: TOKEN });
    try {
      expect((await app.inject({ url: "/feeds" })).headers.location).toBe("/login?next=/feeds");
      const { cookie, csrf } = await logIn(app);
      const post = (fields: Record<string, string>) =>
        app.inject({
          method: "POST",
          url: "/feeds",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie },
          payload: new URLSearchParams(fields).toString(),
        });
      expect(
        (await post({ action: "add", url: "https://x.example/feed", csrf: "no" })).statusCode,
      ).toBe(422);
      expect((await post({ action: "add", url: "ftp://x.example/feed", csrf })).body).toContain(
        "starts with http",
      );
      // A private address is refused when the feed is followed, in the poller's words.
      const loopback = await post({ action: "add", url: "http://127.0.0.1:9/feed", csrf });
      expect(loopback.statusCode).toBe(422);
      expect(loopback.body).toContain("127.0.0.1 is a private address; refused");
      expect((await post({ action: "add", url: "http://[::ffff:7f00:1]/", csrf })).statusCode).toBe(
        422,
      );
      expect((await post({ action: "add", url: "http://localhost:9/feed", csrf })).body).toContain(
        "localhost resolves only to private addresses; refused",
      );
      expect(
        (
          await post({
            action: "add",
            url: "https://critic.example/feed/",
            csrf,
            outlet: "Critic Weekly",
          })
        ).statusCode,
      ).toBe(303);
      const page = await app.inject({ url: "/feeds", headers: { cookie } });
      expect(page.body).toContain("https://critic.example/feed/");
      expect(page.body).toContain("waiting");
      const id = /name="id" value="([^"]+)"/.exec(page.body)?.[1] ?? "";
      // Parked after failures: shown with its error and a Resume button that makes it due.
      await recordFetch(store, id, {
        at: "2026-05-01T00:00:00.000Z",
        status: "parked",
        error: "HTTP 410",
        failures: 10,
        nextFetchAt: "2026-05-02T00:00:00.000Z",
      });
      const parked = (await app.inject({ url: "/feeds", headers: { cookie } })).body;
      expect(parked).toContain("<strong>parked</strong>");
      expect(parked).toContain("HTTP 410");
      expect(parked).toContain('value="resume"');
      expect((await post({ action: "resume", id, csrf })).statusCode).toBe(303);
      expect(await findFeed(store, id)).toMatchObject({ parked: false, failures: 0 });
      expect((await app.inject({ url: "/feeds", headers: { cookie } })).body).not.toContain(
        'value="resume"',
      );
      await post({ action: "remove", id, csrf });
      expect((await app.inject({ url: "/feeds", headers: { cookie } })).body).toContain(
        "No feeds yet",
      );
    } finally {
      await app.close();
      await store.close();
    }
  });

  test("feeds as OPML: imported from a pasted export, exported for a feed reader, both behind the log-in; the log-in says what it is for", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: TOKEN });
    try {
      const asked = await app.inject({ url: "/login?next=/feeds" });
      expect(asked.body).toContain("<h1>Log in to follow critics' feeds</h1>");
      expect(asked.body).toContain("Reading the site needs no account.");
      expect((await app.inject({ url: "/feeds/export.opml" })).headers.location).toBe(
        "/login?next=/feeds",
      );
      const { cookie, csrf } = await logIn(app);
      const form = (fields: Record<string, string>) =>
        app.inject({
          method: "POST",
          url: "/feeds",
          headers: { cookie, "content-type": "application/x-www-form-urlencoded" },
          payload: new URLSearchParams({ csrf, ...fields }).toString(),
        });
      const opml = readFileSync(
        join(REPO_ROOT, "src/ingest/opml/testdata/reader-export.opml"),
        "utf8",
      );
      const imported = await form({ action: "import", opml });
      expect(imported.statusCode).toBe(200);
      expect(imported.body).toContain(
        "<strong>followed</strong>: <code>https://example.org/feed.xml?a=1&amp;b=2</code>",
      );
      expect(imported.body).toMatch(/<strong>refused<\/strong>: <code>ftp:\/\/x<\/code>/);
      const notOpml = await form({ action: "import", opml: "<rss/>" });
      expect(notOpml.statusCode).toBe(422);
      expect(notOpml.body).toContain("Not imported: not OPML");
      const exported = await app.inject({ url: "/feeds/export.opml", headers: { cookie } });
      expect(exported.headers["content-type"]).toContain("text/x-opml");
      expect(exported.body).toContain('xmlUrl="https://example.org/feed.xml?a=1&amp;b=2"');
      expect(exported.body).not.toContain("127.0.0.1");
    } finally {
      await app.close();
      await store.close();
    }
  });

  test("without a token the site takes no writes", async () => {
    const store = await testStore.open();
    const app = buildApp(store, { apiToken: null });
    try {
      const login = await app.inject({ url: "/login" });
      expect(login.body).toContain("takes no writes");
      const post = await app.inject({
        method: "POST",
        url: "/login",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        payload: "token=anything-at-all-here",
      });
      expect(post.statusCode).toBe(403);
    } finally {
      await app.close();
      await store.close();
    }
  });
});
