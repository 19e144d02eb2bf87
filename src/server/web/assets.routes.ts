import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { packageRoot } from "../../package-root.js";

const ASSETS = {
  "site.css": "text/css; charset=utf-8",
  "search.js": "text/javascript; charset=utf-8",
  "favicon.svg": "image/svg+xml",
} as const;

/**
 * GET /assets/site.css, /assets/search.js and /assets/favicon.svg, read once, cached by
 * browsers for an hour; /favicon.ico (asked for by browsers and feed readers that read no
 * page) leads to the icon.
 */
export function assetRoutes(app: FastifyInstance): void {
  for (const [name, type] of Object.entries(ASSETS)) {
    const body = readFileSync(join(packageRoot(), "src", "server", "web", "assets", name), "utf8");
    app.get(`/assets/${name}`, async (_request, reply) =>
      reply.type(type).header("cache-control", "public, max-age=3600").send(body),
    );
  }
  app.get("/favicon.ico", async (_request, reply) => reply.redirect("/assets/favicon.svg", 301));
}
