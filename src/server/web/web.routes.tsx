import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { matchWithCritic, predictFilmForReader } from "../../commands/reader-taste.js";
import { ASPECT_NAMES } from "../../domain/analysis.js";
import { criticsSay } from "../../domain/consensus.js";
import type { FeedPolicy } from "../../domain/feed-policy.js";
import { filmName } from "../../domain/film.js";
import { type FilmAspect, filmAspects } from "../../store/aspects.repository.js";
import type { Store } from "../../store/db.js";
import { currentFilmId } from "../../store/film-linking.repository.js";
import {
  countDoubtedRatings,
  filmFacets,
  filmScoreSides,
  getFilm,
  latestFilmYear,
  listFilms,
  siteFingerprint,
} from "../../store/films.repository.js";
import { listImports } from "../../store/imports.repository.js";
import { type PersonFilm, personFilms } from "../../store/people.repository.js";
import { listReviews, type ReviewFilter } from "../../store/reviews.repository.js";
import { sourceStatsStamp } from "../../store/source-stats.repository.js";
import {
  getSource,
  listSources,
  outletCritics,
  scoresAgainstConsensus,
} from "../../store/sources.repository.js";
import { parseRequest } from "../errors.js";
import type { NameDirectories } from "../name-directories.js";
import { offsetOf, offsetPage, queryOf } from "../paging.js";
import type { ReviewSearch } from "../review-search.js";
import { siteSearch } from "../site-search.js";
import { adminRoutes } from "./admin.routes.js";
import type { ReviewFilters } from "./components/review-list.js";
import { YourMatch, YourScore } from "./components/taste.js";
import { correctionPages } from "./corrections.routes.js";
import { counted, seg } from "./format.js";
import { Memo } from "./memo.js";
import { methodologyHtml } from "./methodology.js";
import { AboutPage } from "./pages/about.js";
import { FilmPage, filmJsonLd } from "./pages/film.js";
import { type BrowseFilms, browseQuery, FILMS_PER_PAGE, FilmsPage } from "./pages/films.js";
import { HomePage } from "./pages/home.js";
import { ImportsPage } from "./pages/imports.js";
import { MessagePage } from "./pages/message.js";
import { PersonPage, personJsonLd } from "./pages/person.js";
import { SearchPage } from "./pages/search.js";
import { SourcePage } from "./pages/source.js";
import {
  type BrowseSources,
  SOURCES_PER_PAGE,
  SourcesPage,
  sourcesQuery,
} from "./pages/sources.js";
import { readerRoutes } from "./reader.routes.js";
import { originOf, type PageContext, renderPage, sendHtml, sendPage } from "./render.js";
import type { Sessions } from "./session.js";

/** The review filters of a film's, critic's or outlet's page (see ReviewList). */
const ReviewQuery = z.object({
  top: z.string().optional(),
  rated: z.string().optional(),
  verdict: z.enum(["positive", "negative", ""]).optional().catch(undefined),
  sort: z.enum(["added", "date", "score", "lowest"]).optional().catch(undefined),
  cursor: z.string().max(500).optional(),
  // The reviews behind one of a film page's aspect bars: praise (positive) or complaints.
  aspect: z.enum(ASPECT_NAMES).optional().catch(undefined),
  side: z.enum(["positive", "negative"]).optional().catch(undefined),
});
/** /films's choices; one that does not read is dropped, not an error (links get mangled). */
const BrowseQuery = z.object({
  sort: z.enum(["score", "positive", "mean", "reviews", "newest"]).catch("score").default("score"),
  decade: z.coerce.number().int().min(1800).max(2200).optional().catch(undefined),
  year: z.coerce.number().int().min(1800).max(2200).optional().catch(undefined),
  genre: z.string().trim().max(60).optional().catch(undefined),
  band: z
    .enum(["acclaim", "favorable", "mixed", "unfavorable", "dislike"])
    .optional()
    .catch(undefined),
  min: z.coerce.number().int().min(1).max(1000).catch(1).default(1),
  badge: z.string().optional().catch(undefined),
  cursor: z.string().max(500).optional().catch(undefined),
});
const SourcesQuery = z.object({
  sort: z.enum(["reviews", "agreement", "lenient", "harsh"]).catch("reviews").default("reviews"),
  // An over-long name is cut, not refused: nobody's name is that long.
  q: z
    .string()
    .optional()
    .transform((q) => q?.trim().slice(0, 200)),
  cursor: z.string().max(500).optional().catch(undefined),
});
// An over-long query is cut, not refused: a pasted paragraph still finds what it can.
const Search = z.object({
  q: z
    .string()
    .optional()
    .transform((q) => q?.slice(0, 200)),
});
const Id = z.object({ id: z.string().min(1).max(200) });
const Name = z.object({ name: z.string().trim().min(1).max(200) });

