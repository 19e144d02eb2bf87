import { timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { Config } from "../../config.js";
import { CinemeterError, EXIT } from "../../errors.js";

/** Whether the request carries the configured API token as its bearer token (constant time). */
export function bearerTokenMatches(request: FastifyRequest, apiToken: string | null): boolean {
  if (!apiToken) return false;
  const given = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? "")?.[1] ?? "";
  const a = Buffer.from(given);
  const b = Buffer.from(apiToken);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Refuses a write without the configured bearer token (or when none is configured). */
export function authorize(request: FastifyRequest, config: Pick<Config, "apiToken">): void {
  if (!config.apiToken) {
    throw new CinemeterError(
      "writes_disabled",
      "this server takes no writes: set CINEMETER_API_TOKEN",
      403,
      EXIT.usage,
    );
  }
  if (!bearerTokenMatches(request, config.apiToken)) {
    throw new CinemeterError(
      "unauthorized",
      "a valid bearer token is required to write",
      401,
      EXIT.usage,
    );
  }
}
