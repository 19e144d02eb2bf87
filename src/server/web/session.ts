import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Store } from "../../store/db.js";
import { addSession, removeSession, sessionIsLive } from "../../store/sessions.repository.js";

/** The admin session's cookie. */
export const SESSION_COOKIE = "cinemeter_session";
const SESSION_SECONDS = 12 * 60 * 60;

declare module "fastify" {
  interface FastifyRequest {
    /** The request's live admin session (its cookie value), or null. */
    adminSession: string | null;
  }
}

/**
 * Admin sessions for the pages that write. Logging in with the configured API token records a
 * random session id in the store and sets it, signed, in an HttpOnly, SameSite=Strict cookie
 * for 12 hours; logging out deletes the record, so the old cookie no longer works anywhere.
 * Every form that writes carries a CSRF token derived from the session, checked on submit.
 * The signing key comes from the token, so changing the token ends every session. A cookie
 * that is malformed, badly signed or unknown is simply no session.
 */
export class Sessions {
  private readonly key: Buffer;

  constructor(
    private readonly apiToken: string | null,
    private readonly store: Store,
  ) {
    this.key = createHmac("sha256", "cinemeter-session")
      .update(apiToken ?? "")
      .digest();
  }

  /** Whether logins are possible at all (a token is configured). */
  get enabled(): boolean {
    return this.apiToken !== null;
  }

  /** Whether `token` is the configured one (in constant time). */
  tokenMatches(token: string): boolean {
    if (!this.apiToken) return false;
    return safeEqual(token, this.apiToken);
  }

  /** Records a new session and sets its cookie on the reply. */
  async start(reply: FastifyReply, now = Date.now()): Promise<void> {
    const id = randomBytes(24).toString("base64url");
    const expires = new Date(now + SESSION_SECONDS * 1000).toISOString();
    await addSession(this.store, id, expires, new Date(now).toISOString());
    reply.header(
      "set-cookie",
      `${SESSION_COOKIE}=${id}.${this.sign(`session:${id}`)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_SECONDS}`,
    );
  }

  /** Ends the session on the server and clears its cookie. */
  async end(session: string | null, reply: FastifyReply): Promise<void> {
    if (session) await removeSession(this.store, session.split(".")[0] ?? "");
    reply.header("set-cookie", `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
  }

  /** The request's live session (its cookie value), or null. */
  async session(request: FastifyRequest, now = Date.now()): Promise<string | null> {
    if (!this.enabled) return null;
    const value = cookie(request, SESSION_COOKIE);
    const [id, signature, ...rest] = value?.split(".") ?? [];
    if (!id || !signature || rest.length > 0) return null;
    if (!safeEqual(signature, this.sign(`session:${id}`))) return null;
    return (await sessionIsLive(this.store, id, new Date(now).toISOString()))
      ? (value as string)
      : null;
  }

  /** The CSRF token forms carry in a session. */
  csrfToken(session: string): string {
    return this.sign(`csrf:${session}`);
  }

  /** Whether a submitted CSRF token belongs to the session. */
  csrfValid(session: string | null, submitted: unknown): boolean {
    return (
      session !== null &&
      typeof submitted === "string" &&
      safeEqual(submitted, this.csrfToken(session))
    );
  }

  private sign(message: string): string {
    return createHmac("sha256", this.key).update(message).digest("base64url");
  }
}

/** Resolves each request's admin session once, before its handler runs. */
export function registerSessions(app: FastifyInstance, sessions: Sessions): void {
  app.decorateRequest("adminSession", null);
  app.addHook("preHandler", async (request) => {
    request.adminSession = await sessions.session(request);
  });
}

/** Whether two strings are equal, in time that does not depend on where they differ. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A cookie's value from the request, or null; one that is not valid percent-encoding is none. */
export function cookie(request: FastifyRequest, name: string): string | null {
  for (const part of (request.headers.cookie ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return null;
    }
  }
  return null;
}
