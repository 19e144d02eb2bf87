import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { packageRoot } from "../../package-root.js";

const ASSETS = {
  "site.css": "text/css; charset=utf-8",
  "search.js": "text/javascript; charset=utf-8",
} as const;

/** GET /assets/site.css and /assets/search.js, read once, cached by browsers for an hour. */
export function assetRoutes(app: FastifyInstance): void {
  for (const [name, type] of Object.entries(ASSETS)) {
    const body = readFileSync(join(packageRoot(), "src", "server", "web", "assets", name), "utf8");
    app.get(`/assets/${name}`, async (_request, reply) =>
      reply.type(type).header("cache-control", "public, max-age=3600").send(body),
    );
  }
}
