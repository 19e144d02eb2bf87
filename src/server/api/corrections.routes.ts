import type { FastifyInstance } from "fastify";
import { z } from "zod";
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
import type { Config } from "../../config.js";
import { ASPECT_NAMES } from "../../domain/analysis.js";
import { errors } from "../../errors.js";
import { listAudit } from "../../store/audit.repository.js";
import type { Store } from "../../store/db.js";
import { checksListing, listReviews, reviewWithLink } from "../../store/reviews.repository.js";
import { parseRequest } from "../errors.js";
import { Paging } from "../paging.js";
import { authorize } from "./authorize.js";

/** The audit log's name for whoever holds the API token. */
export const API_ACTOR = "api token";

const Id = z.object({ id: z.string().min(1).max(200) });
const Year = z.number().int().min(1870).max(2200);
const FilmEdit = z
  .object({ title: z.string().trim().min(1).max(300).optional(), year: Year.nullable().optional() })
  .refine((b) => b.title !== undefined || b.year !== undefined, "give a title, a year or both");
const Merge = z.object({ into: z.string().min(1).max(200) });
const ReviewIds = z.array(z.string().min(1).max(200)).min(1).max(10_000);
const Move = z.object({ reviews: ReviewIds, film: z.string().min(1).max(200) });
const Split = z.object({
  reviews: ReviewIds,
  title: z.string().trim().min(1).max(300),
  year: Year.nullable().default(null),
});
/** An admin's verdict for a review ("positive" fresh, "negative" rotten), or null to take it back. */
const VerdictSet = z.object({ verdict: z.enum(["positive", "negative"]).nullable() });
const ChecksQuery = Paging.extend({
  list: z.enum(["flagged", "unsure", "reported"]).default("flagged"),
  /** With list=unsure: one film's verdicts alone. */
  film: z.string().min(1).max(200).optional(),
});
/**
 * An admin's word on some aspects of a review: each named aspect praise ("positive"), a
 * complaint ("negative"), not judged ("none"), or null to take it back (as the review reads).
 */
