import type { FollowOutcome } from "../../../commands/follow-feeds.js";
import type { FeedPolicy } from "../../../domain/feed-policy.js";
import type { FeedSubscription } from "../../../store/feeds.repository.js";
import { count, date, duration } from "../format.js";

export interface FeedsPageProps {
  feeds: FeedSubscription[];
  policy: FeedPolicy;
  csrf: string;
  error?: string;
  /** What an OPML import just did, feed by feed. */
  imported?: FollowOutcome[];
}

/** The followed feeds with their last fetch, status, error and item count; add and remove. */
export function FeedsPage({ feeds, policy, csrf, error, imported }: FeedsPageProps) {
  return (
    <>
      <h1>Feeds</h1>
      <p>
        Critics' feeds Cinemeter follows (RSS, Atom, JSON Feed, Letterboxd). Each is fetched with a
        conditional GET, and again {duration(policy.intervalMs)} later; after a failure it waits{" "}
        {duration(policy.backoffMs)}, then twice as long each time, up to a day, and after{" "}
        {policy.maxFailures} failures in a row it is parked until you resume it.
      </p>
      {error ? <p class="notice error">{error}</p> : null}
      <form method="post" action="/feeds" class="card form-grid">
        <input type="hidden" name="csrf" value={csrf} />
        <input type="hidden" name="action" value="add" />
        <label for="feed-url">
          Feed URL
          <input id="feed-url" name="url" type="url" required placeholder="https://…/feed/" />
        </label>
        <label for="feed-outlet">
          Outlet (default: the feed's title)
          <input id="feed-outlet" name="outlet" />
        </label>
        <label for="feed-critic">
          Critic (default: each item's author)
          <input id="feed-critic" name="critic" />
        </label>
        <p>
          <button type="submit">Follow</button>
        </p>
      </form>
      {imported ? (
        <section class="notice" aria-labelledby="imported">
          <h2 id="imported">Imported</h2>
          <ul>
            {imported.map((o) => (
              <li key={o.url}>
                <strong>{o.outcome}</strong>: <code>{o.url}</code>
                {o.reason ? ` (${o.reason})` : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <details class="card">
        <summary>Import or export the list (OPML, as feed readers use)</summary>
        <p>
          <a href="/feeds/export.opml">Download the followed feeds as OPML</a>
        </p>
        <form method="post" action="/feeds">
          <input type="hidden" name="csrf" value={csrf} />
          <input type="hidden" name="action" value="import" />
          <label class="field" for="opml">
            Paste a feed reader's OPML export: every feed it lists is followed
            <textarea id="opml" name="opml" rows={6} required />
          </label>
          <p>
            <button type="submit">Import</button>
          </p>
        </form>
      </details>
      {feeds.length === 0 ? (
        <p class="muted">No feeds yet.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Feed</th>
              <th scope="col">Last fetch</th>
              <th scope="col">Status</th>
              <th scope="col">Items</th>
              <th scope="col">
                <span class="sr-only">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {feeds.map((f) => (
              <tr key={f.id}>
                <td>
                  <strong>{f.title ?? f.outlet ?? "Not fetched yet"}</strong>
                  <br />
                  <code>{f.url}</code>
                </td>
                <td>
                  {f.lastFetchedAt
                    ? `${date(f.lastFetchedAt)} ${f.lastFetchedAt.slice(11, 16)} UTC`
                    : "never"}
                </td>
                <td>
                  {f.parked ? <strong>parked</strong> : (f.lastStatus ?? "waiting")}
                  {f.lastError ? <span class="verdict-negative"> — {f.lastError}</span> : null}
                  {f.failures > 1 ? (
                    <span class="muted"> ({f.failures} failures in a row)</span>
                  ) : null}
                  {f.parked ? (
                    <form method="post" action="/feeds">
                      <input type="hidden" name="csrf" value={csrf} />
                      <input type="hidden" name="action" value="resume" />
                      <input type="hidden" name="id" value={f.id} />
                      <button class="secondary" type="submit" aria-label={`Resume ${f.url}`}>
                        Resume
                      </button>
                    </form>
                  ) : null}
                </td>
                <td>{count(f.itemCount)}</td>
                <td>
                  <form method="post" action="/feeds">
                    <input type="hidden" name="csrf" value={csrf} />
                    <input type="hidden" name="action" value="remove" />
                    <input type="hidden" name="id" value={f.id} />
                    <button class="secondary" type="submit" aria-label={`Stop following ${f.url}`}>
                      Remove
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
