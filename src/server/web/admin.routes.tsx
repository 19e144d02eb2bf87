import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { addReview, namesFilm, previewReview } from "../../commands/add-review.js";
import { type FollowOutcome, followFeeds } from "../../commands/follow-feeds.js";
import type { FeedPolicy } from "../../domain/feed-policy.js";
import { feedUrlProblem } from "../../ingest/fetch/http-client.js";
import { opmlDocument, parseOpml } from "../../ingest/opml/opml.js";
import type { Store } from "../../store/db.js";
import { addFeed, listFeeds, removeFeed, resumeFeed } from "../../store/feeds.repository.js";
import { filmsNamed } from "../../store/films.repository.js";
import { seg } from "./format.js";
import { FeedsPage } from "./pages/feeds.js";
import { MessagePage } from "./pages/message.js";
import { EMPTY_FORM, LoginPage, NewReviewPage } from "./pages/new-review.js";
import { type PageContext, sendPage } from "./render.js";
import { readReviewForm, reviewInputFromForm } from "./review-form.js";
import type { Sessions } from "./session.js";

/**
 * The pages that write, behind the admin log-in: /login, /logout, /reviews/new (paste or
 * fill in a review, preview its analysis, save it) and /feeds (follow, unfollow and resume
 * feeds). Every form that writes carries the session's CSRF token.
 */
