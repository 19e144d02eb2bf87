import { examplesFolder, importExamplesIfEmpty } from "../commands/import-examples.js";
import { loadConfig } from "../config.js";
import { EXIT, errors } from "../errors.js";
import { DEFAULT_LIMITS, nodeHttpClient } from "../ingest/fetch/http-client.js";
import { startPolling } from "../jobs/in-process-poller.js";
import { buildApp } from "../server/app.js";
import { openStore } from "../store/db.js";
import { type Io, untilStopped } from "./io.js";

/**
 * `cinemeter serve [--port] [--host] [--db] [--no-examples]`: the site and the API until
 * SIGINT or SIGTERM, then a clean shutdown (requests in flight finish, the store closes). On
 * a database with no reviews it first imports the bundled examples, and says how to import
 * real data.
 */
export async function serveCommand(
  options: { port?: string; host?: string; db?: string; examples?: boolean; role?: string },
  io: Io,
): Promise<number> {
  if (options.role && options.role !== "all" && options.role !== "web")
    throw errors.usage(`--role must be all or web (got "${options.role}")`);
  const config = loadConfig(process.env, options);
  const store = await openStore(config).catch((error: Error) => {
    throw errors.unreadable(
      config.databaseUrl ? "the PostgreSQL database (DATABASE_URL)" : config.dbPath,
      error.message,
      error,
    );
  });
  if (options.examples !== false) {
    const examples = await importExamplesIfEmpty(store);
    if (examples) {
      io.stdout.write(
        `The database was empty: imported ${examples.imported} example reviews from ${examplesFolder()}.\n` +
          "Import real data with `cinemeter import FILE...` (JSON lines, CSV/TSV with --map or --preset rt, saved feeds, folders of reviews) and `cinemeter catalog import` (IMDb, MovieLens); follow critics with `cinemeter feeds add URL`.\n",
      );
    }
  }
  const app = buildApp(store, config, { logger: false, warm: true });
  const host = options.host ?? config.host;
  try {
    await app.listen({ port: config.port, host });
  } catch (error) {
    await store.close();
    throw errors.usage(`cannot listen on ${host}:${config.port}: ${(error as Error).message}`);
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  io.stdout.write(
    `Cinemeter is serving http://${host}:${port}/ (the site; API at /api, OpenAPI at /api/openapi.json) — Ctrl-C stops it\n`,
  );
  // The embedded default polls due feeds in this process, once a minute; --role web does not.
  const poller =
    options.role === "web"
      ? null
      : startPolling(
          store,
          nodeHttpClient({ ...DEFAULT_LIMITS, allowPrivate: config.allowPrivateFeeds }),
          (r) => {
            if (r.error) io.stderr.write(`feed ${r.feedId}: ${r.status}: ${r.error}\n`);
          },
          { policy: config.feeds },
        );
  await untilStopped();
  await poller?.stop();
  await app.close();
  await store.close();
  return EXIT.ok;
}
