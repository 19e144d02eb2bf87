import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { addReview } from "../../commands/add-review.js";
import type { Config } from "../../config.js";
import { errors } from "../../errors.js";
import { reviewInputProblem } from "../../ingest/fields.js";
import { reviewFromJson } from "../../ingest/jsonl/adapter.js";
import type { Store } from "../../store/db.js";
import { parseRequest } from "../errors.js";
import type { NameDirectories } from "../name-directories.js";
import type { ReviewSearch } from "../review-search.js";
import { siteSearch } from "../site-search.js";
import { authorize } from "./authorize.js";

const Search = z.object({
  q: z.string().trim().min(1, "is required").max(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** POST /api/reviews and GET /api/search. */
export function reviewRoutes(
  app: FastifyInstance,
  store: Store,
  names: NameDirectories,
  reviewSearch: ReviewSearch,
  config: Pick<Config, "apiToken">,
  writesPerMinute: number,
): void {
  const writeLimit = { rateLimit: { max: writesPerMinute, timeWindow: 60_000 } };
  app.post("/api/reviews", { config: writeLimit }, async (request, reply) => {
    authorize(request, config);
    const read = reviewFromJson(request.body);
    if ("error" in read) throw errors.unprocessable("body", read.error);
    const problem = reviewInputProblem(read.input);
    if (problem) throw errors.unprocessable(problem.field, problem.message);
    const { analysis, duplicate, filmId, id } = await addReview(store, read.input);
    if (filmId) reply.header("location", `/api/films/${encodeURIComponent(filmId)}/reviews`);
    return reply.code(duplicate ? 200 : 201).send({ id, filmId, duplicate, analysis });
  });

  app.get("/api/search", async (request) => {
    const { q, limit } = parseRequest(Search, request.query, "query");
    const { films, people, sources, reviews } = await siteSearch(names, reviewSearch, q, {
      names: limit,
      films: limit,
      reviews: limit,
    });
    return { films, people, sources, reviews };
  });
}
