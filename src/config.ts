import { z } from "zod";
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
  };
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
  };
}