/**
 * The site's pages — home, film, critic, outlet, search, add a review, imports — rendered on
 * the server from the same repositories and commands as the API.
 */
export function webRoutes(
  app: FastifyInstance,
  store: Store,
  names: NameDirectories,
  reviewSearch: ReviewSearch,
  sessions: Sessions,
  admin: {
    feedPolicy: FeedPolicy;
    allowPrivateFeeds: boolean;
    logInsPerMinute: number;
    signUpOpen: boolean;
  },
): void {
  // A film's aspect summary reads all its reviews' aspects, and its plain page (no filter, the
  // first reviews) is what most visitors ask for: both kept while the film's title, figures
  // and analysis revision stand still (see Memo for the one change that key misses).
  const aspectsMemo = new Memo<FilmAspect[]>(1000);
  const pageMemo = new Memo<string>(500);
  const context = (request: FastifyRequest, query?: string): PageContext => ({
    loggedIn: request.adminSession !== null,
    ...(request.adminSession ? { csrf: sessions.csrfToken(request.adminSession) } : {}),
    ...(request.reader ? { reader: { name: request.reader.name, csrf: request.reader.csrf } } : {}),
    ...(query ? { query } : {}),
  });
  /** What makes a kept page someone's own: the admin's and the reader's session tokens. */
  const whose = (ctx: PageContext) => `${ctx.csrf ?? ""}|${ctx.reader?.csrf ?? ""}`;
  const notFound = (request: FastifyRequest, reply: FastifyReply, what: string) =>
    sendPage(
      request,
      reply,
      { title: "Not found", path: request.url },
      context(request),
      <MessagePage title="Not found" message={`There is no ${what} here.`} />,
      404,
    );

  // The home page's lists, kept while the site's sums and film count stand still.
  const homeMemo = new Memo<Omit<Parameters<typeof HomePage>[0], "reviewCount">>(1);
  app.get("/", async (request, reply) => {
    const { justAdded, best, latest } = await homeMemo.get(
      await siteFingerprint(store.db),
      async () => {
        const [justAdded, best, latest] = await Promise.all([
          listFilms(store.db, { sort: "recent", limit: 8 }),
          bestOfLatestYear(store),
          listReviews(store, {}, { limit: 6, sort: "date" }),
        ]);
        return { justAdded, best, latest: latest.reviews };
      },
    );
    return sendPage(
      request,
      reply,
      { title: "Critics' reviews, aggregated in the open", path: "/" },
      context(request),
      <HomePage justAdded={justAdded} best={best} latest={latest} reviewCount={justAdded.length} />,
    );
  });

  const facetsMemo = new Memo<Awaited<ReturnType<typeof filmFacets>>>(1);
  // The browsing lists (films, critics, outlets) as rendered, by what they show and the
  // site's state: each sorts every film or source, which a repeat visit need not redo.
  const listMemo = new Memo<string>(300);
  app.get("/films", async (request, reply) => {
    const q = parseRequest(BrowseQuery, request.query, "query");
    const decade = q.decade === undefined ? undefined : Math.floor(q.decade / 10) * 10;
    const browse: BrowseFilms = {
      sort: q.sort,
      minReviews: q.min,
      offset: offsetOf(q.cursor),
      filters: {
        ...(decade !== undefined ? { decade } : {}),
        ...(q.year !== undefined ? { year: q.year } : {}),
        ...(q.genre ? { genre: q.genre } : {}),
        ...(q.band ? { band: q.band } : {}),
        ...(q.badge === "1" ? { badge: true } : {}),
      },
    };
    const fingerprint = await siteFingerprint(store.db);
    const ctx = context(request);
    const render = async () => {
      const [facets, found] = await Promise.all([
        facetsMemo.get(fingerprint, () => filmFacets(store.db)),
        listFilms(store.db, {
          sort: browse.sort,
          filters: browse.filters,
          minReviews: browse.minReviews,
          offset: browse.offset,
          limit: FILMS_PER_PAGE + 1,
        }),
      ]);
      const { rows, next } = offsetPage(found, browse.offset, FILMS_PER_PAGE);
      return renderPage(
        request,
        {
          title: "Films",
          description: "Every film reviewed on Cinemeter, by year, decade, genre and score.",
          path: `/films${browseQuery(browse, browse.offset)}`,
          jsonLd: itemListJsonLd(
            rows.map((f) => ({ name: filmName(f), path: `/films/${seg(f.id)}` })),
            originOf(request),
            browse.offset,
          ),
        },
        ctx,
        <FilmsPage browse={browse} films={rows} next={next} facets={facets} />,
      );
    };
    // Sorting every film is the page's cost: each list is kept while the site stands still.
    const key = `${fingerprint}|${browseQuery(browse, browse.offset)}|${whose(ctx)}|${originOf(request)}`;
    return sendHtml(reply, await listMemo.get(key, render));
  });

  // A person by their name as credited: /people/Orson%20Welles.
  const peopleMemo = new Memo<PersonFilm[]>(200);
  app.get("/people/:name", async (request, reply) => {
    const { name } = parseRequest(Name, request.params, "path");
    const films = await peopleMemo.get(`${await siteFingerprint(store.db)}|${name}`, () =>
      personFilms(store.db, name),
    );
    if (films.length === 0) return notFound(request, reply, "film credited to that name");
    const path = `/people/${seg(name)}`;
    return sendPage(
      request,
      reply,
      {
        title: name,
        description: `${name}: ${films.length} films on Cinemeter, with what critics made of each.`,
        path,
        ogType: "profile",
        jsonLd: personJsonLd(name, films, originOf(request) + path),
      },
      context(request),
      <PersonPage name={name} films={films} />,
    );
  });

  app.get("/about", async (request, reply) =>
    sendPage(
      request,
      reply,
      {
        title: "About and methodology",
        description:
          "How Cinemeter reads critics' reviews and computes every score, interval and badge.",
        path: "/about",
        jsonLd: {
          "@context": "https://schema.org",
          "@type": "AboutPage",
          name: "About Cinemeter and its methodology",
          url: `${originOf(request)}/about`,
        },
      },
      context(request),
      <AboutPage methodology={methodologyHtml()} />,
    ),
  );

  app.get("/films/:id", async (request, reply) => {
    const { id } = parseRequest(Id, request.params, "path");
    const filters = reviewFiltersOf(parseRequest(ReviewQuery, request.query, "query"));
    const film = await getFilm(store.db, id);
    if (!film) {
      // A merged film's address leads to the film it became.
      const moved = await currentFilmId(store.db, id);
      // Permanent, but a merge can be undone: browsers ask again rather than keep it forever.
      if (moved)
        return reply
          .header("cache-control", "no-cache")
          .redirect(`/films/${seg(moved)}${queryOf(request.url)}`, 301);
      return notFound(request, reply, "film");
    }
    // A signed-in reader's page carries their own score: made for them, never kept.
    const reader = request.reader;
    const personal = reader ? (
      <YourScore
        filmId={id}
        csrf={reader.csrf}
        {...(await predictFilmForReader(store, reader.id, id, await app.tasteRatings.current()))}
      />
    ) : null;
    const ctx = context(request);
    const fingerprint = `${id}|${film.title}|${film.year}|${film.titleSource}|${film.pinned}|${film.reviewCount}|${film.positiveCount}|${film.meanScore}|${film.histogram.join(",")}|${film.analysisRevision}|${film.criticsNamed}`;
    const render = async () => {
      const [aspects, sides, reviews, doubtedRatings] = await Promise.all([
        aspectsMemo.get(fingerprint, () => filmAspects(store.db, id)),
        filmScoreSides(store.db, id),
        listReviews(
          store,
          { filmId: id, ...reviewFilter(filters) },
          { after: filters.cursor, limit: 20, sort: filters.sort },
        ),
        countDoubtedRatings(store.db, id),
      ]);
      const path = `/films/${seg(id)}`;
      return renderPage(
        request,
        {
          title: filmName(film),
          description: `${filmName(film)}: ${film.percentPositive ?? "–"}% positive from ${film.reviewCount} ${film.criticsNamed ? "critics' " : ""}reviews, mean score ${film.meanScore ?? "–"}.`,
          path,
          ogType: "video.movie",
          jsonLd: filmJsonLd(film, reviews.reviews, originOf(request) + path),
          feed: { href: `${path}/feed.atom`, title: `Reviews of ${filmName(film)}` },
        },
        ctx,
        <FilmPage
          film={film}
          sides={sides}
          aspects={aspects}
          consensus={criticsSay(
            film.percentPositive,
            film.reviewCount,
            aspects,
            film.criticsNamed ? "critics" : "reviewers",
          )}
          reviews={reviews}
          doubtedRatings={doubtedRatings}
          filters={filters}
          {...(ctx.loggedIn && ctx.csrf ? { adminCsrf: ctx.csrf } : {})}
          {...(personal ? { personal } : {})}
        />,
      );
    };
    if (personal) return sendHtml(reply, await render());
    // Each page of it (filtered, sorted, paged), kept while the film stands still.
    const variant = `${filters.top}|${filters.rated}|${filters.verdict}|${filters.sort}|${filters.cursor ?? ""}|${filters.aspect?.name ?? ""}|${filters.aspect?.polarity ?? ""}`;
    const html = await pageMemo.get(
      `${fingerprint}|${variant}|${whose(ctx)}|${originOf(request)}`,
      render,
    );
    return sendHtml(reply, html);
  });

  for (const kind of ["critic", "outlet"] as const) {
    app.get(`/${kind}s`, async (request, reply) => {
      const q = parseRequest(SourcesQuery, request.query, "query");
      const browse: BrowseSources = {
        kind,
        sort: q.sort,
        query: q.q ?? "",
        offset: offsetOf(q.cursor),
      };
      const ctx = context(request);
      const render = async () => {
        const { rows, next } = offsetPage(
          await listSources(store.db, kind, {
            sort: browse.sort,
            ids: browse.query ? await names.ids(kind, browse.query) : null,
            offset: browse.offset,
            limit: SOURCES_PER_PAGE + 1,
          }),
          browse.offset,
          SOURCES_PER_PAGE,
        );
        const plural = kind === "critic" ? "Critics" : "Outlets";
        return renderPage(
          request,
          {
            title: plural,
            description: `${plural} on Cinemeter, with how often they agree with each film's majority and how lenient they are.`,
            path: `/${kind}s${sourcesQuery(browse, browse.offset)}`,
            jsonLd: itemListJsonLd(
              rows.map((s) => ({ name: s.name, path: `/${kind}s/${seg(s.id)}` })),
              originOf(request),
              browse.offset,
            ),
          },
          ctx,
          <SourcesPage browse={browse} sources={rows} next={next} />,
        );
      };
      // Kept while the site's sums and the sources' standing (refreshed after them) stand still.
      const [fingerprint, standing] = await Promise.all([
        siteFingerprint(store.db),
        sourceStatsStamp(store.db, kind),
      ]);
      const key = `${kind}|${fingerprint}|${standing}|${sourcesQuery(browse, browse.offset)}|${whose(ctx)}|${originOf(request)}`;
      return sendHtml(reply, await listMemo.get(key, render));
    });

    app.get(`/${kind}s/:id`, async (request, reply) => {
      const { id } = parseRequest(Id, request.params, "path");
      const filters = reviewFiltersOf(parseRequest(ReviewQuery, request.query, "query"));
      const source = await getSource(store, kind, id);
      if (!source) return notFound(request, reply, kind);
      const [points, reviews, critics] = await Promise.all([
        scoresAgainstConsensus(store.db, kind, id),
        listReviews(
          store,
          {
            ...(kind === "critic" ? { criticId: id } : { outletId: id }),
            ...reviewFilter(filters),
          },
          { after: filters.cursor, limit: 20, sort: filters.sort },
        ),
        kind === "outlet" ? outletCritics(store.db, id) : { critics: [], total: 0 },
      ]);
      const reader = request.reader;
      const personal =
        reader && kind === "critic" ? (
          <YourMatch
            criticName={source.name}
            {...(await matchWithCritic(store, reader.id, id, await app.tasteRatings.current()))}
          />
        ) : null;
      const path = `/${kind}s/${seg(id)}`;
      return sendPage(
        request,
        reply,
        {
          title: source.name,
          description: `${source.name}: ${counted(source.reviewCount, "review")} on Cinemeter, with leniency and agreement against each film's consensus.`,
          path,
          ogType: kind === "critic" ? "profile" : "website",
          ...(kind === "critic"
            ? { feed: { href: `${path}/feed.atom`, title: `Reviews by ${source.name}` } }
            : {}),
        },
        context(request),
        <SourcePage
          source={source}
          points={points}
          reviews={reviews}
          filters={filters}
          critics={critics.critics}
          criticCount={critics.total}
          {...(personal ? { personal } : {})}
        />,
      );
    });
  }

  app.get("/search", async (request, reply) => {
    const query = (parseRequest(Search, request.query, "query").q ?? "").trim();
    const { films, people, sources, reviews } = query
      ? await siteSearch(names, reviewSearch, query, { names: 10, films: 12, reviews: 20 })
      : { films: [], people: [], sources: [], reviews: [] };
    return sendPage(
      request,
      reply,
      { title: query ? `Search: ${query}` : "Search", path: "/search" },
      context(request, query),
      <SearchPage
        query={query}
        films={films}
        people={people}
        sources={sources}
        reviews={reviews}
      />,
    );
  });

  app.get("/imports", async (request, reply) =>
    request.adminSession === null
      ? reply.redirect("/login?next=/imports", 303)
      : sendPage(
          request,
          reply,
          { title: "Imports", path: "/imports" },
          context(request),
          <ImportsPage
            imports={await listImports(store)}
            csrf={sessions.csrfToken(request.adminSession as string)}
          />,
        ),
  );
  adminRoutes(app, store, sessions, context, admin);
  readerRoutes(app, store, context, admin);
  correctionPages(app, store, sessions, context);
}

