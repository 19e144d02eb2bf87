import type {} from "@fastify/multipart";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { newFeedKey, newReaderToken, signIn, signUp } from "../../commands/reader-accounts.js";
import {
  exportReaderData,
  importLetterboxdFeed,
  importRatingExports,
  type RatingImportSummary,
  rateFilm,
  resolveRating,
} from "../../commands/reader-ratings.js";
import { criticsLikeReaderWithFilms, predictForReader } from "../../commands/reader-taste.js";
import { reportReview } from "../../commands/review-reports.js";
import { REPORT_REASONS } from "../../domain/report.js";
import { CinemeterError } from "../../errors.js";
import { DEFAULT_LIMITS, nodeHttpClient } from "../../ingest/fetch/http-client.js";
import type { Store } from "../../store/db.js";
import { readerBy } from "../../store/reader-accounts.repository.js";
import { deleteReader, readerRatings } from "../../store/readers.repository.js";
import { reportsBy } from "../../store/review-reports.repository.js";
import { reviewWithLink } from "../../store/reviews.repository.js";
import { parseRequest } from "../errors.js";
import { seg } from "./format.js";
import {
  AccountForm,
  CriticsLikeYouPage,
  FilmsForYouPage,
  MePage,
  type MePageProps,
} from "./pages/me.js";
import { MessagePage } from "./pages/message.js";
import { ReportReviewPage } from "./pages/report-review.js";
import { type SignedInReader, signInReader, signOutReader } from "./reader-session.js";
import { originOf, type PageContext, sendPage } from "./render.js";
import { safeEqual } from "./session.js";

/** The largest rating export taken by upload: 100,000 ratings fit in a few megabytes. */
const MAX_EXPORT_BYTES = 10 * 1024 * 1024;
const PREDICTIONS_SHOWN = 50;
const CRITICS_SHOWN = 25;

/**
 * The pages of a reader's own taste (issue 16): sign up, sign in and out; /me (bring ratings
 * by upload, Letterboxd feed or stars, link what did not link, the private feed and API token,
 * download and delete everything); /me/critics ("Critics like you"); /me/films ("Films you
 * would like"). Every form that writes carries the session's CSRF token; sign-up and sign-in
 * are rate-limited per address like the admin log-in.
 */