export function adminRoutes(
  app: FastifyInstance,
  store: Store,
  sessions: Sessions,
  context: (request: FastifyRequest) => PageContext,
  {
    feedPolicy,
    allowPrivateFeeds,
    logInsPerMinute,
  }: {
    feedPolicy: FeedPolicy;
    allowPrivateFeeds: boolean;
    logInsPerMinute: number;
  },
): void {
  const feedsPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    session: string,
    error?: string,
    imported?: FollowOutcome[],
  ) =>
    sendPage(
      request,
      reply,
      { title: "Feeds", path: "/feeds" },
      context(request),
      <FeedsPage
        feeds={await listFeeds(store)}
        policy={feedPolicy}
        csrf={sessions.csrfToken(session)}
        {...(error ? { error } : {})}
        {...(imported ? { imported } : {})}
      />,
      error ? 422 : 200,
    );

  // The followed feeds as OPML, for any feed reader.
  app.get("/feeds/export.opml", async (request, reply) => {
    if (!request.adminSession) return reply.redirect("/login?next=/feeds", 303);
    const feeds = await listFeeds(store);
    return reply
      .type("text/x-opml; charset=utf-8")
      .header("content-disposition", 'attachment; filename="cinemeter-feeds.opml"')
      .send(
        opmlDocument(
          feeds.map((f) => ({ url: f.url, title: f.title ?? f.outlet })),
          "Feeds followed by Cinemeter",
        ),
      );
  });

  app.get("/feeds", async (request, reply) => {
    const session = request.adminSession;
    if (!session) return reply.redirect("/login?next=/feeds", 303);
    return feedsPage(request, reply, session);
  });

  app.post("/feeds", async (request, reply) => {
    const session = request.adminSession;
    if (!session) return reply.redirect("/login?next=/feeds", 303);
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (!sessions.csrfValid(session, body.csrf))
      return feedsPage(request, reply, session, "The form expired; please submit it again.");
    const text = (name: string) =>
      typeof body[name] === "string" ? (body[name] as string).trim() : "";
    if (body.action === "import") {
      const parsed = parseOpml(typeof body.opml === "string" ? body.opml : "");
      if ("error" in parsed)
        return feedsPage(request, reply, session, `Not imported: ${parsed.error}.`);
      if (parsed.feeds.length === 0)
        return feedsPage(request, reply, session, "Not imported: it lists no feed (xmlUrl).");
      const outcomes = await followFeeds(store, parsed.feeds, allowPrivateFeeds);
      return feedsPage(request, reply, session, undefined, outcomes);
    }
    if (body.action === "remove") await removeFeed(store, text("id"));
    else if (body.action === "resume")
      await resumeFeed(store, text("id"), new Date().toISOString());
    else if (!/^https?:\/\/[^/\s]+/i.test(text("url")))
      return feedsPage(request, reply, session, "A feed URL starts with http:// or https://.");
    else {
      const problem = await feedUrlProblem(text("url"), allowPrivateFeeds);
      if (problem) return feedsPage(request, reply, session, `Not followed: ${problem}.`);
      await addFeed(store, text("url"), {
        outlet: text("outlet") || null,
        critic: text("critic") || null,
      });
    }
    return reply.redirect("/feeds", 303);
  });

  app.get("/login", async (request, reply) => {
    const next = safeNext((request.query as { next?: unknown }).next);
    return sendPage(
      request,
      reply,
      { title: "Log in", path: "/login" },
      context(request),
      <LoginPage next={next} enabled={sessions.enabled} />,
    );
  });

  // Each address may try the token a few times a minute, then waits (429 with Retry-After).
  const logInLimit = { rateLimit: { max: logInsPerMinute, timeWindow: 60_000 } };
  app.post("/login", { config: logInLimit }, async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const next = safeNext(body.next);
    if (typeof body.token === "string" && sessions.tokenMatches(body.token)) {
      await sessions.start(reply);
      return reply.redirect(next, 303);
    }
    return sendPage(
      request,
      reply,
      { title: "Log in", path: "/login" },
      context(request),
      <LoginPage next={next} enabled={sessions.enabled} error="That is not the admin token." />,
      sessions.enabled ? 401 : 403,
    );
  });

  app.post("/logout", async (request, reply) => {
    const body = (request.body ?? {}) as Record<string, unknown>;
    const session = request.adminSession;
    if (session && !sessions.csrfValid(session, body.csrf))
      return sendPage(
        request,
        reply,
        { title: "Log out", path: "/logout" },
        context(request),
        <MessagePage
          title="Not logged out"
          message="The form expired; please log out again from a fresh page."
        />,
        403,
      );
    await sessions.end(session, reply);
    return reply.redirect("/", 303);
  });

  app.get("/reviews/new", async (request, reply) => {
    const session = request.adminSession;
    if (!session) return reply.redirect("/login?next=/reviews/new", 303);
    return sendPage(
      request,
      reply,
      { title: "Add a review", path: "/reviews/new" },
      context(request),
      <NewReviewPage form={EMPTY_FORM} csrf={sessions.csrfToken(session)} preview={null} />,
    );
  });

  app.post("/reviews/new", async (request, reply) => {
    const session = request.adminSession;
    if (!session) return reply.redirect("/login?next=/reviews/new", 303);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const form = readReviewForm(body);
    const page = (
      props: {
        error?: string;
        preview?: Awaited<ReturnType<typeof previewReview>>;
        candidates?: Awaited<ReturnType<typeof filmsNamed>>;
      },
      status = 200,
    ) =>
      sendPage(
        request,
        reply,
        { title: "Add a review", path: "/reviews/new" },
        context(request),
        <NewReviewPage
          form={form}
          csrf={sessions.csrfToken(session)}
          preview={props.preview ?? null}
          {...(props.candidates ? { candidates: props.candidates } : {})}
          {...(props.error ? { error: props.error } : {})}
        />,
        status,
      );
    if (!sessions.csrfValid(session, body.csrf))
      return page({ error: "The form expired; please submit it again." }, 403);
    const read = reviewInputFromForm(form);
    if ("error" in read) return page({ error: read.error }, 422);
    const preview = await previewReview(store, read.input);
    if (body.action !== "save") {
      const title = preview.film?.title;
      const candidates = title ? (await filmsNamed(store.db, title)).slice(0, 6) : [];
      return page({ preview, candidates });
    }
    if (!namesFilm(preview))
      return page(
        { preview, error: "No film found in the review: give its title in the Film field." },
        422,
      );
    const { duplicate, filmId } = await addReview(store, read.input);
    if (duplicate || !filmId)
      return page({
        error: "That review is already stored (same outlet and link, or the same words).",
      });
    return reply.redirect(`/films/${seg(filmId)}#reviews`, 303);
  });
}

/** A same-site path to go back to after logging in; anything else goes home. */
function safeNext(value: unknown): string {
  return typeof value === "string" && /^\/(?!\/)[\w\-./?=&%#]*$/.test(value) ? value : "/";
}