/**
 * The best reviewed films that most critics liked (LIKED_PERCENT), of the latest year with at
 * least four such films of five reviews or more (looking back five years), by their films' own
 * year; else of all time (with fewer reviews when no film has five). A film most critics
 * disliked is not among the best of its year however few films that year has.
 */
async function bestOfLatestYear(store: Store) {
  const latest = await latestFilmYear(store.db, 5);
  for (let year = latest ?? 0; latest !== null && year > latest - 5; year--) {
    const films = await listFilms(store.db, {
      sort: "score",
      limit: 8,
      minReviews: 5,
      filters: { year, liked: true },
    });
    if (films.length >= 4) return { year, films };
  }
  const liked = { sort: "score", limit: 8, filters: { liked: true } } as const;
  const allTime = await listFilms(store.db, { ...liked, minReviews: 5 });
  // A young site (the bundled examples) has no film with five reviews yet: show what it has.
  return { year: null, films: allTime.length ? allTime : await listFilms(store.db, liked) };
}

function reviewFiltersOf(q: z.infer<typeof ReviewQuery>): ReviewFilters {
  return {
    top: q.top === "1",
    rated: q.rated === "1",
    verdict: q.verdict || null,
    sort: q.sort ?? "added",
    cursor: q.cursor ?? null,
    aspect: q.aspect && q.side ? { name: q.aspect, polarity: q.side } : null,
  };
}

/** What a page's review filters ask of listReviews. */
function reviewFilter(f: ReviewFilters): ReviewFilter {
  return {
    ...(f.top ? { topOnly: true } : {}),
    ...(f.rated ? { ratedOnly: true } : {}),
    ...(f.verdict ? { verdict: f.verdict } : {}),
    ...(f.aspect ? { aspect: f.aspect } : {}),
  };
}

/** schema.org ItemList of a page of a list (films, critics, outlets), in its order. */
function itemListJsonLd(
  items: Array<{ name: string; path: string }>,
  origin: string,
  offset: number,
): unknown {
  return {
    "@context": "https://schema.org",
    "@type": "ItemList",
    itemListElement: items.map((item, i) => ({
      "@type": "ListItem",
      position: offset + i + 1,
      name: item.name,
      url: origin + item.path,
    })),
  };
}
