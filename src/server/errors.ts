import type { FastifyError, FastifyInstance } from "fastify";
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
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | CinemeterError, request, reply) => {
    if (error instanceof CinemeterError) {
      return reply.code(error.status).send({ error: { id: error.id, message: error.message } });
    }
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      return reply.code(status).send({ error: { id: "bad_request", message: error.message } });
    }
    request.log.error({ err: error }, "request failed");
    return reply
      .code(500)
      .send({ error: { id: "internal_error", message: "something went wrong on our side" } });
  });
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send({
      error: { id: "not_found", message: `${request.method} ${request.url} does not exist` },
    }),
  );
}
