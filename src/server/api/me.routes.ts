import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { readerOfToken } from "../../commands/reader-accounts.js";
import {
  exportReaderData,
  importLetterboxdFeed,
  importRatingExports,
  rateFilm,
  resolveRating,
} from "../../commands/reader-ratings.js";
import {
  criticsLikeReaderWithFilms,
  predictFilmForReader,
  predictForReader,
} from "../../commands/reader-taste.js";
import { CinemeterError, EXIT } from "../../errors.js";
import { DEFAULT_LIMITS, nodeHttpClient } from "../../ingest/fetch/http-client.js";
import type { Store } from "../../store/db.js";
import type { ReaderAccount } from "../../store/reader-accounts.repository.js";
import { deleteReader, readerRatings } from "../../store/readers.repository.js";
import { parseRequest } from "../errors.js";

const Limit = z.object({ limit: z.coerce.number().int().min(1).max(200).default(25) });
const Predictions = Limit.extend({ film: z.string().min(1).max(200).optional() });
const Upload = z.object({
  csv: z
    .string()
    .min(1)
    .max(10 * 1024 * 1024),
  name: z.string().max(200).default("upload.csv"),
});
const Feed = z.object({ url: z.string().url().max(2000) });
const Link = z.object({ key: z.string().min(1).max(200), film: z.string().min(1).max(200) });
const Stars = z.object({ stars: z.number().nullable() });
const FilmId = z.object({ id: z.string().min(1).max(200) });

/**
 * /api/me: a reader's own ratings, matches and predictions, with the reader's token (made on
 * /me) as the bearer token — never the admin's, and never another reader's data.
 */
export function meRoutes(
  app: FastifyInstance,
  store: Store,
  options: { allowPrivateFeeds: boolean; writesPerMinute: number; feedReadsPerMinute: number },
): void {
  const writeLimit = { rateLimit: { max: options.writesPerMinute, timeWindow: 60_000 } };
  // Reading a feed makes this server fetch an address a reader gives: as often as a log-in.
  const feedLimit = { rateLimit: { max: options.feedReadsPerMinute, timeWindow: 60_000 } };
  const client = nodeHttpClient({ ...DEFAULT_LIMITS, allowPrivate: options.allowPrivateFeeds });
  const who = async (request: FastifyRequest): Promise<ReaderAccount> => {
    const token = /^Bearer\s+(\S{1,200})$/i.exec(request.headers.authorization ?? "")?.[1];
    const reader = token ? await readerOfToken(store, token) : null;
    if (!reader)
      throw new CinemeterError(
        "unauthorized",
        "a reader's API token is required (make one on /me) as the bearer token",
        401,
        EXIT.usage,
      );
    return reader;
  };

  app.get("/api/me", async (request, reply) => {
    const reader = await who(request);
    const ratings = await readerRatings(store.db, reader.id);
    reply.header("cache-control", "private, no-store");
    return {
      name: reader.name,
      createdAt: reader.createdAt,
      ratings: ratings.length,
      linked: ratings.filter((r) => r.film_id).length,
      letterboxdFeed: reader.letterboxdFeed,
    };
  });

  app.get("/api/me/ratings", async (request, reply) => {
    const reader = await who(request);
    reply.header("cache-control", "private, no-store");
    return (await exportReaderData(store, reader.id)).ratings;
  });

  app.post("/api/me/ratings", { config: writeLimit }, async (request) => {
    const reader = await who(request);
    const { csv, name } = parseRequest(Upload, request.body, "body");
    return importRatingExports(store, reader.id, [{ name, text: csv }]);
  });

  app.post("/api/me/letterboxd", { config: feedLimit }, async (request) => {
    const reader = await who(request);
    const { url } = parseRequest(Feed, request.body, "body");
    return importLetterboxdFeed(store, reader.id, url, client);
  });

  app.post("/api/me/ratings/link", { config: writeLimit }, async (request) => {
    const reader = await who(request);
    const { key, film } = parseRequest(Link, request.body, "body");
    await resolveRating(store, reader.id, key, film);
    return { key, filmId: film };
  });

  app.put("/api/me/films/:id/rating", { config: writeLimit }, async (request) => {
    const reader = await who(request);
    const { id } = parseRequest(FilmId, request.params, "path");
    const { stars } = parseRequest(Stars, request.body, "body");
    await rateFilm(store, reader.id, id, stars);
    return { filmId: id, stars };
  });

  app.get("/api/me/critics", async (request, reply) => {
    const reader = await who(request);
    const { limit } = parseRequest(Limit, request.query, "query");
    reply.header("cache-control", "private, no-store");
    return criticsLikeReaderWithFilms(store, reader.id, limit, await app.tasteRatings.current());
  });

  app.get("/api/me/predictions", async (request, reply) => {
    const reader = await who(request);
    const { limit, film } = parseRequest(Predictions, request.query, "query");
    reply.header("cache-control", "private, no-store");
    const ratings = await app.tasteRatings.current();
    if (film) return predictFilmForReader(store, reader.id, film, ratings);
    return predictForReader(store, reader.id, { limit }, ratings);
  });

  app.get("/api/me/export", async (request, reply) => {
    const reader = await who(request);
    reply.header("cache-control", "private, no-store");
    return exportReaderData(store, reader.id);
  });

  app.delete("/api/me", { config: writeLimit }, async (request) => {
    const reader = await who(request);
    return { deleted: true, ratings: await deleteReader(store.db, reader.id) };
  });
}
