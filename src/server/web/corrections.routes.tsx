import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TextEvidence } from "../../analyze/model/text-evidence.js";
import { quoteCandidates } from "../../analyze/quote/admin-quote.js";
import { readingEvidence } from "../../commands/analyze-reviews.js";
import {
  deleteReview,
  editFilm,
  mergeFilm,
  moveReviewsTo,
  setReviewAspects,
  setReviewQuote,
  setReviewVerdict,
  splitReviews,
  undo,
  undoImport,
} from "../../commands/corrections.js";
import { dismissReports } from "../../commands/review-reports.js";
import { type AdminAspect, ASPECT_NAMES, type AspectName } from "../../domain/analysis.js";
import type { ChecksList } from "../../domain/checks.js";
import { filmName } from "../../domain/film.js";
import { CinemeterError, errors } from "../../errors.js";
import { listAudit } from "../../store/audit.repository.js";
import type { Store } from "../../store/db.js";
import { filmSummariesOf } from "../../store/films.repository.js";
import { countReportedReviews, openReportsOf } from "../../store/review-reports.repository.js";
import {
  checksListing,
  countFlaggedReviews,
  countReadVerdicts,
  listReviews,
  reviewWithLink,
  shortReviewTexts,
} from "../../store/reviews.repository.js";
import { seg } from "./format.js";
import { AuditPage } from "./pages/audit.js";
import { ChecksPage } from "./pages/checks.js";
import { MessagePage } from "./pages/message.js";
import { OTHER_WORDS, ReviewAdminPage } from "./pages/review-admin.js";
import { type PageContext, sendPage } from "./render.js";
import type { Sessions } from "./session.js";

/** Entries on one page of the audit log. */
const AUDIT_PAGE = 30;
/** Reviews on one page of the reviews to check. */
const CHECKS_PAGE = 30;
/** The list of verdicts read rather than given, least sure first. */
const UNSURE_LIST = "/admin/checks?list=unsure";
/** The reviews readers reported, which dismissing their reports comes back to. */
const REPORTED_LIST = "/admin/checks?list=reported";
/** The verdicts the checks page counts as unsure: less likely right than this. */
const UNSURE_BELOW = 0.6;
/** The longest text whose evidence the least sure list shows on its card. */
const INLINE_EVIDENCE_CHARS = 600;

/** The audit log's name for an admin session: a short hash, never the session's id. */
export function sessionActor(session: string): string {
  return `admin session ${createHash("sha256").update(session).digest("hex").slice(0, 8)}`;
}

/**
 * The admin's corrections on the site, behind the log-in and each form's CSRF token: edit or
 * merge a film, move, split off or delete a review, set the verdict a review counts as, undo
 * an import, the reviews to check (/admin/checks), and the audit log
 * (/admin/audit) where any of them is undone.
 */
