import { createHash } from "node:crypto";
import type { FastifyInstance } from "fastify";

/**
 * A weak ETag on every successful GET, from the response body; a request whose
 * If-None-Match names it gets 304 and no body.
 */
export function registerEtags(app: FastifyInstance): void {
  app.addHook("onSend", async (request, reply, payload) => {
    if (request.method !== "GET" || reply.statusCode !== 200) return payload;
    if (typeof payload !== "string" && !Buffer.isBuffer(payload)) return payload;
    const etag = `W/"${createHash("sha1").update(payload).digest("base64url").slice(0, 27)}"`;
    reply.header("etag", etag);
    const match = request.headers["if-none-match"];
    if (match?.split(",").some((tag) => tag.trim() === etag)) {
      reply.code(304);
      return "";
    }
    return payload;
  });
}
