import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  endReaderSession,
  readerSession,
  startReaderSession,
} from "../../commands/reader-accounts.js";
import type { Store } from "../../store/db.js";
import { cookie } from "./session.js";

/** A reader's session cookie: a random id, looked up server-side (only its hash is stored). */
export const READER_COOKIE = "cinemeter_reader";

/** The signed-in reader of a request: who, and the CSRF token their forms carry. */
export interface SignedInReader {
  id: string;
  name: string;
  csrf: string;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The request's signed-in reader, or null. */
    reader: SignedInReader | null;
  }
}

/**
 * Readers' sessions: resolved once per request before its handler. A page answered to a
 * signed-in reader is theirs alone: it is marked `private, no-store`, so no shared cache (nor
 * the browser's back button on a shared computer) keeps it.
 */
export function registerReaderSessions(app: FastifyInstance, store: Store): void {
  app.decorateRequest("reader", null);
  app.addHook("preHandler", async (request, reply) => {
    // The site's stylesheet, script and icon are the same for everyone.
    if (request.url.startsWith("/assets/")) return;
    const id = cookie(request, READER_COOKIE);
    request.reader = id && id.length <= 100 ? await readerSession(store, id) : null;
    if (request.reader) reply.header("cache-control", "private, no-store");
  });
}

function cookieFlags(request: FastifyRequest): string {
  const secure = request.server.publicOrigin.startsWith("https:") ? "; Secure" : "";
  return `Path=/; HttpOnly; SameSite=Lax${secure}`;
}

/** Signs the reader in: a new session, its cookie set on the reply. */
export async function signInReader(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
  readerId: string,
): Promise<void> {
  const { id, maxAgeSeconds } = await startReaderSession(store, readerId);
  reply.header(
    "set-cookie",
    `${READER_COOKIE}=${id}; ${cookieFlags(request)}; Max-Age=${maxAgeSeconds}`,
  );
}

/** Signs the reader out: the session ended on the server, the cookie cleared. */
export async function signOutReader(
  store: Store,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  const id = cookie(request, READER_COOKIE);
  if (id) await endReaderSession(store, id);
  reply.header("set-cookie", `${READER_COOKIE}=; ${cookieFlags(request)}; Max-Age=0`);
}
