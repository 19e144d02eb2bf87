import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { CinemeterError, errors } from "../errors.js";

/** Parses a request part with a zod schema, or throws an `invalid_input` error naming the field. */
export function parseRequest<T>(schema: z.ZodType<T>, value: unknown, part: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.length ? `${part}.${issue.path.join(".")}` : part;
  throw errors.invalidInput(field, issue?.message ?? "is not valid");
}

/**
 * One error handler: a CinemeterError keeps its id and status; Fastify's own 4xx errors
 * (a malformed JSON body, a body too large) keep theirs; anything else is an internal error
 * whose details go to the log, never to the client.
 */
export function registerErrorHandler(app: FastifyInstance, page?: ErrorPage): void {
  const send = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    id: string,
    message: string,
  ) =>
    page && wantsPage(request)
      ? page(request, reply, status, message)
      : reply.code(status).send({ error: { id, message } });
  app.setErrorHandler((error: FastifyError | CinemeterError, request, reply) => {
    if (error instanceof CinemeterError)
      return send(request, reply, error.status, error.id, error.message);
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      return send(request, reply, status, "bad_request", error.message);
    }
    request.log.error({ err: error }, "request failed");
    return send(request, reply, 500, "internal_error", "something went wrong on our side");
  });
  app.setNotFoundHandler((request, reply) =>
    send(request, reply, 404, "not_found", `${request.method} ${request.url} does not exist`),
  );
}

/** Renders an error as a page, for requests from the site rather than the API. */
export type ErrorPage = (
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  message: string,
) => FastifyReply;

/** Whether a request is a page's: not the API's, feeds' or probes', and accepting HTML. */
function wantsPage(request: FastifyRequest): boolean {
  const path = request.url.split("?")[0] ?? "";
  if (/^\/(?:api|healthz|metrics|feeds|assets)(?:\/|$)/.test(path) || path.endsWith(".atom"))
    return false;
  return (request.headers.accept ?? "text/html").includes("text/html") || request.method === "POST";
}
