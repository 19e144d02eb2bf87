import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { addReview } from "../../commands/add-review.js";
import type { Config } from "../../config.js";
import { CinemeterError, EXIT, errors } from "../../errors.js";
import { reviewFromJson } from "../../ingest/jsonl/adapter.js";
import type { Store } from "../../store/db.js";
import { searchFilms } from "../../store/films.repository.js";
import { searchReviews } from "../../store/reviews.repository.js";
import { parseRequest } from "../errors.js";

const Search = z.object({
  q: z.string().trim().min(1, "is required").max(200),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** Refuses a write without the configured bearer token (or when none is configured). */
function authorize(request: FastifyRequest, config: Pick<Config, "apiToken">): void {
  if (!config.apiToken) {
    throw new CinemeterError(
      "writes_disabled",
      "this server takes no writes: set CINEMETER_API_TOKEN",
      403,
      EXIT.usage,
    );
  }
  const given = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? "")?.[1] ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(config.apiToken);
  if (a.length !== b.length || !timingSafeEqual(a, b)) {
    throw new CinemeterError(
      "unauthorized",
      "a valid bearer token is required to write",
      401,
      EXIT.usage,
    );
  }
}

/** POST /api/reviews and GET /api/search. */
export function reviewRoutes(
  app: FastifyInstance,
  store: Store,
  config: Pick<Config, "apiToken">,
): void {
  app.post("/api/reviews", async (request, reply) => {
    authorize(request, config);
    const read = reviewFromJson(request.body);
    if ("error" in read) throw errors.invalidInput("body", read.error);
    const { analysis, duplicate } = await addReview(store, read.input);
    return reply.code(duplicate ? 200 : 201).send({ duplicate, analysis });
  });

  app.get("/api/search", async (request) => {
    const { q, limit } = parseRequest(Search, request.query, "query");
    const films = await searchFilms(store, q, limit);
    const reviews = await searchReviews(store, q, limit);
    return { films, reviews };
  });
}