export function readerRoutes(
  app: FastifyInstance,
  store: Store,
  context: (request: FastifyRequest) => PageContext,
  options: { signUpOpen: boolean; allowPrivateFeeds: boolean; logInsPerMinute: number },
): void {
  const limit = { rateLimit: { max: options.logInsPerMinute, timeWindow: 60_000 } };
  // (Reports an address sends in an hour: enough for a reader at work, not for a flood.)
  const reportLimit = { rateLimit: { max: REPORTS_PER_HOUR, timeWindow: 3_600_000 } };
  const client = nodeHttpClient({ ...DEFAULT_LIMITS, allowPrivate: options.allowPrivateFeeds });

  const accountPage = (
    request: FastifyRequest,
    reply: FastifyReply,
    mode: "signin" | "signup",
    extra: { error?: string; name?: string } = {},
    status = 200,
  ) =>
    sendPage(
      request,
      reply,
      { title: mode === "signup" ? "Sign up" : "Sign in", path: `/${mode}` },
      context(request),
      <AccountForm mode={mode} signUpOpen={options.signUpOpen} {...extra} />,
      status,
    );

  app.get("/signin", async (request, reply) =>
    request.reader ? reply.redirect("/me", 303) : accountPage(request, reply, "signin"),
  );
  app.get("/signup", async (request, reply) =>
    request.reader ? reply.redirect("/me", 303) : accountPage(request, reply, "signup"),
  );

  app.post("/signin", { config: limit }, async (request, reply) => {
    if (crossSite(request)) return expired(request, reply);
    const { name, password } = fields(request.body);
    const readerId = await signIn(store, name, password);
    if (!readerId)
      return accountPage(
        request,
        reply,
        "signin",
        { error: "That name and password do not match an account.", name },
        401,
      );
    await signInReader(store, request, reply, readerId);
    return reply.redirect("/me", 303);
  });

  app.post("/signup", { config: limit }, async (request, reply) => {
    if (!options.signUpOpen) return accountPage(request, reply, "signup", {}, 403);
    if (crossSite(request)) return expired(request, reply);
    const { name, password } = fields(request.body);
    try {
      const readerId = await signUp(store, name, password);
      await signInReader(store, request, reply, readerId);
      return reply.redirect("/me", 303);
    } catch (error) {
      if (!(error instanceof CinemeterError)) throw error;
      return accountPage(request, reply, "signup", { error: error.message, name }, error.status);
    }
  });

  app.post("/signout", async (request, reply) => {
    if (request.reader && !csrfValid(request.reader, request.body)) return expired(request, reply);
    await signOutReader(store, request, reply);
    return reply.redirect("/", 303);
  });

  /** The /me page, with what the last action left to show. */
  const mePage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    reader: SignedInReader,
    extra: Pick<MePageProps, "newToken" | "imported" | "error"> = {},
    status = 200,
  ) => {
    const [account, ratings, reports] = await Promise.all([
      readerBy(store.db, "id", reader.id),
      readerRatings(store.db, reader.id),
      reportsBy(store.db, reader.id),
    ]);
    return sendPage(
      request,
      reply,
      { title: "Your taste", path: "/me" },
      context(request),
      <MePage
        name={reader.name}
        csrf={reader.csrf}
        origin={originOf(request)}
        ratings={ratings.map((r) => ({
          key: r.key,
          title: r.title,
          year: r.year,
          score: Number(r.score),
          filmId: r.film_id,
          filmTitle: r.film_title,
        }))}
        letterboxdFeed={account?.letterboxdFeed ?? null}
        reports={reports}
        hasToken={account?.hasToken ?? false}
        feedKey={account?.feedKey ?? null}
        {...extra}
      />,
      status,
    );
  };

  app.get("/me", async (request, reply) => {
    const reader = request.reader;
    if (!reader) return reply.redirect("/signin", 303);
    return mePage(request, reply, reader);
  });

  // An export uploaded: multipart, the CSRF field before the file.
  app.post("/me/ratings", async (request, reply) => {
    const reader = request.reader;
    if (!reader) return reply.redirect("/signin", 303);
    if (!request.isMultipart())
      return mePage(request, reply, reader, { error: "Choose an export file to upload." }, 400);
    const file = await request.file({
      limits: { fileSize: MAX_EXPORT_BYTES, files: 1, fields: 5 },
    });
    const csrf = file?.fields.csrf;
    const submitted = csrf && !Array.isArray(csrf) && "value" in csrf ? csrf.value : undefined;
    if (!csrfValid(reader, { csrf: submitted })) return expired(request, reply);
    if (!file)
      return mePage(request, reply, reader, { error: "Choose an export file to upload." }, 400);
    let text: string;
    try {
      text = (await file.toBuffer()).toString("utf8");
    } catch {
      return mePage(
        request,
        reply,
        reader,
        {
          error: `${file.filename} is over ${MAX_EXPORT_BYTES / 1024 / 1024} MB: is it a ratings export?`,
        },
        413,
      );
    }
    return importOrSay(request, reply, reader, () =>
      importRatingExports(store, reader.id, [{ name: file.filename || "upload", text }]),
    );
  });

  // Reading a feed makes this server fetch an address a reader gives: as often as a log-in.
  app.post("/me/letterboxd", { config: limit }, async (request, reply) => {
    const reader = request.reader;
    if (!reader) return reply.redirect("/signin", 303);
    if (!csrfValid(reader, request.body)) return expired(request, reply);
    const url = String((request.body as Record<string, unknown>).url ?? "").trim();
    return importOrSay(request, reply, reader, () =>
      importLetterboxdFeed(store, reader.id, url, client),
    );
  });

  const importOrSay = async (
    request: FastifyRequest,
    reply: FastifyReply,
    reader: SignedInReader,
    run: () => Promise<RatingImportSummary>,
  ) => {
    try {
      return await mePage(request, reply, reader, { imported: await run() });
    } catch (error) {
      if (!(error instanceof CinemeterError)) throw error;
      return mePage(request, reply, reader, { error: `Not imported: ${error.message}` }, 422);
    }
  };

  app.post("/me/ratings/link", async (request, reply) => {
    const reader = request.reader;
    if (!reader) return reply.redirect("/signin", 303);
    if (!csrfValid(reader, request.body)) return expired(request, reply);
    const body = request.body as Record<string, unknown>;
    const film = filmIdOf(String(body.film ?? ""));
    try {
      await resolveRating(store, reader.id, String(body.key ?? ""), film);
    } catch (error) {
      if (!(error instanceof CinemeterError)) throw error;
      return mePage(
        request,
        reply,
        reader,
        { error: `Not linked: there is no film "${film}" here.` },
        422,
      );
    }
    return reply.redirect("/me#unlinked", 303);
  });

  app.post("/me/films/:id/rating", async (request, reply) => {
    const { id } = parseRequest(
      z.object({ id: z.string().min(1).max(200) }),
      request.params,
      "path",
    );
    const reader = request.reader;
    if (!reader) return reply.redirect("/signin", 303);
    if (!csrfValid(reader, request.body)) return expired(request, reply);
    const body = request.body as Record<string, unknown>;
    await rateFilm(store, reader.id, id, body.action === "remove" ? null : Number(body.stars));
    return reply.redirect(`/films/${seg(id)}#your-score`, 303);
  });

  app.post("/me/token", async (request, reply) => {
    const reader = request.reader;
    if (!reader) return reply.redirect("/signin", 303);
    if (!csrfValid(reader, request.body)) return expired(request, reply);
    return mePage(request, reply, reader, { newToken: await newReaderToken(store, reader.id) });
  });

  app.post("/me/feed-key", async (request, reply) => {
    const reader = request.reader;
    if (!reader) return reply.redirect("/signin", 303);
    if (!csrfValid(reader, request.body)) return expired(request, reply);
    await newFeedKey(store, reader.id);
    return reply.redirect("/me#access", 303);
  });

  app.get("/me/export.json", async (request, reply) => {
    const reader = request.reader;
    if (!reader) return reply.redirect("/signin", 303);
    return reply
      .header("content-disposition", 'attachment; filename="cinemeter-my-data.json"')
      .send(await exportReaderData(store, reader.id));
  });

  app.post("/me/delete", async (request, reply) => {
    const reader = request.reader;
    if (!reader) return reply.redirect("/signin", 303);
    if (!csrfValid(reader, request.body)) return expired(request, reply);
    if ((request.body as Record<string, unknown>).confirm !== "yes")
      return mePage(
        request,
        reply,
        reader,
        { error: "Tick the box to confirm the deletion." },
        422,
      );
    const ratings = await deleteReader(store.db, reader.id);
    await signOutReader(store, request, reply);
    request.reader = null;
    return sendPage(
      request,
      reply,
      { title: "Deleted", path: "/me/delete" },
      context(request),
      <MessagePage
        title="Your data is deleted"
        message={`Your account, your ${ratings} ratings and your sessions are gone from this site.`}
      />,
    );
  });

  app.get("/me/critics", async (request, reply) => {
    const reader = request.reader;
    if (!reader) return reply.redirect("/signin", 303);
    const { ratedFilms, critics } = await criticsLikeReaderWithFilms(
      store,
      reader.id,
      CRITICS_SHOWN,
      await app.tasteRatings.current(),
    );
    return sendPage(
      request,
      reply,
      { title: "Critics like you", path: "/me/critics" },
      context(request),
      <CriticsLikeYouPage ratedFilms={ratedFilms} critics={critics} />,
    );
  });

  app.get("/me/films", async (request, reply) => {
    const reader = request.reader;
    if (!reader) return reply.redirect("/signin", 303);
    const predictions = await predictForReader(
      store,
      reader.id,
      { limit: PREDICTIONS_SHOWN },
      await app.tasteRatings.current(),
    );
    return sendPage(
      request,
      reply,
      { title: "Films you would like", path: "/me/films" },
      context(request),
      <FilmsForYouPage predictions={predictions} />,
    );
  });

  // A reader tells the admins what the site reads wrong in a review (commands/review-reports.ts).
  const reportPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    reader: SignedInReader,
    id: string,
    sent: { reason?: string; note?: string; error?: string } = {},
    status = 200,
  ) => {
    const review = await reviewWithLink(store.db, id);
    if (!review)
      return sendPage(
        request,
        reply,
        { title: "Not found", path: request.url },
        context(request),
        <MessagePage title="Not found" message="There is no such review." />,
        404,
      );
    const chosen = REPORT_REASONS.find((r) => r === sent.reason);
    return sendPage(
      request,
      reply,
      { title: "What is wrong with this review?", path: `/reviews/${seg(id)}/report` },
      context(request),
      <ReportReviewPage
        review={review}
        csrf={reader.csrf}
        {...(chosen ? { chosen } : {})}
        {...(sent.note ? { note: sent.note } : {})}
        {...(sent.error ? { error: sent.error } : {})}
      />,
      status,
    );
  };
  const ReviewParams = z.object({ id: z.string().min(1).max(200) });

  app.get("/reviews/:id/report", async (request, reply) => {
    const { id } = parseRequest(ReviewParams, request.params, "path");
    const reader = request.reader;
    if (!reader) return reply.redirect("/signin", 303);
    return reportPage(request, reply, reader, id);
  });

  app.post("/reviews/:id/report", { config: reportLimit }, async (request, reply) => {
    const { id } = parseRequest(ReviewParams, request.params, "path");
    const reader = request.reader;
    if (!reader) return reply.redirect("/signin", 303);
    if (!csrfValid(reader, request.body)) return expired(request, reply);
    const body = (request.body ?? {}) as Record<string, unknown>;
    const reason = typeof body.reason === "string" ? body.reason : "";
    const note = typeof body.note === "string" ? body.note : "";
    try {
      const { filmId } = await reportReview(store, reader.id, id, { reason, note });
      return sendPage(
        request,
        reply,
        { title: "Thank you", path: request.url },
        context(request),
        <ReportSentPage filmId={filmId} />,
      );
    } catch (error) {
      if (!(error instanceof CinemeterError) || error.status === 404) throw error;
      return reportPage(request, reply, reader, id, { reason, note, error: error.message }, 422);
    }
  });

  const expired = (request: FastifyRequest, reply: FastifyReply) =>
    sendPage(
      request,
      reply,
      { title: "Form expired", path: request.url },
      context(request),
      <MessagePage
        title="Form expired"
        message="The form expired; go back, reload the page and send it again."
      />,
      403,
    );
}

