import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { reviewsByMatchedCritics } from "../../commands/reader-taste.js";
import { filmName } from "../../domain/film.js";
import { errors } from "../../errors.js";
import { xmlText } from "../../ingest/xml.js";
import type { Store } from "../../store/db.js";
import { currentFilmId } from "../../store/film-linking.repository.js";
import { getFilm, listFilms } from "../../store/films.repository.js";
import { readerBy } from "../../store/reader-accounts.repository.js";
import { listReviews, type ReviewFilter } from "../../store/reviews.repository.js";
import { getSource } from "../../store/sources.repository.js";
import { parseRequest } from "../errors.js";
import { originOf } from "../web/render.js";
import { atomFeed } from "./atom.js";

const Id = z.object({ id: z.string().min(1).max(200) });
const FEED_ENTRIES = 50;
const SITEMAP_FILMS = 40_000;

/** Atom feeds — new reviews, a film's, a critic's — and sitemap.xml. */
export function feedRoutes(app: FastifyInstance, store: Store): void {
  const send = async (
    request: FastifyRequest,
    filter: ReviewFilter,
    title: string,
    alternatePath: string,
  ) => {
    const origin = originOf(request);
    const { reviews } = await listReviews(store, filter, { limit: FEED_ENTRIES });
    return atomFeed({
      self: origin + request.url.split("?")[0],
      alternate: origin + alternatePath,
      title,
      reviews,
      reviewLink: (r) => (r.filmId ? `${origin}/films/${encodeURIComponent(r.filmId)}` : origin),
    });
  };

  // A reader's private feed: new reviews by the critics who match them. Its address is its
  // only key (feed readers send no credentials), made and replaced by the reader on /me.
  app.get("/feeds/for/:file", async (request, reply) => {
    const { file } = parseRequest(z.object({ file: z.string().max(100) }), request.params, "path");
    const reader = file.endsWith(".atom")
      ? await readerBy(store.db, "feed_key", file.slice(0, -5))
      : null;
    if (!reader) throw errors.notFound("feed");
    const origin = originOf(request);
    const reviews = await reviewsByMatchedCritics(
      store,
      reader.id,
      FEED_ENTRIES,
      await app.tasteRatings.current(),
    );
    return reply
      .type("application/atom+xml; charset=utf-8")
      .header("cache-control", "private, no-store")
      .header("x-robots-tag", "noindex")
      .send(
        atomFeed({
          self: origin + request.url.split("?")[0],
          alternate: `${origin}/me/critics`,
          title: "Cinemeter: new reviews by critics like you",
          reviews,
          reviewLink: (r) =>
            r.filmId ? `${origin}/films/${encodeURIComponent(r.filmId)}` : origin,
        }),
      );
  });

  app.get("/feeds/reviews.atom", async (request, reply) =>
    reply
      .type("application/atom+xml; charset=utf-8")
      .send(await send(request, {}, "Cinemeter: new reviews", "/")),
  );

  app.get("/films/:id/feed.atom", async (request, reply) => {
    const { id } = parseRequest(Id, request.params, "path");
    const film = await getFilm(store.db, id);
    if (!film) {
      const moved = await currentFilmId(store.db, id);
      if (!moved) throw errors.notFound(`film ${id}`);
      return reply
        .header("cache-control", "no-cache")
        .redirect(`/films/${encodeURIComponent(moved)}/feed.atom`, 301);
    }
    const name = filmName(film);
    return reply
      .type("application/atom+xml; charset=utf-8")
      .send(
        await send(
          request,
          { filmId: id },
          `Reviews of ${name}`,
          `/films/${encodeURIComponent(id)}`,
        ),
      );
  });

  app.get("/critics/:id/feed.atom", async (request, reply) => {
    const { id } = parseRequest(Id, request.params, "path");
    const critic = await getSource(store, "critic", id);
    if (!critic) throw errors.notFound(`critic ${id}`);
    return reply
      .type("application/atom+xml; charset=utf-8")
      .send(
        await send(
          request,
          { criticId: id },
          `Reviews by ${critic.name}`,
          `/critics/${encodeURIComponent(id)}`,
        ),
      );
  });

  app.get("/sitemap.xml", async (request, reply) => {
    const origin = originOf(request);
    const films = await listFilms(store.db, { sort: "reviews", limit: SITEMAP_FILMS });
    const urls = [
      ...["/", "/films", "/critics", "/outlets", "/about"].map((path) => origin + path),
      ...films.map((f) => `${origin}/films/${encodeURIComponent(f.id)}`),
    ];
    const body = `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls.map((u) => `  <url><loc>${xmlText(u)}</loc></url>`).join("\n")}
</urlset>
`;
    return reply.type("application/xml; charset=utf-8").send(body);
  });
}
