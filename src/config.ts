import { z } from "zod";
import { DEFAULT_FEED_POLICY, type FeedPolicy } from "./domain/feed-policy.js";
import { MAX_REVIEW_CHARS } from "./domain/review.js";
import { errors } from "./errors.js";

/** Cinemeter's settings, parsed once from the environment and flags, validated at start-up. */
export interface Config {
  /** The embedded SQLite database file (used when `databaseUrl` is null). */
  dbPath: string;
  /** PostgreSQL connection string; when set, the store is PostgreSQL. */
  databaseUrl: string | null;
  /** Bearer token that every API write must carry; writes are refused without one set. */
  apiToken: string | null;
  host: string;
  port: number;
  /** Whether feed URLs may resolve to private, loopback or link-local addresses. */
  allowPrivateFeeds: boolean;
  /** Feed polling: interval, backoff, parking, per-host spacing, leases. */
  feeds: FeedPolicy;
  /** The PostgreSQL schema graphile-worker keeps `cinemeter worker`'s jobs in. */
  workerSchema: string;
  /**
   * How long a worker holds a chunk of `cinemeter import --jobs` without renewing it: a
   * killed worker's chunk is stored by another after this.
   */
  importLeaseMs: number;
  /** The most characters of text one review may carry; longer text is cut, with a note. */
  maxReviewChars: number;
  /**
   * The site's public address (`https://cinemeter.example`), which canonical links, feed ids
   * and the sitemap are built from; never the request's Host header. Null: `http://HOST:PORT`.
   */
  publicUrl: string | null;
  /**
   * Who may read /metrics: "loopback" (only requests from this machine; the default),
   * "public" (anyone), or "token" (the API token as a bearer token).
   */
  metrics: "loopback" | "public" | "token";
  /** Whether people may sign up on the site to bring their own ratings ("open", the default). */
  signUp: "open" | "closed";
}

export interface ConfigFlags {
  db?: string;
  port?: string | number;
}

const Env = z.object({
  CINEMETER_DB: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\//, "must start with postgres:// or postgresql://")
    .optional(),
  CINEMETER_API_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  CINEMETER_HOST: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  CINEMETER_ALLOW_PRIVATE_FEEDS: z
    .enum(["1", "true", "yes", "0", "false", "no"], { error: "must be true or false" })
    .optional(),
  CINEMETER_FEED_INTERVAL_MS: z.coerce.number().int().min(1000).optional(),
  CINEMETER_FEED_BACKOFF_MS: z.coerce.number().int().min(1).optional(),
  CINEMETER_FEED_MAX_FAILURES: z.coerce.number().int().min(1).optional(),
  CINEMETER_HOST_SPACING_MS: z.coerce.number().int().min(0).optional(),
  CINEMETER_FEED_LEASE_MS: z.coerce.number().int().min(500).optional(),
  CINEMETER_IMPORT_LEASE_MS: z.coerce.number().int().min(500).optional(),
  CINEMETER_MAX_REVIEW_CHARS: z.coerce.number().int().min(1000).max(10_000_000).optional(),
  CINEMETER_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" })
    .optional(),
  CINEMETER_METRICS: z
    .enum(["loopback", "public", "token"], { error: "must be loopback, public or token" })
    .optional(),
  CINEMETER_SIGNUP: z.enum(["open", "closed"], { error: "must be open or closed" }).optional(),
  CINEMETER_WORKER_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, "must be a lower-case SQL name")
    .optional(),
});

/**
 * Reads the configuration from `env` and command-line `flags` (flags win). Throws a
 * usage error naming the variable and what is wrong with it.
 */
export function loadConfig(
  env: Record<string, string | undefined>,
  flags: ConfigFlags = {},
): Config {
  const parsed = Env.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== "")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw errors.usage(`configuration: ${issue?.path.join(".")} ${issue?.message}`);
  }
  const e = parsed.data;
  const port = flags.port === undefined ? (e.PORT ?? 3000) : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw errors.usage(`--port must be 0–65535 (got "${flags.port}")`);
  return {
    dbPath: flags.db ?? e.CINEMETER_DB ?? "./data/cinemeter.db",
    databaseUrl: flags.db ? null : (e.DATABASE_URL ?? null),
    apiToken: e.CINEMETER_API_TOKEN ?? null,
    host: e.CINEMETER_HOST ?? "127.0.0.1",
    port,
    allowPrivateFeeds: ["1", "true", "yes"].includes(e.CINEMETER_ALLOW_PRIVATE_FEEDS ?? ""),
    feeds: {
      intervalMs: e.CINEMETER_FEED_INTERVAL_MS ?? DEFAULT_FEED_POLICY.intervalMs,
      backoffMs: e.CINEMETER_FEED_BACKOFF_MS ?? DEFAULT_FEED_POLICY.backoffMs,
      maxFailures: e.CINEMETER_FEED_MAX_FAILURES ?? DEFAULT_FEED_POLICY.maxFailures,
      hostSpacingMs: e.CINEMETER_HOST_SPACING_MS ?? DEFAULT_FEED_POLICY.hostSpacingMs,
      leaseMs: e.CINEMETER_FEED_LEASE_MS ?? DEFAULT_FEED_POLICY.leaseMs,
    },
    workerSchema: e.CINEMETER_WORKER_SCHEMA ?? "graphile_worker",
    importLeaseMs: e.CINEMETER_IMPORT_LEASE_MS ?? 20_000,
    maxReviewChars: e.CINEMETER_MAX_REVIEW_CHARS ?? MAX_REVIEW_CHARS,
    publicUrl: e.CINEMETER_PUBLIC_URL?.replace(/\/+$/, "") ?? null,
    metrics: e.CINEMETER_METRICS ?? "loopback",
    signUp: e.CINEMETER_SIGNUP ?? "open",
  };
}

/** The address links are built from: the configured public URL, else the bound host and port. */
export function publicBaseUrl(config: Pick<Config, "publicUrl" | "host" | "port">): string {
  if (config.publicUrl) return config.publicUrl;
  const host = config.host.includes(":") ? `[${config.host}]` : config.host;
  return `http://${host}:${config.port}`;
}

/** The configuration as `cinemeter config` prints it: secrets masked. */
export function describeConfig(config: Config): Record<string, unknown> {
  return {
    store: config.databaseUrl ? "postgres" : "sqlite",
    dbPath: config.databaseUrl ? null : config.dbPath,
    databaseUrl: config.databaseUrl?.replace(/\/\/([^:@/]+)(:[^@/]*)?@/, "//$1:***@") ?? null,
    apiToken: config.apiToken ? "set" : "not set (API writes are refused)",
    host: config.host,
    port: config.port,
    allowPrivateFeeds: config.allowPrivateFeeds,
    feeds: config.feeds,
    workerSchema: config.workerSchema,
    importLeaseMs: config.importLeaseMs,
    maxReviewChars: config.maxReviewChars,
    publicUrl: publicBaseUrl(config),
    metrics: config.metrics,
    signUp: config.signUp,
  };
}
