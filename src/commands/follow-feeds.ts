import { feedUrlProblem } from "../ingest/fetch/http-client.js";
import type { OpmlFeed } from "../ingest/opml/opml.js";
import type { Store } from "../store/db.js";
import { addFeed, findFeed } from "../store/feeds.repository.js";

/** What became of one feed of a list to follow. */
export interface FollowOutcome {
  url: string;
  title: string | null;
  outcome: "followed" | "already followed" | "refused";
  /** Why it was refused. */
  reason?: string;
}

/**
 * Follows each feed of a list (an OPML import): an http(s) address the fetch policy allows
 * (no private or loopback addresses unless the configuration allows them) is subscribed,
 * one already followed is left as it is, any other is refused with its reason. One bad
 * address never stops the rest.
 */
export async function followFeeds(
  store: Store,
  feeds: readonly OpmlFeed[],
  allowPrivateFeeds: boolean,
): Promise<FollowOutcome[]> {
  const outcomes: FollowOutcome[] = [];
  for (const { url, title } of feeds) {
    if (!/^https?:\/\/[^/\s]+/i.test(url)) {
      outcomes.push({ url, title, outcome: "refused", reason: "not an http(s) address" });
      continue;
    }
    if (await findFeed(store, url)) {
      outcomes.push({ url, title, outcome: "already followed" });
      continue;
    }
    const problem = await feedUrlProblem(url, allowPrivateFeeds);
    if (problem) {
      outcomes.push({ url, title, outcome: "refused", reason: problem });
      continue;
    }
    await addFeed(store, url);
    outcomes.push({ url, title, outcome: "followed" });
  }
  return outcomes;
}
