import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { ASPECT_NAMES } from "../../domain/analysis.js";
import { errors } from "../../errors.js";
import type { Store } from "../../store/db.js";
import { currentFilmId } from "../../store/film-linking.repository.js";
import { countDoubtedRatings, getFilm, listFilms } from "../../store/films.repository.js";
import { listReviews } from "../../store/reviews.repository.js";
import { parseRequest } from "../errors.js";
import { offsetOf, offsetPage, Paging, queryOf } from "../paging.js";

const FilmList = Paging.extend({
  sort: z.enum(["score", "positive", "mean", "reviews", "newest", "recent"]).default("score"),
  year: z.coerce.number().int().min(1800).max(2200).optional(),
  decade: z.coerce
    .number()
    .int()
    .min(1800)
    .max(2200)
    .refine((d) => d % 10 === 0, "a decade's first year, e.g. 1990")
    .optional(),
  genre: z.string().trim().min(1).max(60).optional(),
  band: z.enum(["acclaim", "favorable", "mixed", "unfavorable", "dislike"]).optional(),
  badge: z.enum(["true", "false"]).optional(),
  minReviews: z.coerce.number().int().min(1).max(100_000).default(1),
});
const Id = z.object({ id: z.string().min(1).max(200) });
const ReviewList = Paging.extend({
  top: z.enum(["true", "false"]).optional(),
  verdict: z.enum(["positive", "negative"]).optional(),
  rated: z.enum(["true", "false"]).optional(),
  sort: z.enum(["added", "date", "score", "lowest"]).default("added"),
  // The reviews that judge an aspect so, each with the words that judge it (both or neither).
  aspect: z.enum(ASPECT_NAMES).optional(),
  side: z.enum(["positive", "negative"]).optional(),
});

/** GET /api/films, /api/films/:id, /api/films/:id/reviews. */
export function filmRoutes(app: FastifyInstance, store: Store): void {
  app.get("/api/films", async (request) => {
    const q = parseRequest(FilmList, request.query, "query");
    const offset = offsetOf(q.cursor);
    const filters = {
      ...(q.year !== undefined ? { year: q.year } : {}),
      ...(q.decade !== undefined ? { decade: q.decade } : {}),
      ...(q.genre ? { genre: q.genre } : {}),
      ...(q.band ? { band: q.band } : {}),
      ...(q.badge === "true" ? { badge: true } : {}),
    };
    if (q.sort === "recent" && (Object.keys(filters).length > 0 || q.minReviews > 1))
      throw errors.invalidInput("query.sort", "sort=recent takes no filters; use sort=newest");
    const { rows, next } = offsetPage(
      await listFilms(store.db, {
        sort: q.sort,
        filters,
        minReviews: q.minReviews,
        offset,
        limit: q.limit + 1,
      }),
      offset,
      q.limit,
    );
    return { films: rows, next };
  });

  // A merged film's id answers 301 with the film it became.
  const movedTo = async (id: string, request: FastifyRequest, reply: FastifyReply, tail = "") => {
    const moved = await currentFilmId(store.db, id);
    if (!moved || moved === id) throw errors.notFound(`film ${id}`);
    // Permanent, but a merge can be undone: clients ask again rather than keep it forever.
    return reply
      .header("cache-control", "no-cache")
      .redirect(`/api/films/${encodeURIComponent(moved)}${tail}${queryOf(request.url)}`, 301);
  };

  app.get("/api/films/:id", async (request, reply) => {
    const { id } = parseRequest(Id, request.params, "path");
    // (Side by side: on PostgreSQL, on separate pooled connections.)
    const [film, doubtedRatings] = await Promise.all([
      getFilm(store.db, id),
      countDoubtedRatings(store.db, id),
    ]);
    if (!film) return movedTo(id, request, reply);
    return { ...film, doubtedRatings };
  });

  app.get("/api/films/:id/reviews", async (request, reply) => {
    const { id } = parseRequest(Id, request.params, "path");
    const q = parseRequest(ReviewList, request.query, "query");
    if ((q.aspect === undefined) !== (q.side === undefined))
      throw errors.invalidInput(
        q.aspect ? "query.side" : "query.aspect",
        "aspect and side go together: aspect=acting&side=negative lists the reviews that fault the acting",
      );
    if (!(await getFilm(store.db, id))) return movedTo(id, request, reply, "/reviews");
    return listReviews(
      store,
      {
        filmId: id,
        ...(q.top === "true" ? { topOnly: true } : {}),
        ...(q.verdict ? { verdict: q.verdict } : {}),
        ...(q.rated === "true" ? { ratedOnly: true } : {}),
        ...(q.aspect && q.side ? { aspect: { name: q.aspect, polarity: q.side } } : {}),
      },
      { after: q.cursor ?? null, limit: q.limit, sort: q.sort },
    );
  });
}
