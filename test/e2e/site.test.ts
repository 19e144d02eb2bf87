import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { importCatalog } from "../../src/commands/import-catalog.js";
import { importReviews } from "../../src/commands/import-reviews.js";
import { buildApp } from "../../src/server/app.js";
import { openStore, type Store } from "../../src/store/db.js";
import { type FilmSummary, filmsNamed, listFilms } from "../../src/store/films.repository.js";
import {
  chromiumAvailable,
  launchChromium,
  SCREENSHOTS,
  screenshotPage,
} from "../helpers/browser.js";
import { sharedData } from "../helpers/shared-data.js";

const rt = sharedData("rt-reviews", "rt.reviews.tsv.gz");
const movielens = ["movies.csv", "links.csv"].map((f) => sharedData("movielens", f));
const ready = rt !== null && !movielens.includes(null) && chromiumAvailable();
const TOKEN = "e2e-admin-token-0123456789";
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve("axe-core/axe.min.js"),
  "utf8",
);
const VIEWPORTS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

let dir: string;
let store: Store;
let app: ReturnType<typeof buildApp>;
let browser: Browser;
let base: string;
let film: FilmSummary;
let untitled: FilmSummary[];

beforeAll(async () => {
  if (!ready) return;
  dir = mkdtempSync(join(tmpdir(), "cinemeter-e2e-"));
  store = await openStore({ dbPath: join(dir, "site.db"), databaseUrl: null });
  // As a new user would: rt-reviews (its film facts beside it), then a catalog to name them.
  await importReviews(store, [rt as string], { format: "csv", preset: "rt" });
  await importCatalog(store, movielens as string[]);
  // The tests below log in eleven times from one address, within a minute on a fast machine:
  // over the site's limit of ten a minute, whose refusals test/db/hostile.test.ts checks.
  app = buildApp(store, { apiToken: TOKEN }, { limits: { logInsPerMinute: 100 } });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  // The most reviewed film linked to the catalog whose title no other film has, and the most
  // reviewed films still without a title.
  const films = await listFilms(store.db, { sort: "reviews", limit: 200 });
  for (const f of films)
    if (f.titled && !f.provisional && (await filmsNamed(store.db, f.title)).length === 1) {
      film = f;
      break;
    }
  untitled = films.filter((f) => !f.titled);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  if (!ready) return;
  await browser?.close();
  await app?.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Serious or critical accessibility violations axe-core finds on the page. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe-core's global, injected above.
    const result = await (window as any).axe.run(document, { resultTypes: ["violations"] });
    return result.violations as Array<{ id: string; impact: string; nodes: unknown[] }>;
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length} nodes)`);
}

describe.skipIf(!ready)("the site in chromium", () => {
  test("home → search → film → critic → log in → add a review → the film's numbers move", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/`);
    await expect.poll(() => page.title()).toContain("Cinemeter");

    // Search as you type offers the film; the search page lists it.
    const words = film.title.split(" ").slice(0, 2).join(" ");
    await page.locator("#site-search").pressSequentially(words, { delay: 20 });
    await page.locator(".suggestions a", { hasText: film.title }).first().waitFor();
    await page.locator("#site-search").press("Enter");
    await page.waitForURL(/\/search\?q=/);
    await page.locator("main a", { hasText: film.title }).first().click();
    await page.waitForURL(/\/films\//);
    expect(await page.locator("h1").textContent()).toContain(film.title);
    const before = await page.locator(".number .value").nth(2).textContent();
    expect(Number(before?.replace(/,/g, ""))).toBe(film.reviewCount);

    // A critic of the film, and their page.
    await page.locator(".review a.source").first().click();
    await page.waitForURL(/\/critics\//);
    await expect.poll(() => page.locator("h2#standing").count()).toBe(1);

    // Adding a review needs a login; the preview shows the analysis; saving moves the numbers.
    await page.goto(`${base}/reviews/new`);
    await page.waitForURL(/\/login/);
    await page.locator("#token").fill("not the token at all");
    await page.locator("button[type=submit]", { hasText: "Log in" }).click();
    await expect.poll(() => page.locator(".notice.error").count()).toBe(1);
    await page.locator("#token").fill(TOKEN);
    await page.locator("button[type=submit]", { hasText: "Log in" }).click();
    await page.waitForURL(/\/reviews\/new/);
    await page.locator("input[name=mode][value=fields]").check();
    await page.locator("#film").fill(film.title);
    await page.locator("#outlet").fill("The E2E Examiner");
    await page.locator("#critic").fill("Eve Tester");
    await page.locator("#rating").fill("5/5");
    await page
      .locator("#text")
      .fill("A superb, moving film: the performances are extraordinary and the writing is sharp.");
    await page.locator("button[value=preview]").click();
    await expect.poll(() => page.locator("#preview").count()).toBe(1);
    expect(await page.locator("section.card dl").textContent()).toContain("100");
    await page.locator("button[value=save]").click();
    await page.waitForURL(/\/films\//);
    const after = await page.locator(".number .value").nth(2).textContent();
    expect(Number(after?.replace(/,/g, ""))).toBe(film.reviewCount + 1);
    expect(await page.locator(".reviews").textContent()).toContain("Eve Tester");
    await page.close();
  });

  // Some sixty pages, each checked by axe (about 110 s on a 2-core machine): more than the
  // tier's 120 s leaves room for on a loaded one.
  test("no serious accessibility violation on any page, light or dark; screenshots at desktop and phone widths", {
    timeout: 300_000,
  }, async () => {
    const [critic] = (await (await fetch(`${base}/api/films/${film.id}/reviews?limit=1`)).json())
      .reviews as Array<{ id: string; criticId: string; outletId: string }>;
    const pages = [
      ["home", "/"],
      ["film", `/films/${film.id}`],
      ["critic", `/critics/${critic?.criticId}`],
      ["outlet", `/outlets/${encodeURIComponent(critic?.outletId ?? "")}`],
      ["search", `/search?q=${encodeURIComponent(film.title.split(" ")[0] ?? "")}`],
      ["login", "/login"],
      ["not-found", "/films/no-such-film"],
      ["films", "/films"],
      ["films-filtered", "/films?sort=positive&min=20&decade=1990"],
      ["critics", "/critics"],
      ["outlets", "/outlets?sort=lenient"],
      ["about", "/about"],
      ["person", "/people/Orson%20Welles"],
    ] as const;
    const found: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      for (const viewport of VIEWPORTS) {
        const context = await browser.newContext({ viewport, colorScheme });
        const page = await context.newPage();
        for (const [name, path] of pages) {
          await page.goto(base + path);
          for (const v of await seriousViolations(page)) found.push(`${name} ${colorScheme}: ${v}`);
          if (colorScheme === "light" || name === "film")
            await screenshotPage(
              page,
              join(
                SCREENSHOTS,
                `${name}-${viewport.name}${colorScheme === "dark" ? "-dark" : ""}.png`,
              ),
            );
        }
        // The add-a-review page, logged in, with a preview.
        await page.goto(`${base}/login?next=/reviews/new`);
        await page.locator("#token").fill(TOKEN);
        await page.locator("button[type=submit]", { hasText: "Log in" }).click();
        await page.waitForURL(/\/reviews\/new/);
        await page
          .locator("#pasted")
          .fill(
            "The Example Gazette 3 stars\n\nA handsome, patient drama, though about twenty minutes too long.",
          );
        await page.locator("button[value=preview]").click();
        await page.locator("#preview").waitFor();
        for (const v of await seriousViolations(page))
          found.push(`add-review ${colorScheme}: ${v}`);
        if (colorScheme === "light")
          await screenshotPage(page, join(SCREENSHOTS, `add-review-${viewport.name}.png`));
        // The admin pages, logged in: feeds, imports, the least sure verdicts to check, and a
        // review's own page (how its text reads).
        for (const [name, path] of [
          ["feeds", "feeds"],
          ["imports", "imports"],
          ["checks", "admin/checks?list=unsure"],
          ["review-admin", `admin/reviews/${critic?.id}`],
        ] as const) {
          await page.goto(`${base}/${path}`);
          for (const v of await seriousViolations(page)) found.push(`${name} ${colorScheme}: ${v}`);
          if (colorScheme === "light")
            await screenshotPage(page, join(SCREENSHOTS, `${name}-${viewport.name}.png`));
        }
        await context.close();
      }
    }
    expect(found).toEqual([]);
  });

  test("a blog post pasted whole: headline, byline, date and rating line read; a known film picked from the preview; a typed field corrects what was read; saved", async () => {
    const post = readFileSync(
      join(import.meta.dirname, "../../src/ingest/text/testdata/blog-post.txt"),
      "utf8",
    );
    const context = await browser.newContext({ viewport: VIEWPORTS[0] });
    const page = await context.newPage();
    await page.goto(`${base}/login?next=/reviews/new`);
    await page.locator("#token").fill(TOKEN);
    await page.locator("button[type=submit]", { hasText: "Log in" }).click();
    await page.waitForURL(/\/reviews\/new/);
    // Paste mode shows the pasted review and the fields that correct it, not the Text box.
    expect(await page.locator("#pasted").isVisible()).toBe(true);
    expect(await page.locator("#text").isVisible()).toBe(false);
    await page.locator("#pasted").fill(post);
    await page.locator("button[value=preview]").click();
    // The answer opens at the preview.
    await page.waitForURL(/#preview$/);
    const facts = () => page.locator("#preview + dl").textContent();
    expect(await facts()).toMatch(/Critic\s*Jane Doe/);
    expect(await facts()).toMatch(/Outlet\s*Sight and Sound/);
    expect(await facts()).toContain("“★★★★½” → 90");
    expect(await facts()).toContain("Amélie review: a Paris of small wonders");
    expect(await facts()).toContain("Audrey Tautou (cast)");
    expect(await facts()).toContain("Jean-Pierre Jeunet (director)");
    // MovieLens knows it as "Amelie (2001)": one click names it.
    await page.locator("button[name=pick]", { hasText: "Amelie (2001)" }).click();
    await page.waitForURL(/#preview$/);
    expect(await page.locator("#film").inputValue()).toBe("Amelie");
    expect(await page.locator("#year").inputValue()).toBe("2001");
    expect(await facts()).toContain("Amelie (2001)");
    // A typed critic overrides the byline's.
    await page.locator("#critic").fill("J. Doe");
    await page.locator("button[value=save]").click();
    await page.waitForURL(/\/films\//);
    expect(await page.locator("h1").textContent()).toContain("Amelie");
    const card = page.locator(".review", { hasText: "J. Doe" });
    expect(await card.textContent()).toContain("Sight and Sound");
    expect(await card.textContent()).toContain("Rated “★★★★½”");
    await page.screenshot({ path: join(SCREENSHOTS, "blog-paste-saved-desktop.png") });
    await context.close();
  });

  test("browsing: the nav leads to films filtered by genre and decade, to critics found by name, and to the methodology", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[1] });
    const page = await context.newPage();
    await page.goto(base);
    await page.locator("nav.main a", { hasText: "Films" }).click();
    await page.waitForURL(/\/films$/);
    // Genres come from the films' source facts (rt.movie_info) before any catalog names them.
    await page.locator("select[name=genre]").selectOption("Comedy");
    await page.locator("select[name=decade]").selectOption("1990");
    await page.locator("form.filters button[type=submit]").click();
    await page.waitForURL(/genre=Comedy/);
    const cards = await page.locator("ul.grid li.card").count();
    expect(cards).toBeGreaterThan(0);
    for (const href of await page
      .locator("ul.grid li.card a")
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).getAttribute("href") ?? ""))) {
      const id = decodeURIComponent(href.replace("/films/", ""));
      const film = (await (await fetch(`${base}/api/films/${encodeURIComponent(id)}`)).json()) as {
        year: number | null;
        genres: string[];
      };
      expect(film.genres.map((g) => g.toLowerCase())).toContain("comedy");
      expect(film.year).toBeGreaterThanOrEqual(1990);
      expect(film.year).toBeLessThanOrEqual(1999);
    }
    await page.locator("nav.main a", { hasText: "Critics" }).click();
    await page.locator("form.filters input[name=q]").fill("ebert");
    await page.locator("form.filters button[type=submit]").click();
    await page.waitForURL(/q=ebert/);
    // Every name containing it, case aside, the most prolific first.
    const rows = await page.locator("table tbody tr").allInnerTexts();
    expect(rows[0]).toMatch(/^Roger Ebert/);
    for (const row of rows) expect(row.split("\t")[0]?.toLowerCase()).toContain("ebert");
    // A film's director leads to their page, which lists the film; search finds people too.
    await page.goto(`${base}/films/${film.id}`);
    const director = page.locator("article > p.muted a[href^='/people/']").first();
    const name = (await director.textContent()) ?? "";
    expect(name).not.toBe("");
    await director.click();
    await page.waitForURL(/\/people\//);
    expect(await page.locator("h1").textContent()).toBe(name);
    expect(await page.locator(`ul.grid a[href="/films/${film.id}"]`).count()).toBe(1);
    await page.goto(`${base}/search?q=${encodeURIComponent(name.split(" ").at(-1) ?? "")}`);
    expect(await page.locator("section[aria-labelledby=people] a", { hasText: name }).count()).toBe(
      1,
    );
    await page.locator("nav.main a", { hasText: "About" }).click();
    await expect.poll(() => page.locator("h3#aggregates-aggregates-v1").count()).toBe(1);
    await context.close();
  });

  test("an untitled film shows what is known and how; an admin renames, merges (the old URL follows), deletes a review and undoes it all from the audit log", async () => {
    const [first, second] = untitled as [FilmSummary, FilmSummary];
    const context = await browser.newContext({ viewport: VIEWPORTS[0] });
    const page = await context.newPage();
    await page.goto(`${base}/films/${first.id}`);
    // No made-up title: the source's facts, and the evidence for and against each candidate.
    expect(await page.locator("h1").textContent()).toMatch(/^An? (\d{4} |untitled )?film/);
    await page.locator("details.identification summary").click();
    expect(await page.locator("details.identification").textContent()).toMatch(
      /No title is known yet|Not linked/,
    );
    expect(await page.locator(".facts-block").count()).toBe(1);
    expect(await page.locator("#corrections").count()).toBe(0); // visitors cannot correct

    await page.goto(`${base}/login?next=/films/${first.id}`);
    await page.locator("#token").fill(TOKEN);
    await page.locator("button[type=submit]", { hasText: "Log in" }).click();
    await page.waitForURL(new RegExp(`/films/${first.id}`));
    await screenshotPage(page, join(SCREENSHOTS, "film-corrections-desktop.png"));

    // Rename it and set its year.
    const edit = page.locator("form[action$='/edit']");
    await edit.locator("input[name=title]").fill("The Film Its Critics Saw");
    await edit.locator("input[name=year]").fill("2011");
    await edit.locator("button[type=submit]").click();
    await page.waitForURL(new RegExp(`/films/${first.id}`));
    expect(await page.locator("h1").textContent()).toBe("The Film Its Critics Saw (2011)");

    // Merge the second into it: its address now leads here.
    await page.goto(`${base}/films/${second.id}`);
    await page.locator("form[action$='/merge'] input[name=into]").fill(first.id);
    await page.locator("form[action$='/merge'] button[type=submit]").click();
    await page.waitForURL(new RegExp(`/films/${first.id}`));
    expect(
      Number((await page.locator(".number .value").nth(2).textContent())?.replace(/,/g, "")),
    ).toBe(first.reviewCount + second.reviewCount);
    await page.goto(`${base}/films/${second.id}`);
    expect(page.url()).toContain(`/films/${first.id}`);

    // A review: why it is here, then deleted.
    await page.locator(".review a", { hasText: "Why this film?" }).first().click();
    await page.waitForURL(/\/admin\/reviews\//);
    expect(await page.locator("h2", { hasText: "The decision" }).count()).toBe(1);
    expect(await page.locator("main").textContent()).toContain("the source gives the film's id");
    await page.locator("button", { hasText: "Delete this review" }).click();
    await page.waitForURL(/\/admin\/audit/);
    await screenshotPage(page, join(SCREENSHOTS, "audit-desktop.png"));
    const entries = page.locator("ol.audit > li");
    expect(await entries.nth(0).textContent()).toContain("delete-review");
    expect(await entries.nth(1).textContent()).toContain("merge");
    expect(await entries.nth(2).textContent()).toContain("edit-film");

    // Undo all three, newest first (the log also holds linking's automatic merges); the films
    // are as they were.
    for (let i = 0; i < 3; i++) {
      await page.locator("ol.audit > li form button", { hasText: "Undo" }).first().click();
      await page.waitForURL(/\/admin\/audit/);
    }
    // The three corrections are marked undone; the undos are logged; linking's merges remain.
    const mine = await page
      .locator("ol.audit > li", { hasText: "admin session" })
      .allTextContents();
    expect(mine.filter((t) => /· undo$|· undo\b/.test(t) && !/Undone/.test(t))).toHaveLength(3);
    expect(mine.filter((t) => /Undone/.test(t))).toHaveLength(3);
    for (const f of [first, second]) {
      await page.goto(`${base}/films/${f.id}`);
      expect(page.url()).toContain(`/films/${f.id}`);
      expect(await page.locator("h1").textContent()).toBe(f.title);
      expect(
        Number((await page.locator(".number .value").nth(2).textContent())?.replace(/,/g, "")),
      ).toBe(f.reviewCount);
    }
    // At a phone's width too.
    await page.setViewportSize(VIEWPORTS[1]);
    await page.goto(`${base}/films/${first.id}`);
    await screenshotPage(page, join(SCREENSHOTS, "film-corrections-phone.png"));
    await page.goto(`${base}/admin/audit`);
    for (const v of await seriousViolations(page)) expect(v).toBe("");
    await screenshotPage(page, join(SCREENSHOTS, "audit-phone.png"));
    await context.close();
  });

  test("an aspect's count leads to the reviews behind it, with their words; an admin sets a wrong quote right from where it is, and undoes it; axe-clean at both widths", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[0] });
    const page = await context.newPage();
    const counts = async (label: string) => {
      const text =
        (await page.locator("ul.aspects > li", { hasText: label }).first().textContent()) ?? "";
      const [, praise, complaints] = /(\d+) praise, (\d+) complaints?/.exec(text) ?? [];
      return { positive: Number(praise), negative: Number(complaints) };
    };
    await page.goto(`${base}/films/${film.id}`);
    // The first aspect's praise: its count is a link to those reviews.
    const first = page.locator("ul.aspects > li").first();
    const label = (await first.locator("strong").textContent()) ?? "";
    const { positive } = await counts(label);
    expect(positive).toBeGreaterThan(0);
    await first.locator("a", { hasText: "praise" }).first().click();
    await page.waitForURL(/\?aspect=\w+&side=positive/);
    expect(await page.locator("p.aspect-shown").textContent()).toMatch(
      new RegExp(`^Showing the ${positive} reviews? that praises? `),
    );
    const cards = page.locator("ul.reviews > li");
    expect(await cards.count()).toBe(Math.min(positive, 20));
    expect(await cards.locator("blockquote.aspect-quote.positive").count()).toBe(
      await cards.count(),
    );
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const v of await seriousViolations(page)) expect(v).toBe("");
      await screenshotPage(page, join(SCREENSHOTS, `aspect-reviews-${viewport.name}.png`));
    }
    await page.setViewportSize(VIEWPORTS[0]);

    // An admin: the quote's link leads to its review, whose aspect is set to not judged.
    await page.goto(`${base}/login?next=/films/${film.id}`);
    await page.locator("#token").fill(TOKEN);
    await page.locator("button[type=submit]", { hasText: "Log in" }).click();
    await page.waitForURL(new RegExp(`/films/${film.id}`));
    const quoted = page.locator("ul.aspects > li", { has: page.locator("blockquote.positive") });
    const quotedLabel = (await quoted.first().locator("strong").textContent()) ?? "";
    const before = await counts(quotedLabel);
    await quoted.first().locator("a", { hasText: "Not praise? Correct it" }).click();
    await page.waitForURL(/\/admin\/reviews\//);
    expect(await page.locator(".aspects-form caption").textContent()).toBe(
      "Aspects: what the review praises and faults",
    );
    const row = page.locator(".aspects-form tbody tr", { hasText: quotedLabel });
    expect(await row.locator("td").first().textContent()).toMatch(/^praise/);
    for (const v of await seriousViolations(page)) expect(v).toBe("");
    await screenshotPage(page, join(SCREENSHOTS, "review-aspects-desktop.png"));
    await row.locator("select").selectOption("none");
    await page.locator(".aspects-form button[type=submit]").click();
    await page.waitForURL(/\/admin\/reviews\//);
    expect(await row.locator("td").first().textContent()).toBe("not judged (set by an admin)");
    await page.goto(`${base}/films/${film.id}`);
    expect(await counts(quotedLabel)).toEqual({ ...before, positive: before.positive - 1 });

    // Undone from the audit log: as it was.
    await page.goto(`${base}/admin/audit`);
    expect(await page.locator("ol.audit > li").first().textContent()).toContain("set-aspects");
    await page.locator("ol.audit > li form button", { hasText: "Undo" }).first().click();
    await page.waitForURL(/\/admin\/audit/);
    await page.goto(`${base}/films/${film.id}`);
    expect(await counts(quotedLabel)).toEqual(before);
    await context.close();
  });

  test("an admin chooses a review's quote among its sentences on its page; its card says so; undone from the audit log; axe-clean at both widths", async () => {
    const context = await browser.newContext({ viewport: VIEWPORTS[0] });
    const page = await context.newPage();
    await page.goto(`${base}/login?next=/films/${film.id}`);
    await page.locator("#token").fill(TOKEN);
    await page.locator("button[type=submit]", { hasText: "Log in" }).click();
    await page.waitForURL(new RegExp(`/films/${film.id}`));
    // A review on the film's first page whose text has two sentences or more to choose from.
    const links = await page
      .locator("ul.reviews > li a", { hasText: "Why this film? Correct it" })
      .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    const sentences = page.locator(
      ".quote-form input[name=quote]:not([value=read]):not([value=other-words])",
    );
    let href = "";
    for (const link of links) {
      await page.goto(`${base}${link}`);
      if ((await sentences.count()) >= 2) {
        href = link;
        break;
      }
    }
    expect(href).not.toBe("");
    const quoteNow = page.locator(".quote-form .quote-now");
    expect(await quoteNow.textContent()).toMatch(/\(chosen by its reading\)$/);
    // One that is not its quote now.
    const shown = (await quoteNow.locator("q").textContent()) ?? "";
    const options = await sentences.evaluateAll((inputs) =>
      inputs.map((i) => (i as HTMLInputElement).value),
    );
    const chosen = options.find((o) => o !== shown) as string;
    await sentences.nth(options.indexOf(chosen)).check();
    await page.locator(".quote-form button[type=submit]").click();
    await page.waitForURL(new RegExp(href));
    expect(await quoteNow.textContent()).toMatch(/\(chosen by an admin\)$/);
    expect(await quoteNow.locator("q").textContent()).toBe(chosen);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const v of await seriousViolations(page)) expect(v).toBe("");
      await screenshotPage(page, join(SCREENSHOTS, `review-quote-${viewport.name}.png`));
    }
    await page.setViewportSize(VIEWPORTS[0]);
    // Its card on the film's page quotes it, and says whose choice it was.
    await page.goto(`${base}/films/${film.id}`);
    const card = page.locator("ul.reviews > li", { has: page.locator(`a[href="${href}"]`) });
    expect(await card.locator("blockquote").textContent()).toContain(chosen.slice(0, 40));
    expect(await card.textContent()).toContain("(quote chosen by an admin)");

    // Undone from the audit log: the reading's choice again.
    await page.goto(`${base}/admin/audit`);
    expect(await page.locator("ol.audit > li").first().textContent()).toContain("set-quote");
    await page.locator("ol.audit > li form button", { hasText: "Undo" }).first().click();
    await page.waitForURL(/\/admin\/audit/);
    await page.goto(`${base}${href}`);
    expect(await quoteNow.textContent()).toMatch(/\(chosen by its reading\)$/);
    expect(await quoteNow.locator("q").textContent()).toBe(shown);
    await context.close();
  });

  test("a reader reports what a review is read wrong from its card; an admin finds it on the checks list and dismisses it; axe-clean at both widths", async () => {
    const reader = await browser.newContext({ viewport: VIEWPORTS[1] });
    const page = await reader.newPage();
    await page.goto(`${base}/signup`);
    await page.locator("#name").fill("Reporting Reader");
    await page.locator("#password").fill("a-long-enough-password");
    await page.locator("button[type=submit]", { hasText: "Sign up" }).click();
    await page.waitForURL(/\/me$/);
    await page.goto(`${base}/films/${film.id}`);
    const card = page.locator("ul.reviews > li").first();
    const quote = (await card.locator("blockquote").textContent()) ?? "";
    await card.locator("a", { hasText: "Something wrong? Tell us" }).click();
    await page.waitForURL(/\/reviews\/[^/]+\/report$/);
    const href = new URL(page.url()).pathname;
    expect(await page.locator("blockquote").textContent()).toBe(quote);
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      for (const v of await seriousViolations(page)) expect(v).toBe("");
      await screenshotPage(page, join(SCREENSHOTS, `report-review-${viewport.name}.png`));
    }
    await page.locator("input[name=reason][value=quote]").check();
    await page.locator("textarea[name=note]").fill("The quote is the plot, not the verdict.");
    await page.locator("button[type=submit]", { hasText: "Send to the admins" }).click();
    expect(await page.locator("main h1").textContent()).toBe("Thank you");
    // The reader's own page lists it, waiting for an admin.
    await page.goto(`${base}/me`);
    expect(await page.locator("#reports").textContent()).toBe("Your reports (1)");
    expect(await page.locator("section[aria-labelledby=reports] li").textContent()).toMatch(
      /: The quote misrepresents the review — “The quote is the plot, not the verdict\.” \(.+\): waiting for an admin$/,
    );
    for (const v of await seriousViolations(page)) expect(v).toBe("");
    await screenshotPage(page, join(SCREENSHOTS, "me-reports-phone.png"));
    await reader.close();

    const context = await browser.newContext({ viewport: VIEWPORTS[0] });
    const admin = await context.newPage();
    await admin.goto(`${base}/login?next=${encodeURIComponent("/admin/checks?list=reported")}`);
    await admin.locator("#token").fill(TOKEN);
    await admin.locator("button[type=submit]", { hasText: "Log in" }).click();
    await admin.waitForURL(/list=reported/);
    expect(await admin.locator("nav.tabs a[aria-current=page]").textContent()).toBe(
      "Reported by readers (1)",
    );
    const reported = admin.locator("ul.reviews > li");
    expect(await reported.count()).toBe(1);
    expect(await reported.locator(".reports li").textContent()).toMatch(
      /^The quote misrepresents the review — “The quote is the plot, not the verdict\.”/,
    );
    expect(
      await reported.locator("a", { hasText: "Why this film? Correct it" }).getAttribute("href"),
    ).toBe(href.replace(/^\/reviews\/([^/]+)\/report$/, "/admin/reviews/$1"));
    for (const v of await seriousViolations(admin)) expect(v).toBe("");
    await screenshotPage(admin, join(SCREENSHOTS, "checks-reported-desktop.png"));
    await reported.locator("button", { hasText: "Nothing wrong: dismiss" }).click();
    await admin.waitForURL(/list=reported/);
    expect(await admin.locator("ul.reviews > li").count()).toBe(0);
    expect(await admin.locator("nav.tabs a[aria-current=page]").textContent()).toBe(
      "Reported by readers (0)",
    );
    await context.close();
  });

  test("film pages carry schema.org JSON-LD and OpenGraph; feeds and the sitemap are served", async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/films/${film.id}`);
    const ld = JSON.parse(
      (await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}",
    );
    expect(ld).toMatchObject({
      "@type": "Movie",
      name: film.title,
      aggregateRating: { "@type": "AggregateRating", bestRating: 100 },
    });
    expect(ld.review.length).toBeGreaterThan(0);
    expect(await page.locator('meta[property="og:title"]').getAttribute("content")).toContain(
      film.title,
    );
    const feed = await page.request.get(`${base}/films/${film.id}/feed.atom`);
    expect(feed.headers()["content-type"]).toContain("application/atom+xml");
    expect(await feed.text()).toContain("<entry>");
    const sitemap = await (await page.request.get(`${base}/sitemap.xml`)).text();
    expect(sitemap).toContain(`/films/${film.id}</loc>`);
    await page.close();
  });

  test("a reader signs up, imports their ratings, finds critics like them and their score on a film page, rates it, sees their match on a critic's page, and deletes their data; axe-clean at both widths", async () => {
    // A real person's ratings: MovieLens user 414's, written as an IMDb ratings export (their
    // half stars on IMDb's 1–10, IMDb ids from links.csv), as that user would download it.
    const ratings = sharedData("movielens", "ratings.csv") as string;
    const imdbOf = new Map(
      readFileSync(movielens[1] as string, "utf8")
        .split("\n")
        .slice(1)
        .map((line) => line.split(","))
        .map(([movie, imdb]) => [movie, imdb] as const),
    );
    const rows = readFileSync(ratings, "utf8")
      .split("\n")
      .filter((line) => line.startsWith("414,"))
      .map((line) => line.split(","))
      .flatMap(([, movie, stars]) => {
        const imdb = imdbOf.get(movie ?? "");
        return imdb ? [`tt${imdb},${Number(stars) * 2 || 1},2024-01-01,MovieLens ${movie},`] : [];
      });
    const exportFile = join(dir, "imdb-ratings.csv");
    writeFileSync(exportFile, `Const,Your Rating,Date Rated,Title,Year\n${rows.join("\n")}\n`);

    const found: string[] = [];
    for (const [viewport, colorScheme] of [
      [VIEWPORTS[0], "light"],
      [VIEWPORTS[1], "dark"],
    ] as const) {
      const context = await browser.newContext({ viewport, colorScheme });
      const page = await context.newPage();
      const check = async (name: string) => {
        for (const v of await seriousViolations(page)) found.push(`${name} ${colorScheme}: ${v}`);
        await screenshotPage(
          page,
          join(SCREENSHOTS, `${name}-${viewport.name}${colorScheme === "dark" ? "-dark" : ""}.png`),
        );
      };
      await page.goto(`${base}/signup`);
      await check("signup");
      await page.locator("#name").fill(`Reader ${viewport.name}`);
      await page.locator("#password").fill("a-long-enough-password");
      await page.locator("button[type=submit]", { hasText: "Sign up" }).click();
      await page.waitForURL(/\/me$/);
      await page.locator("#export").setInputFiles(exportFile);
      await page.locator("button[type=submit]", { hasText: "Import" }).click();
      const summary = (await page.locator(".notice", { hasText: "Read " }).textContent()) ?? "";
      const linked = Number(/(\d+) linked/.exec(summary)?.[1] ?? 0);
      expect(linked).toBeGreaterThan(100);
      await check("me");

      await page.goto(`${base}/me/critics`);
      const critics = page.locator("main ol > li.card");
      expect(await critics.count()).toBeGreaterThan(0);
      await check("critics-like-you");
      const criticHref = (await critics.first().locator("h2 a").getAttribute("href")) ?? "";

      await page.goto(`${base}/me/films`);
      const predicted = page.locator("main tbody tr");
      expect(await predicted.count()).toBeGreaterThan(0);
      await check("films-for-you");
      await predicted.first().locator("a").click();
      await page.waitForURL(/\/films\//);
      const yours = page.locator("#your-score").locator("xpath=..");
      expect(await yours.textContent()).toContain("Predicted for you");
      await check("film-your-score");
      // Rated here, in half stars: the page then shows the reader's own rating.
      await page.locator("#stars").selectOption("3.5");
      await page.locator("button[value=rate]").click();
      await page.waitForURL(/#your-score$/);
      expect(await yours.textContent()).toContain("You rated it ★★★½ (70 of 100)");

      await page.goto(base + criticHref);
      expect(await page.locator("#your-match").locator("xpath=..").textContent()).toMatch(
        /Taste correlation|too few/,
      );
      await check("critic-your-match");

      await page.goto(`${base}/me`);
      await page.locator("#confirm").check();
      await page.locator("button", { hasText: "Delete my data" }).click();
      await page.locator("h1", { hasText: "Your data is deleted" }).waitFor();
      await check("me-deleted");
      await page.goto(`${base}/me`);
      expect(page.url()).toMatch(/\/signin$/);
      await context.close();
    }
    expect(found).toEqual([]);
  });
});
