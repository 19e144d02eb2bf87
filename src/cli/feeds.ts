import { readFile } from "node:fs/promises";
import { followFeeds } from "../commands/follow-feeds.js";
import { pollFeeds } from "../commands/poll-feeds.js";
import type { FeedRefresh } from "../commands/refresh-feed.js";
import type { Config } from "../config.js";
import { EXIT, errors, fileProblem } from "../errors.js";
import { DEFAULT_LIMITS, feedUrlProblem, nodeHttpClient } from "../ingest/fetch/http-client.js";
import { opmlDocument, parseOpml } from "../ingest/opml/opml.js";
import { startPolling } from "../jobs/in-process-poller.js";
import type { Store } from "../store/db.js";
import { addFeed, findFeed, listFeeds, removeFeed, resumeFeed } from "../store/feeds.repository.js";
import { type Io, printJson, untilStopped } from "./io.js";
import { withStore } from "./store-options.js";

type Options = { db?: string; json?: boolean };

/** `cinemeter feeds add URL [--outlet] [--critic]`. */
export async function feedsAddCommand(
  url: string,
  options: Options & { outlet?: string; critic?: string },
  io: Io,
): Promise<number> {
  if (!/^https?:\/\/[^/\s]+/i.test(url)) throw errors.usage(`"${url}" is not an http(s) URL`);
  const feed = await withStore(options, async (store, config) => {
    const problem = await feedUrlProblem(url, config.allowPrivateFeeds);
    if (problem) throw errors.usage(`${url}: ${problem}`);
    return addFeed(store, url, { outlet: options.outlet ?? null, critic: options.critic ?? null });
  });
  if (options.json) printJson(io, feed);
  else
    io.stdout.write(`subscribed: ${feed.url} (${feed.id}); \`cinemeter feeds poll\` fetches it\n`);
  return EXIT.ok;
}

/** `cinemeter feeds list`. */
export async function feedsListCommand(options: Options, io: Io): Promise<number> {
  const feeds = await withStore(options, (store) => listFeeds(store));
  if (options.json) printJson(io, feeds);
  else if (feeds.length === 0) io.stdout.write("no feeds yet: `cinemeter feeds add URL`\n");
  else
    for (const f of feeds)
      io.stdout.write(
        `${f.id}  ${f.url}  ${f.parked ? `parked after ${f.failures} failures` : (f.lastStatus ?? "never fetched")}${f.lastError ? ` (${f.lastError})` : ""}  ${f.itemCount} items\n`,
      );
  return EXIT.ok;
}

/** `cinemeter feeds remove ID|URL`. */
export async function feedsRemoveCommand(
  idOrUrl: string,
  options: Options,
  io: Io,
): Promise<number> {
  const removed = await withStore(options, async (store) => {
    const feed = await findFeed(store, idOrUrl);
    return feed ? removeFeed(store, feed.id) : false;
  });
  if (!removed) throw errors.usage(`no feed ${idOrUrl}`);
  io.stdout.write(`unsubscribed ${idOrUrl}; its reviews stay\n`);
  return EXIT.ok;
}

/** `cinemeter feeds resume ID|URL`: a parked feed polled again, its failures forgotten. */
export async function feedsResumeCommand(
  idOrUrl: string,
  options: Options,
  io: Io,
): Promise<number> {
  const resumed = await withStore(options, async (store) => {
    const feed = await findFeed(store, idOrUrl);
    return feed ? resumeFeed(store, feed.id, new Date().toISOString()) : false;
  });
  if (!resumed) throw errors.usage(`no feed ${idOrUrl}`);
  io.stdout.write(`resumed ${idOrUrl}: due now\n`);
  return EXIT.ok;
}

/** Prints one feed's poll: a JSON line, or a line for people. */
export function reportRefresh(io: Io, json: boolean | undefined) {
  return (r: FeedRefresh) => {
    if (json) io.stdout.write(`${JSON.stringify(r)}\n`);
    else
      io.stdout.write(
        `${r.feedId}: ${r.status}${r.error ? ` — ${r.error}` : ""}${r.status === "ok" ? ` (${r.items} items, ${r.imported} new)` : ""}\n`,
      );
  };
}

/** `cinemeter feeds poll [--once]`: due feeds now, then (without --once) every minute. */
export async function feedsPollCommand(
  options: Options & { once?: boolean },
  io: Io,
): Promise<number> {
  const report = reportRefresh(io, options.json);
  await withStore(options, async (store: Store, config: Config) => {
    const client = nodeHttpClient({ ...DEFAULT_LIMITS, allowPrivate: config.allowPrivateFeeds });
    if (options.once) {
      await pollFeeds(store, client, new Date(), report, config.feeds);
      return;
    }
    const poller = startPolling(store, client, report, { policy: config.feeds });
    await untilStopped();
    await poller.stop();
  });
  return EXIT.ok;
}

/**
 * `cinemeter feeds import FILE.opml`: follows every feed a feed reader's OPML export lists;
 * one line per feed (followed, already followed, or refused and why). Exit status 3 when
 * some were refused.
 */
export async function feedsImportCommand(file: string, options: Options, io: Io): Promise<number> {
  let content: string;
  try {
    content = await readFile(file, "utf8");
  } catch (error) {
    throw errors.unreadable(file, fileProblem(error), error);
  }
  const parsed = parseOpml(content);
  if ("error" in parsed) throw errors.unreadable(file, parsed.error);
  if (parsed.feeds.length === 0)
    throw errors.usage(`${file}: lists no feed (no outline with an xmlUrl)`);
  const outcomes = await withStore(options, (store, config) =>
    followFeeds(store, parsed.feeds, config.allowPrivateFeeds),
  );
  if (options.json) printJson(io, outcomes);
  else
    for (const o of outcomes)
      io.stdout.write(`${o.outcome}: ${o.url}${o.reason ? ` (${o.reason})` : ""}\n`);
  return outcomes.some((o) => o.outcome === "refused") ? EXIT.partial : EXIT.ok;
}

/** `cinemeter feeds export`: the followed feeds as OPML 2.0, for any feed reader. */
export async function feedsExportCommand(options: Options, io: Io): Promise<number> {
  const feeds = await withStore(options, (store) => listFeeds(store));
  io.stdout.write(
    opmlDocument(
      feeds.map((f) => ({ url: f.url, title: f.title ?? f.outlet })),
      "Feeds followed by Cinemeter",
    ),
  );
  return EXIT.ok;
}