export function correctionPages(
  app: FastifyInstance,
  store: Store,
  sessions: Sessions,
  context: (request: FastifyRequest) => PageContext,
): void {
  const message = (
    request: FastifyRequest,
    reply: FastifyReply,
    title: string,
    text: string,
    status: number,
  ) =>
    sendPage(
      request,
      reply,
      { title, path: request.url },
      context(request),
      <MessagePage title={title} message={text} />,
      status,
    );

  /** Runs a correction for a logged-in admin whose form carries a valid CSRF token. */
  const correction =
    (work: (request: FastifyRequest, form: Form, actor: string) => Promise<string>) =>
    async (request: FastifyRequest, reply: FastifyReply) => {
      const session = request.adminSession;
      if (!session) return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
      const form = formOf(request.body);
      if (!sessions.csrfValid(session, form.raw.csrf))
        return message(
          request,
          reply,
          "Not changed",
          "The form expired; please submit it again from a fresh page.",
          403,
        );
      try {
        return reply.redirect(await work(request, form, sessionActor(session)), 303);
      } catch (error) {
        if (!(error instanceof CinemeterError)) throw error;
        return message(
          request,
          reply,
          "Not changed",
          error.message,
          error.status >= 400 && error.status < 500 ? error.status : 400,
        );
      }
    };
  const params = (request: FastifyRequest) => request.params as { id: string };

  app.post(
    "/admin/films/:id/edit",
    correction(async (request, form, actor) => {
      const year = form.year();
      const { target } = await editFilm(store, actor, params(request).id, {
        title: form.text("title"),
        year,
      });
      return `/films/${seg(target)}`;
    }),
  );

  app.post(
    "/admin/films/:id/merge",
    correction(async (request, form, actor) => {
      const { target } = await mergeFilm(store, actor, params(request).id, form.text("into"));
      return `/films/${seg(target)}`;
    }),
  );

  app.get("/admin/reviews/:id", async (request, reply) => {
    const session = request.adminSession;
    if (!session) return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
    const review = await reviewWithLink(store.db, params(request).id);
    if (!review) return message(request, reply, "Not found", "There is no such review.", 404);
    return sendPage(
      request,
      reply,
      { title: "Why this film?", path: request.url },
      context(request),
      <ReviewAdminPage
        review={review}
        evidence={readingEvidence(review.text)}
        sentences={quoteCandidates(review.text)}
        reports={(await openReportsOf(store.db, [review.id])).get(review.id) ?? []}
        csrf={sessions.csrfToken(session)}
      />,
    );
  });

  app.post(
    "/admin/reviews/:id/move",
    correction(async (request, form, actor) => {
      const { target } = await moveReviewsTo(store, actor, [params(request).id], form.text("film"));
      return `/films/${seg(target)}`;
    }),
  );

  app.post(
    "/admin/reviews/:id/split",
    correction(async (request, form, actor) => {
      const { target } = await splitReviews(store, actor, [params(request).id], {
        title: form.text("title"),
        year: form.year(),
      });
      return `/films/${seg(target)}`;
    }),
  );

  app.post(
    "/admin/reviews/:id/aspects",
    correction(async (request, form, actor) => {
      // Each aspect's choice: as the review reads ("read": an admin's word taken back),
      // praise, a complaint, or not judged; an aspect the form leaves out stays as it is.
      const changes: Partial<Record<AspectName, AdminAspect | null>> = {};
      for (const aspect of ASPECT_NAMES) {
        const chosen = form.text(aspect);
        if (chosen === "") continue;
        if (
          chosen !== "read" &&
          chosen !== "positive" &&
          chosen !== "negative" &&
          chosen !== "none"
        )
          throw errors.unprocessable(
            aspect,
            "choose as the review reads, praise, a complaint, or not judged",
          );
        changes[aspect] = chosen === "read" ? null : chosen;
      }
      const { id } = params(request);
      await setReviewAspects(store, actor, id, changes);
      return `/admin/reviews/${seg(id)}`;
    }),
  );

  app.post(
    "/admin/reviews/:id/reports/dismiss",
    correction(async (request, _form, actor) => {
      await dismissReports(store, actor, params(request).id);
      return REPORTED_LIST;
    }),
  );

  app.post(
    "/admin/reviews/:id/quote",
    correction(async (request, form, actor) => {
      // One of the review's sentences, other words of it typed in ("words"), or "read": the
      // quote an admin chose taken back.
      const chosen = form.text("quote");
      const words = chosen === OTHER_WORDS ? form.text("words") : chosen;
      if (words === "")
        throw errors.unprocessable(
          "quote",
          chosen === OTHER_WORDS
            ? "type the words of the review to quote"
            : "choose a sentence to quote, other words of the review, or as its reading chooses",
        );
      const { id } = params(request);
      await setReviewQuote(store, actor, id, words === "read" ? null : words);
      return `/admin/reviews/${seg(id)}`;
    }),
  );

  app.post(
    "/admin/reviews/:id/verdict",
    correction(async (request, form, actor) => {
      const chosen = form.text("verdict");
      if (chosen !== "positive" && chosen !== "negative" && chosen !== "none")
        throw errors.unprocessable("verdict", "choose Fresh, Rotten, or as the review reads");
      const { id } = params(request);
      await setReviewVerdict(store, actor, id, chosen === "none" ? null : chosen);
      // Back to the reviews to check when it was settled there; else to the review's page.
      const back = form.text("back");
      return back === "/admin/checks" || back.startsWith(UNSURE_LIST)
        ? back
        : `/admin/reviews/${seg(id)}`;
    }),
  );

  app.post(
    "/admin/reviews/:id/delete",
    correction(async (request, _form, actor) => {
      await deleteReview(store, actor, params(request).id);
      return "/admin/audit";
    }),
  );

  app.post(
    "/admin/imports/:id/undo",
    correction(async (request, _form, actor) => {
      await undoImport(store, actor, params(request).id);
      return "/admin/audit";
    }),
  );

  // Three lists: the reviews whose analysis flags what does not add up, newest first,
  // (?list=unsure) the verdicts read rather than given, least sure first, and (?list=reported)
  // the reviews readers reported that no admin has settled, each with their reports.
  app.get("/admin/checks", async (request, reply) => {
    const session = request.adminSession;
    const query = request.query as { cursor?: unknown; list?: unknown; film?: unknown };
    const list: ChecksList =
      query.list === "unsure" || query.list === "reported" ? query.list : "flagged";
    // The least sure of one film's verdicts (its page links here).
    const filmId = list === "unsure" && typeof query.film === "string" ? query.film : null;
    const path =
      list === "flagged"
        ? "/admin/checks"
        : list === "reported"
          ? REPORTED_LIST
          : `${UNSURE_LIST}${filmId ? `&film=${encodeURIComponent(filmId)}` : ""}`;
    if (!session) return reply.redirect(`/login?next=${encodeURIComponent(path)}`, 303);
    const { filter, sort } = checksListing(list, filmId);
    const page = await listReviews(store, filter, {
      after: typeof query.cursor === "string" ? query.cursor : null,
      limit: CHECKS_PAGE,
      sort,
    });
    const [film] = filmId ? await filmSummariesOf(store.db, [filmId]) : [];
    // The least sure, each with the words its reading rests on where its text is short (a
    // snippet's costs a few ms; a longer one's, on its own page).
    const evidence = new Map<string, TextEvidence>();
    if (list === "unsure")
      for (const [id, text] of await shortReviewTexts(
        store.db,
        page.reviews.map((r) => r.id),
        INLINE_EVIDENCE_CHARS,
      )) {
        const found = readingEvidence(text);
        if (found?.unit === "word") evidence.set(id, found);
      }
    return sendPage(
      request,
      reply,
      { title: list === "unsure" ? "Least sure verdicts" : "Reviews to check", path },
      context(request),
      <ChecksPage
        list={list}
        here={path}
        film={film ? { id: film.id, name: filmName(film), read: film.readVerdicts.count } : null}
        reviews={page.reviews}
        evidence={evidence}
        next={page.next}
        flagged={await countFlaggedReviews(store.db)}
        read={{ ...(await countReadVerdicts(store.db, UNSURE_BELOW)), below: UNSURE_BELOW }}
        reported={await countReportedReviews(store.db)}
        csrf={sessions.csrfToken(session)}
      />,
    );
  });

  app.get("/admin/audit", async (request, reply) => {
    const session = request.adminSession;
    if (!session) return reply.redirect("/login?next=/admin/audit", 303);
    const page = Math.max(
      0,
      Math.min(10_000, Number((request.query as { page?: string }).page) || 0),
    );
    const entries = await listAudit(store.db, { limit: AUDIT_PAGE + 1, offset: page * AUDIT_PAGE });
    return sendPage(
      request,
      reply,
      { title: "Audit log", path: "/admin/audit" },
      context(request),
      <AuditPage
        entries={entries.slice(0, AUDIT_PAGE)}
        csrf={sessions.csrfToken(session)}
        page={page}
        more={entries.length > AUDIT_PAGE}
      />,
    );
  });

  app.post(
    "/admin/audit/:id/undo",
    correction(async (request, _form, actor) => {
      await undo(store, actor, params(request).id);
      return "/admin/audit";
    }),
  );
}

/** A submitted form's fields. */
interface Form {
  raw: Record<string, unknown>;
  text(name: string): string;
  /** The year field: a year, or null when empty; a CinemeterError when it is not a year. */
  year(): number | null;
}

function formOf(body: unknown): Form {
  const raw = (body ?? {}) as Record<string, unknown>;
  const text = (name: string) =>
    typeof raw[name] === "string" ? (raw[name] as string).trim() : "";
  return {
    raw,
    text,
    year: () => {
      const value = text("year");
      if (value === "") return null;
      if (!/^\d{4}$/.test(value)) throw errors.unprocessable("year", "a year is four digits");
      return Number(value);
    },
  };
}
