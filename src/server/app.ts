import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance } from "fastify";
import { type Config, publicBaseUrl } from "../config.js";
import { DEFAULT_FEED_POLICY } from "../domain/feed-policy.js";
import { packageVersion } from "../package-root.js";
import type { Store } from "../store/db.js";
import { correctionRoutes } from "./api/corrections.routes.js";
import { filmRoutes } from "./api/films.routes.js";
import { meRoutes } from "./api/me.routes.js";
import { openApiDocument } from "./api/openapi.js";
import { peopleRoutes } from "./api/people.routes.js";
import { reviewRoutes } from "./api/reviews.routes.js";
import { registerErrorHandler } from "./errors.js";
import { registerEtags } from "./etag.js";
import { feedRoutes } from "./feeds/feeds.routes.js";
import { registerMetrics } from "./metrics.js";
import { NameDirectories } from "./name-directories.js";
import { ReviewSearch } from "./review-search.js";
import { TasteRatings } from "./taste-ratings.js";
import { assetRoutes } from "./web/assets.routes.js";
import { errorPage } from "./web/error-page.js";
import { registerReaderSessions } from "./web/reader-session.js";
import { registerSessions, Sessions } from "./web/session.js";
import { webRoutes } from "./web/web.routes.js";

/**
 * The HTTP server: the site's pages, the JSON API under /api (described at
 * /api/openapi.json), Atom feeds, sitemap.xml, /healthz and /metrics. Routes call
 * repositories' reads and commands' writes; nothing else.
 */
export function buildApp(
  store: Store,
  config: Pick<Config, "apiToken"> &
    Partial<
      Pick<
        Config,
        "feeds" | "allowPrivateFeeds" | "publicUrl" | "host" | "port" | "metrics" | "signUp"
      >
    >,
  options: {
    logger?: boolean;
    limits?: Partial<RequestLimits>;
    /**
     * Read the search's directories of names at once, in the background, so that the first
     * search does not wait for them (`cinemeter serve`; tests leave it).
     */
    warm?: boolean;
  } = {},
): FastifyInstance {
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: 1024 * 1024,
    // Parsed as plain JSON: such keys are then refused by name (422), never merged anywhere.
    onProtoPoisoning: "ignore",
    onConstructorPoisoning: "ignore",
  });
  const limits = { ...DEFAULT_REQUEST_LIMITS, ...options.limits };
  app.decorate(
    "publicOrigin",
    publicBaseUrl({
      publicUrl: config.publicUrl ?? null,
      host: config.host ?? "127.0.0.1",
      port: config.port ?? 3000,
    }),
  );
  // Per address, in process: the log-in form and API writes (routes opt in by their config).
  app.register(rateLimit, { global: false });
  // Uploads (a reader's ratings export): one file, read by the route that takes it.
  app.register(multipart, { limits: { files: 1, fields: 10, fileSize: 10 * 1024 * 1024 } });
  app.addHook("onSend", async (_request, reply) => {
    reply.header("x-content-type-options", "nosniff");
  });
  registerErrorHandler(app, errorPage);
  // Forms post application/x-www-form-urlencoded; read into a plain object of strings.
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 256 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  registerEtags(app);
  registerMetrics(app, store, { metrics: config.metrics ?? "loopback", apiToken: config.apiToken });
  const document = openApiDocument(packageVersion());
  app.get("/api/openapi.json", async () => document);
  app.get("/healthz", async () => {
    await store.db.selectFrom("films").select("id").limit(1).execute();
    return { status: "ok", store: store.dialect };
  });
  const sessions = new Sessions(config.apiToken, store);
  registerSessions(app, sessions);
  registerReaderSessions(app, store);
  app.decorate("tasteRatings", new TasteRatings(store));
  // Routes go in after the rate limiter has loaded, so that their limits take.
  app.register(async (routes) => {
    // The names search looks in, shared by the site's and the API's searches and lists.
    const names = new NameDirectories(store);
    if (options.warm) names.warm();
    // The reviews a search finds, recent queries' answers kept: shared the same way.
    const reviewSearch = new ReviewSearch(store);
    filmRoutes(routes, store);
    peopleRoutes(routes, store, names);
    reviewRoutes(routes, store, names, reviewSearch, config, limits.writesPerMinute);
    correctionRoutes(routes, store, config, limits.writesPerMinute);
    assetRoutes(routes);
    webRoutes(routes, store, names, reviewSearch, sessions, {
      feedPolicy: config.feeds ?? DEFAULT_FEED_POLICY,
      allowPrivateFeeds: config.allowPrivateFeeds ?? false,
      logInsPerMinute: limits.logInsPerMinute,
      signUpOpen: (config.signUp ?? "open") === "open",
    });
    meRoutes(routes, store, {
      allowPrivateFeeds: config.allowPrivateFeeds ?? false,
      writesPerMinute: limits.writesPerMinute,
      feedReadsPerMinute: limits.logInsPerMinute,
    });
    feedRoutes(routes, store);
  });
  return app;
}

/** How many requests one address may make a minute, by kind. */
export interface RequestLimits {
  /** Log-in attempts (POST /login, /signin, /signup), right or wrong; and readers' feed reads. */
  logInsPerMinute: number;
  /** API writes (POST /api/reviews). */
  writesPerMinute: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = { logInsPerMinute: 10, writesPerMinute: 120 };
