import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { isPrivateAddress } from "./private-address.js";

/** What a feed fetch gets back. */
export interface HttpResponse {
  status: number;
  /** The URL finally answered, after redirects. */
  url: string;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

/** The one thing the feed poller needs from HTTP: a GET with headers. Tests pass a fake. */
export interface HttpClient {
  get(url: string, headers?: Record<string, string>): Promise<HttpResponse>;
}

export interface HttpLimits {
  /** Give up after this long without a byte, in ms. */
  timeoutMs: number;
  /** Give up after this long in all, in ms, for a request and its redirects however they drip. */
  deadlineMs: number;
  /** The most bytes of body read (after decompression); more is an error. */
  maxBytes: number;
  maxRedirects: number;
  /** Allow private, loopback and link-local addresses (CINEMETER_ALLOW_PRIVATE_FEEDS). */
  allowPrivate: boolean;
}

export const DEFAULT_LIMITS: HttpLimits = {
  timeoutMs: 15_000,
  deadlineMs: 30_000,
  maxBytes: 5_000_000,
  maxRedirects: 5,
  allowPrivate: false,
};

/** A fetch refused or failed, with what a person can act on. */
export class FetchError extends Error {}

/**
 * The HTTP client feeds are polled with: GET only, http and https, gzip/deflate/br, a
 * timeout, a body size limit and a redirect limit; the SSRF guard resolves every host itself
 * and refuses private, loopback and link-local addresses — on the address actually
 * connected to, so a DNS answer cannot change between the check and the connection —
 * unless `allowPrivate`.
 */
export function nodeHttpClient(limits: HttpLimits = DEFAULT_LIMITS): HttpClient {
  const lookup: LookupFunction = (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, "", 4);
      const usable = limits.allowPrivate
        ? addresses
        : addresses.filter((a) => !isPrivateAddress(a.address));
      const chosen = usable[0];
      if (!chosen) {
        return callback(new FetchError(onlyPrivate(hostname)), "", 4);
      }
      if ((options as { all?: boolean }).all)
        return (callback as (e: null, a: LookupAddress[]) => void)(null, usable);
      callback(null, chosen.address, chosen.family);
    });
  };
  const get = async (
    url: string,
    headers: Record<string, string>,
    redirects: number,
    deadline: number,
  ): Promise<HttpResponse> => {
    const parsed = fetchableUrl(url, limits.allowPrivate);
    if (typeof parsed === "string") throw new FetchError(parsed);
    const response = await request(parsed, headers, lookup, limits, deadline);
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && response.status !== 304 && location) {
      if (redirects >= limits.maxRedirects)
        throw new FetchError(`more than ${limits.maxRedirects} redirects`);
      return get(new URL(location, parsed).toString(), headers, redirects + 1, deadline);
    }
    return { ...response, url: parsed.toString() };
  };
  return { get: (url, headers = {}) => get(url, headers, 0, Date.now() + limits.deadlineMs) };
}

function request(
  url: URL,
  headers: Record<string, string>,
  lookup: LookupFunction,
  limits: HttpLimits,
  deadline: number,
): Promise<Omit<HttpResponse, "url">> {
  return new Promise((settledResolve, settledReject) => {
    // However slowly the server sends, the whole exchange ends by the deadline.
    const timer = setTimeout(
      () => {
        settledReject(new FetchError(`no complete answer within ${limits.deadlineMs} ms`));
        req.destroy();
      },
      Math.max(0, deadline - Date.now()),
    );
    const resolve = (value: Omit<HttpResponse, "url">) => {
      clearTimeout(timer);
      settledResolve(value);
    };
    const reject = (error: Error) => {
      clearTimeout(timer);
      settledReject(error);
    };
    const client = url.protocol === "https:" ? https : http;
    const req = client.get(
      url,
      {
        lookup,
        headers: {
          "user-agent": "Cinemeter feed reader (+https://github.com/cinemeter)",
          "accept-encoding": "gzip, deflate, br",
          accept:
            "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
          ...headers,
        },
        timeout: limits.timeoutMs,
      },
      (res) => {
        const encoding = String(res.headers["content-encoding"] ?? "").toLowerCase();
        const stream =
          encoding === "gzip"
            ? res.pipe(createGunzip())
            : encoding === "deflate"
              ? res.pipe(createInflate())
              : encoding === "br"
                ? res.pipe(createBrotliDecompress())
                : res;
        const chunks: Buffer[] = [];
        let size = 0;
        let refused = false;
        stream.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > limits.maxBytes && !refused) {
            refused = true;
            res.destroy();
            reject(new FetchError(`the response is over ${limits.maxBytes} bytes`));
            return;
          }
          chunks.push(chunk);
        });
        res.on("error", () => {}); // a refused body is destroyed on purpose
        stream.on(
          "end",
          () =>
            refused ||
            resolve({
              status: res.statusCode ?? 0,
              headers: Object.fromEntries(
                Object.entries(res.headers).map(([k, v]) => [
                  k,
                  Array.isArray(v) ? v.join(", ") : v,
                ]),
              ),
              body: Buffer.concat(chunks),
            }),
        );
        stream.on("error", (error) =>
          reject(new FetchError(`cannot read the response: ${error.message}`)),
        );
      },
    );
    req.on("timeout", () => req.destroy(new FetchError(`no answer within ${limits.timeoutMs} ms`)));
    req.on("error", (error) =>
      reject(error instanceof FetchError ? error : new FetchError(error.message)),
    );
  });
}

/**
 * Why a feed URL would be refused when polled, checked now (for `feeds add` and the feeds
 * page): not http(s), a private address, or a host that resolves only to private addresses,
 * in the poller's own words; null when it may be followed. A host that does not resolve yet
 * is accepted (the poller reports it then).
 */
export async function feedUrlProblem(url: string, allowPrivate: boolean): Promise<string | null> {
  const parsed = fetchableUrl(url, allowPrivate);
  if (typeof parsed === "string") return parsed;
  const host = hostOf(parsed);
  if (allowPrivate || isIP(host)) return null;
  const addresses = await new Promise<LookupAddress[]>((resolve) =>
    dnsLookup(host, { all: true }, (error, found) => resolve(error ? [] : found)),
  );
  if (addresses.length > 0 && addresses.every((a) => isPrivateAddress(a.address)))
    return onlyPrivate(host);
  return null;
}

/** The URL if the client may fetch it as written (before DNS), else why not. */
function fetchableUrl(url: string, allowPrivate: boolean): URL | string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL`;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:")
    return `${parsed.protocol} URLs are not fetched; only http and https`;
  const host = hostOf(parsed);
  if (isIP(host) && !allowPrivate && isPrivateAddress(host))
    return `${host} is a private address; refused`;
  return parsed;
}

const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, "");
const onlyPrivate = (host: string) => `${host} resolves only to private addresses; refused`;