/**
 * Whether a form was sent from another site (its Origin is not this host): signing in or up
 * from elsewhere would sign the browser into someone else's account ("login CSRF"). A request
 * without an Origin (not a browser's form) is judged by the rest.
 */
function crossSite(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== request.headers.host;
  } catch {
    return true;
  }
}

/** A name and password from a form. */
function fields(body: unknown): { name: string; password: string } {
  const b = (body ?? {}) as Record<string, unknown>;
  return {
    name: typeof b.name === "string" ? b.name.trim() : "",
    password: typeof b.password === "string" ? b.password : "",
  };
}

/** The most reports one address sends in an hour. */
const REPORTS_PER_HOUR = 30;

/** After a report is sent: what happens next, and the way back to the film. */
function ReportSentPage({ filmId }: { filmId: string | null }) {
  return (
    <>
      <h1>Thank you</h1>
      <p>
        Your report is with the admins. They will read the review, then correct what the site reads
        wrong in it or leave it as it is.
      </p>
      <p>{filmId ? <a href={`/films/${seg(filmId)}#reviews`}>Back to the film</a> : null}</p>
    </>
  );
}

/** Whether a form's CSRF token is the reader's session's. */
function csrfValid(reader: SignedInReader, body: unknown): boolean {
  const submitted = ((body ?? {}) as Record<string, unknown>).csrf;
  return typeof submitted === "string" && safeEqual(submitted, reader.csrf);
}

/** A film's id from what a reader pastes: its address, its path, or the id itself. */
export function filmIdOf(given: string): string {
  const path = /\/films\/([^/?#\s]+)/.exec(given)?.[1];
  try {
    return decodeURIComponent(path ?? given.trim());
  } catch {
    return given.trim();
  }
}
