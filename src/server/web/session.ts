import { createHmac, timingSafeEqual } from "node:crypto";
import type { FastifyReply, FastifyRequest } from "fastify";

/** The admin session's cookie. */
export const SESSION_COOKIE = "cinemeter_session";
const SESSION_SECONDS = 12 * 60 * 60;

/**
 * Admin sessions for the pages that write: logging in with the configured API token sets a
 * signed, HttpOnly, SameSite=Strict cookie that expires in 12 hours; every form that writes
 * carries a CSRF token derived from the session, checked on submit. The signing key comes
 * from the token, so changing the token ends every session.
 */
export class Sessions {
  private readonly key: Buffer;

  constructor(private readonly apiToken: string | null) {
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
    const a = Buffer.from(token);
    const b = Buffer.from(this.apiToken);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  /** Sets the session cookie on the reply. */
  start(reply: FastifyReply, now = Date.now()): void {
    const expires = Math.floor(now / 1000) + SESSION_SECONDS;
    const value = `${expires}.${this.sign(`session:${expires}`)}`;
    reply.header(
      "set-cookie",
      `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_SECONDS}`,
    );
  }

  end(reply: FastifyReply): void {
    reply.header("set-cookie", `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0`);
  }

  /** The request's valid session value, or null. */
  session(request: FastifyRequest, now = Date.now()): string | null {
    if (!this.enabled) return null;
    const value = cookie(request, SESSION_COOKIE);
    const [expires, signature] = value?.split(".") ?? [];
    if (!expires || !signature || Number(expires) * 1000 < now) return null;
    return safeEqual(signature, this.sign(`session:${expires}`)) ? (value as string) : null;
  }

  /** The CSRF token forms carry in a session. */
  csrfToken(session: string): string {
    return this.sign(`csrf:${session}`);
  }

  /** Whether a submitted CSRF token belongs to the request's session. */
  csrfValid(request: FastifyRequest, submitted: unknown): boolean {
    const session = this.session(request);
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

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A cookie's value from the request, or null. */
function cookie(request: FastifyRequest, name: string): string | null {
  for (const part of (request.headers.cookie ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}
