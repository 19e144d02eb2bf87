import Fastify, { type FastifyInstance } from "fastify";
import type { Config } from "../config.js";
import { packageVersion } from "../package-root.js";
import type { Store } from "../store/db.js";
import { filmRoutes } from "./api/films.routes.js";
import { openApiDocument } from "./api/openapi.js";
import { peopleRoutes } from "./api/people.routes.js";
import { reviewRoutes } from "./api/reviews.routes.js";
import { registerErrorHandler } from "./errors.js";
import { registerEtags } from "./etag.js";
import { registerMetrics } from "./metrics.js";

/**
 * The HTTP server: the JSON API under /api (described at /api/openapi.json), /healthz and
 * /metrics. Routes call repositories' reads and commands' writes; nothing else.
 */
export function buildApp(
  store: Store,
  config: Pick<Config, "apiToken">,
  options: { logger?: boolean } = {},
): FastifyInstance {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 1024 * 1024 });
  registerErrorHandler(app);
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
  return app;
}
