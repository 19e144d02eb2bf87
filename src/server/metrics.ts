import type { FastifyInstance, FastifyRequest } from "fastify";
import ipaddr from "ipaddr.js";
import type { Config } from "../config.js";
import { errors } from "../errors.js";
import type { Store } from "../store/db.js";
import { bearerTokenMatches } from "./api/authorize.js";

const BUCKETS = [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1];

/**
 * Request counts and durations by route and status, kept in process, and the store's
 * totals read when scraped: GET /metrics in Prometheus' text format. Who may read it is
 * `config.metrics`: requests from this machine only (the default: a server bound to a public
 * address does not show it to the world), anyone, or holders of the API token.
 */
export function registerMetrics(
  app: FastifyInstance,
  store: Store,
  config: Pick<Config, "metrics" | "apiToken">,
): void {
  const canRead = (request: FastifyRequest) =>
    config.metrics === "public" ||
    (config.metrics === "token"
      ? bearerTokenMatches(request, config.apiToken)
      : isLoopback(request.socket.remoteAddress ?? ""));
  const requests = new Map<string, number>();
  const durations = new Map<string, { buckets: number[]; sum: number; count: number }>();
  app.addHook("onResponse", async (request, reply) => {
    const route = request.routeOptions.url ?? "unknown";
    const key = `method="${request.method}",route="${route}",status="${reply.statusCode}"`;
    requests.set(key, (requests.get(key) ?? 0) + 1);
    const seconds = reply.elapsedTime / 1000;
    const d = durations.get(route) ?? { buckets: BUCKETS.map(() => 0), sum: 0, count: 0 };
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) d.buckets[i] = (d.buckets[i] ?? 0) + 1;
    });
    d.sum += seconds;
    d.count += 1;
    durations.set(route, d);
  });
  app.get("/metrics", async (request, reply) => {
    if (!canRead(request)) throw errors.notFound("this page");
    const count = async (table: "reviews" | "films") =>
      Number(
        (
          await store.db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const lines = [
      "# HELP cinemeter_http_requests_total HTTP requests by method, route and status.",
      "# TYPE cinemeter_http_requests_total counter",
      ...[...requests].map(([labels, n]) => `cinemeter_http_requests_total{${labels}} ${n}`),
      "# HELP cinemeter_http_request_duration_seconds HTTP request durations by route.",
      "# TYPE cinemeter_http_request_duration_seconds histogram",
    ];
    for (const [route, d] of durations) {
      BUCKETS.forEach((b, i) => {
        lines.push(
          `cinemeter_http_request_duration_seconds_bucket{route="${route}",le="${b}"} ${d.buckets[i]}`,
        );
      });
      lines.push(
        `cinemeter_http_request_duration_seconds_bucket{route="${route}",le="+Inf"} ${d.count}`,
      );
      lines.push(`cinemeter_http_request_duration_seconds_sum{route="${route}"} ${d.sum}`);
      lines.push(`cinemeter_http_request_duration_seconds_count{route="${route}"} ${d.count}`);
    }
    lines.push(
      "# HELP cinemeter_reviews Reviews stored.",
      "# TYPE cinemeter_reviews gauge",
      `cinemeter_reviews ${await count("reviews")}`,
      "# HELP cinemeter_films Films known.",
      "# TYPE cinemeter_films gauge",
      `cinemeter_films ${await count("films")}`,
    );
    reply.type("text/plain; version=0.0.4");
    return `${lines.join("\n")}\n`;
  });
}

/** Whether a peer address is this machine (127.0.0.0/8, ::1, or IPv4-mapped loopback). */
function isLoopback(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return parsed.range() === "loopback";
}