const AspectsSet = z.object({
  aspects: z.partialRecord(
    z.enum(ASPECT_NAMES),
    z.enum(["positive", "negative", "none"]).nullable(),
  ),
});
const QuoteSet = z.object({ quote: z.string().max(2000).nullable() });
const AuditQuery = z.object({
  target: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/**
 * Corrections through the API, each with the bearer token, each written to the audit log
 * (GET /api/audit) and undoable (POST /api/audit/:id/undo): PATCH /api/films/:id (title,
 * year), POST /api/films/:id/merge, POST /api/reviews/move, POST /api/reviews/split,
 * DELETE /api/reviews/:id, POST /api/reviews/:id/verdict (an admin's verdict, or null),
 * POST /api/reviews/:id/aspects (an admin's word on some of its aspects),
 * POST /api/imports/:id/undo. GET /api/reviews/:id shows why a review is on its film, and
 * GET /api/checks (with the token) lists the reviews to check, as /admin/checks does.
 */
export function correctionRoutes(
  app: FastifyInstance,
  store: Store,
  config: Pick<Config, "apiToken">,
  writesPerMinute: number,
): void {
  const write = { config: { rateLimit: { max: writesPerMinute, timeWindow: 60_000 } } };

  app.get("/api/reviews/:id", async (request) => {
    const { id } = parseRequest(Id, request.params, "path");
    const review = await reviewWithLink(store.db, id);
    if (!review) throw errors.notFound(`review ${id}`);
    return review;
  });

  // What its text's reading rests on, as its admin page shows it: with the token, since it
  // reads the text again up to 60 times (rate-limited as writes are).
  app.get("/api/reviews/:id/evidence", write, async (request) => {
    authorize(request, config);
    const { id } = parseRequest(Id, request.params, "path");
    const review = await reviewWithLink(store.db, id);
    if (!review) throw errors.notFound(`review ${id}`);
    return { evidence: readingEvidence(review.text) };
  });

  app.patch("/api/films/:id", write, async (request) => {
    authorize(request, config);
    const { id } = parseRequest(Id, request.params, "path");
    const body = parseRequest(FilmEdit, request.body ?? {}, "body");
    return editFilm(store, API_ACTOR, id, {
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.year !== undefined ? { year: body.year } : {}),
    });
  });

  app.post("/api/films/:id/merge", write, async (request) => {
    authorize(request, config);
    const { id } = parseRequest(Id, request.params, "path");
    const { into } = parseRequest(Merge, request.body ?? {}, "body");
    return mergeFilm(store, API_ACTOR, id, into);
  });

  app.post("/api/reviews/move", write, async (request) => {
    authorize(request, config);
    const { reviews, film } = parseRequest(Move, request.body ?? {}, "body");
    return moveReviewsTo(store, API_ACTOR, reviews, film);
  });

  app.post("/api/reviews/split", write, async (request) => {
    authorize(request, config);
    const { reviews, title, year } = parseRequest(Split, request.body ?? {}, "body");
    return splitReviews(store, API_ACTOR, reviews, { title, year });
  });

  app.delete("/api/reviews/:id", write, async (request) => {
    authorize(request, config);
    const { id } = parseRequest(Id, request.params, "path");
    return deleteReview(store, API_ACTOR, id);
  });

  app.post("/api/reviews/:id/verdict", write, async (request) => {
    authorize(request, config);
    const { id } = parseRequest(Id, request.params, "path");
    const { verdict } = parseRequest(VerdictSet, request.body ?? {}, "body");
    return setReviewVerdict(store, API_ACTOR, id, verdict);
  });

  app.post("/api/reviews/:id/aspects", write, async (request) => {
    authorize(request, config);
    const { id } = parseRequest(Id, request.params, "path");
    const { aspects } = parseRequest(AspectsSet, request.body ?? {}, "body");
    return setReviewAspects(store, API_ACTOR, id, aspects);
  });

  app.post("/api/reviews/:id/quote", write, async (request) => {
    authorize(request, config);
    const { id } = parseRequest(Id, request.params, "path");
    const { quote } = parseRequest(QuoteSet, request.body ?? {}, "body");
    return setReviewQuote(store, API_ACTOR, id, quote);
  });

  app.post("/api/reviews/:id/reports/dismiss", write, async (request) => {
    authorize(request, config);
    const { id } = parseRequest(Id, request.params, "path");
    return dismissReports(store, API_ACTOR, id);
  });

  app.post("/api/imports/:id/undo", write, async (request) => {
    authorize(request, config);
    const { id } = parseRequest(Id, request.params, "path");
    return undoImport(store, API_ACTOR, id);
  });

  // An admin's work lists: the reviews whose analysis flags what does not add up, newest
  // first; (list=unsure) the verdicts read rather than given, least sure first; (list=reported)
  // the reviews readers reported, each with their open reports.
  app.get("/api/checks", async (request) => {
    authorize(request, config);
    const q = parseRequest(ChecksQuery, request.query, "query");
    const { filter, sort } = checksListing(q.list, q.film ?? null);
    return listReviews(store, filter, { after: q.cursor ?? null, limit: q.limit, sort });
  });

  // The log names who did what (a session's hash, a command-line user): for admins, as the
  // site's /admin/audit is.
  app.get("/api/audit", async (request) => {
    authorize(request, config);
    const q = parseRequest(AuditQuery, request.query, "query");
    return {
      entries: await listAudit(store.db, {
        ...(q.target ? { target: q.target } : {}),
        limit: q.limit,
      }),
    };
  });

  app.post("/api/audit/:id/undo", write, async (request) => {
    authorize(request, config);
    const { id } = parseRequest(Id, request.params, "path");
    return undo(store, API_ACTOR, id);
  });
}
