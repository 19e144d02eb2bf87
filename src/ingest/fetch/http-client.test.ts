import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { DEFAULT_LIMITS, nodeHttpClient } from "./http-client.js";
import { isPrivateAddress } from "./private-address.js";

let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/gzip") {
      res.writeHead(200, { "content-encoding": "gzip", etag: '"v1"' });
      return res.end(gzipSync("<rss/>"));
    }
    if (req.url === "/loop") {
      res.writeHead(302, { location: "/loop" });
      return res.end();
    }
    if (req.url === "/drip" || req.url === "/drip-gzip") {
      // One byte a second: never silent long enough for the idle timeout.
      res.writeHead(200, req.url === "/drip-gzip" ? { "content-encoding": "gzip" } : {});
      const body =
        req.url === "/drip-gzip"
          ? gzipSync("<rss>".repeat(100))
          : Buffer.from("<rss/>".repeat(100));
      let at = 0;
      const timer = setInterval(() => {
        if (at >= body.length || res.destroyed) {
          clearInterval(timer);
          return res.end();
        }
        res.write(body.subarray(at, ++at));
      }, 1000);
      res.on("close", () => clearInterval(timer));
      return;
    }
    if (req.url === "/big") {
      res.writeHead(200);
      return res.end("x".repeat(2000));
    }
    res.writeHead(200, { "x-seen-if-none-match": req.headers["if-none-match"] ?? "" });
    res.end("ok");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("the feed HTTP client", () => {
  test("private, loopback and link-local addresses are refused unless allowed", async () => {
    expect(isPrivateAddress("169.254.169.254")).toBe(true);
    expect(isPrivateAddress("10.1.2.3")).toBe(true);
    expect(isPrivateAddress("::ffff:127.0.0.1")).toBe(true);
    expect(isPrivateAddress("fd00::1")).toBe(true);
    expect(isPrivateAddress("93.184.216.34")).toBe(false);
    const guarded = nodeHttpClient();
    await expect(guarded.get(`http://127.0.0.1:${port}/`)).rejects.toThrow(/private address/);
    await expect(guarded.get(`http://localhost:${port}/`)).rejects.toThrow(/private addresses/);
    await expect(guarded.get("http://[::1]:1/")).rejects.toThrow(/private address/);
    await expect(guarded.get("file:///etc/passwd")).rejects.toThrow(/only http and https/);
  });

  test("allowed: gzip, conditional headers, the redirect and size limits", async () => {
    const client = nodeHttpClient({ ...DEFAULT_LIMITS, allowPrivate: true, maxBytes: 1000 });
    const gz = await client.get(`http://localhost:${port}/gzip`);
    expect([gz.status, gz.body.toString(), gz.headers.etag]).toEqual([200, "<rss/>", '"v1"']);
    const seen = await client.get(`http://127.0.0.1:${port}/`, { "if-none-match": '"v1"' });
    expect(seen.headers["x-seen-if-none-match"]).toBe('"v1"');
    await expect(client.get(`http://127.0.0.1:${port}/loop`)).rejects.toThrow(/redirects/);
    await expect(client.get(`http://127.0.0.1:${port}/big`)).rejects.toThrow(/over 1000 bytes/);
  });

  test("a server that drips one byte a second is cut off at the deadline, not held open", async () => {
    const client = nodeHttpClient({
      ...DEFAULT_LIMITS,
      allowPrivate: true,
      timeoutMs: 1500,
      deadlineMs: 2500,
    });
    for (const path of ["/drip", "/drip-gzip"]) {
      const started = Date.now();
      await expect(client.get(`http://127.0.0.1:${port}${path}`)).rejects.toThrow(
        /no complete answer within 2500 ms/,
      );
      expect(Date.now() - started).toBeLessThan(4000);
    }
  }, 15_000);
});
