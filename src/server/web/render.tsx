import type { FastifyReply, FastifyRequest } from "fastify";
import type { VNode } from "preact";
import { renderToString } from "preact-render-to-string";
import { Layout, type PageMeta } from "./layout.js";

/** What every page needs besides its own content. */
export interface PageContext {
  loggedIn: boolean;
  /** The session's CSRF token (for the log-out form), when logged in. */
  csrf?: string;
  /** The signed-in reader (name, and the CSRF token of their sign-out form), if any. */
  reader?: { name: string; csrf: string };
  query?: string;
}

declare module "fastify" {
  interface FastifyInstance {
    /** The site's configured public address (CINEMETER_PUBLIC_URL, else the bound host and port). */
    publicOrigin: string;
  }
}

/**
 * The site's origin for canonical, OpenGraph, feed and sitemap URLs: the configured public
 * address, never the request's Host header (which whoever sends the request chooses).
 */
export function originOf(request: FastifyRequest): string {
  return request.server.publicOrigin;
}

/**
 * Sends a page: the layout around `body`, rendered to HTML (preact escapes every text and
 * attribute), with the security headers every page carries.
 */
export function sendPage(
  request: FastifyRequest,
  reply: FastifyReply,
  meta: PageMeta,
  context: PageContext,
  body: VNode,
  status = 200,
): FastifyReply {
  return sendHtml(reply, renderPage(request, meta, context, body), status);
}

/** A page as HTML: the layout around `body`, every text and attribute escaped by preact. */
export function renderPage(
  request: FastifyRequest,
  meta: PageMeta,
  context: PageContext,
  body: VNode,
): string {
  const html = renderToString(
    <Layout
      {...meta}
      origin={originOf(request)}
      loggedIn={context.loggedIn}
      {...(context.csrf ? { csrf: context.csrf } : {})}
      {...(context.reader ? { reader: context.reader } : {})}
      query={context.query}
    >
      {body}
    </Layout>,
  );
  return `<!doctype html>${html}`;
}

/** Sends a rendered page with the security headers every page carries. */
export function sendHtml(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply
    .code(status)
    .type("text/html; charset=utf-8")
    .header(
      "content-security-policy",
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    )
    .header("x-content-type-options", "nosniff")
    .header("referrer-policy", "same-origin")
    .send(html);
}
