import Fastify, { type FastifyInstance } from "fastify";
import type { Config } from "../config.js";
import { DEFAULT_FEED_POLICY } from "../domain/feed-policy.js";
import { packageVersion } from "../package-root.js";
import type { Store } from "../store/db.js";
import { filmRoutes } from "./api/films.routes.js";
import { openApiDocument } from "./api/openapi.js";
import { peopleRoutes } from "./api/people.routes.js";
import { reviewRoutes } from "./api/reviews.routes.js";
import { registerErrorHandler } from "./errors.js";
import { registerEtags } from "./etag.js";
import { feedRoutes } from "./feeds/feeds.routes.js";
import { registerMetrics } from "./metrics.js";
import { assetRoutes } from "./web/assets.routes.js";
import { errorPage } from "./web/error-page.js";
import { Sessions } from "./web/session.js";
import { webRoutes } from "./web/web.routes.js";

/**
 * The HTTP server: the site's pages, the JSON API under /api (described at
 * /api/openapi.json), Atom feeds, sitemap.xml, /healthz and /metrics. Routes call
 * repositories' reads and commands' writes; nothing else.
 */
export function buildApp(
  store: Store,
  config: Pick<Config, "apiToken"> & Partial<Pick<Config, "feeds">>,
  options: { logger?: boolean } = {},
): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 });
  registerErrorHandler(app, errorPage);
  // Forms post application/x-www-form-urlencoded; read into a plain object of strings.
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 256 * 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
  );
  registerEtags(app);
  registerMetrics(app, store);
  const document = openApiDocument(packageVersion());
  app.get("/api/openapi.json", async () => document);
  app.get("/healthz", async () => {
    await store.db.selectFrom("films").select("id").limit(1).execute();
    return { status: "ok", store: store.dialect };
  });
  filmRoutes(app, store);
  peopleRoutes(app, store);
  reviewRoutes(app, store, config);
  assetRoutes(app);
  webRoutes(app, store, new Sessions(config.apiToken), config.feeds ?? DEFAULT_FEED_POLICY);
  feedRoutes(app, store);
  return app;
}
