import type { RatingImportSummary } from "../../../commands/reader-ratings.js";
import { REPORT_REASON_WORDS } from "../../../domain/report.js";
import type { reportsBy } from "../../../store/review-reports.repository.js";
import type { TasteMatch } from "../../../taste/match.js";
import {
  MatchFigures,
  type NamedSharedFilm,
  SharedFilmsTable,
  stars,
} from "../components/taste.js";
import { date, seg } from "../format.js";

/** Sign in, or sign up: a name and a password. */
export function AccountForm({
  mode,
  error,
  signUpOpen,
  name,
}: {
  mode: "signin" | "signup";
  error?: string;
  signUpOpen: boolean;
  name?: string;
}) {
  const signUp = mode === "signup";
  return (
    <>
      <h1>{signUp ? "Sign up" : "Sign in"}</h1>
      <p>
        With an account you bring your own ratings (a Letterboxd or IMDb export, your Letterboxd
        feed, or stars given here), see the critics whose taste matches yours, and a score predicted
        for you on every film. Your ratings are yours: nobody else sees them, they change no public
        figure, and you can download or delete them at any time.
      </p>
      {signUp && !signUpOpen ? (
        <p class="notice">Whoever runs this site has closed sign-ups.</p>
      ) : (
        <form method="post" action={signUp ? "/signup" : "/signin"} class="card">
          {error ? <p class="notice error">{error}</p> : null}
          <label class="field" for="name">
            Name
            <input
              id="name"
              name="name"
              required
              minLength={3}
              maxLength={40}
              autocomplete="username"
              value={name ?? ""}
            />
          </label>
          <label class="field" for="password">
            Password{signUp ? " (10 characters or more)" : ""}
            <input
              id="password"
              name="password"
              type="password"
              required
              minLength={signUp ? 10 : 1}
              maxLength={200}
              autocomplete={signUp ? "new-password" : "current-password"}
            />
          </label>
          <p>
            <button type="submit">{signUp ? "Sign up" : "Sign in"}</button>
          </p>
        </form>
      )}
      <p>
        {signUp ? (
          <a href="/signin">I have an account: sign in</a>
        ) : signUpOpen ? (
          <a href="/signup">No account yet? Sign up</a>
        ) : null}
      </p>
    </>
  );
}

export interface MePageProps {
  name: string;
  csrf: string;
  origin: string;
  ratings: Array<{
    key: string;
    title: string;
    year: number | null;
    score: number;
    filmId: string | null;
    filmTitle: string | null;
  }>;
  letterboxdFeed: string | null;
  /** What they reported read wrong in reviews, and what came of it, oldest first. */
  reports: Awaited<ReturnType<typeof reportsBy>>;
  hasToken: boolean;
  feedKey: string | null;
  /** A token just made, shown this once. */
  newToken?: string;
  imported?: RatingImportSummary;
  error?: string;
}

/** What a reader reported read wrong in reviews, newest first, and what the admins did. */
function YourReports({ reports }: { reports: MePageProps["reports"] }) {
  const outcome = (r: MePageProps["reports"][number]) =>
    r.outcome === "corrected"
      ? `an admin corrected the review (${date(r.closedAt ?? r.at)})`
      : r.outcome === "dismissed"
        ? `an admin read it and left it as it is (${date(r.closedAt ?? r.at)})`
        : "waiting for an admin";
  return (
    <section aria-labelledby="reports" class="card">
      <h2 id="reports">Your reports ({reports.length})</h2>
      <ul>
        {[...reports].reverse().map((r) => (
          <li>
            {r.filmId ? (
              <a href={`/films/${seg(r.filmId)}#reviews`}>{r.filmTitle ?? "a film"}</a>
            ) : (
              "A review no longer here"
            )}
            {r.critic ? `, ${r.critic}'s review` : ""}: {REPORT_REASON_WORDS[r.reason]}
            {r.note ? ` — “${r.note}”` : ""}{" "}
            <span class="muted">
              ({date(r.at)}): {outcome(r)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The reader's own page: their ratings, imports, what to resolve, and their data. */
export function MePage(p: MePageProps) {
  const linked = p.ratings.filter((r) => r.filmId);
  const unlinked = p.ratings.filter((r) => !r.filmId);
  return (
    <>
      <h1>Your taste, {p.name}</h1>
      <p>
        {linked.length.toLocaleString("en-US")} of your {p.ratings.length.toLocaleString("en-US")}{" "}
        ratings are linked to films here. <a href="/me/critics">Critics like you</a> ·{" "}
        <a href="/me/films">Films you would like</a>
      </p>
      {p.error ? <p class="notice error">{p.error}</p> : null}
      {p.imported ? <ImportSummary summary={p.imported} /> : null}
      <section aria-labelledby="import" class="card">
        <h2 id="import">Bring your ratings</h2>
        <form method="post" action="/me/ratings" enctype="multipart/form-data">
          <input type="hidden" name="csrf" value={p.csrf} />
          <label class="field" for="export">
            A Letterboxd export (ratings.csv or diary.csv) or an IMDb ratings export (CSV)
            <input id="export" name="export" type="file" accept=".csv,text/csv" required />
          </label>
          <p>
            <button type="submit">Import</button>{" "}
            <span class="muted">Importing the same export again replaces its ratings.</span>
          </p>
        </form>
        <form method="post" action="/me/letterboxd">
          <input type="hidden" name="csrf" value={p.csrf} />
          <label class="field" for="feed">
            Your Letterboxd RSS feed (https://letterboxd.com/NAME/rss/): read now, then again every
            feed interval (an hour by default)
            <input id="feed" name="url" type="url" value={p.letterboxdFeed ?? ""} required />
          </label>
          <p>
            <button type="submit">Read my feed</button>
          </p>
        </form>
        <p class="muted">Or give stars on any film's page.</p>
      </section>
      {unlinked.length ? (
        <section aria-labelledby="unlinked" class="card">
          <h2 id="unlinked">Ratings not linked to a film ({unlinked.length})</h2>
          <p class="muted">
            Their title and year did not name one film here for sure. Give the film's address (or
            its id) to link one, or leave it: it counts for nothing until then.
          </p>
          <ul>
            {unlinked.slice(0, 200).map((r, i) => (
              <li>
                <form method="post" action="/me/ratings/link" class="inline-form">
                  <input type="hidden" name="csrf" value={p.csrf} />
                  <input type="hidden" name="key" value={r.key} />
                  <label for={`film-${i}`}>
                    {r.title}
                    {r.year ? ` (${r.year})` : ""}, {stars(r.score)}: film{" "}
                    <input id={`film-${i}`} name="film" placeholder="/films/…" required />
                  </label>{" "}
                  <button type="submit" class="secondary">
                    Link
                  </button>
                </form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {linked.length ? (
        <section aria-labelledby="rated" class="card">
          <h2 id="rated">Your ratings ({linked.length})</h2>
          <ul class="inline-list">
            {linked.slice(0, 300).map((r) => (
              <li>
                <a href={`/films/${seg(r.filmId as string)}`}>{r.filmTitle ?? r.title}</a>{" "}
                {stars(r.score)}
              </li>
            ))}
          </ul>
          {linked.length > 300 ? (
            <p class="muted">And {linked.length - 300} more (in the download).</p>
          ) : null}
        </section>
      ) : null}
      {p.reports.length > 0 ? <YourReports reports={p.reports} /> : null}
      <section aria-labelledby="access" class="card">
        <h2 id="access">Your feed and the API</h2>
        {p.feedKey ? (
          <p>
            Your private feed of new reviews by the critics who match you:{" "}
            <code>{`${p.origin}/feeds/for/${p.feedKey}.atom`}</code> (whoever has this address can
            read it: make a new one to end the old).
          </p>
        ) : (
          <p class="muted">No private feed yet.</p>
        )}
        <form method="post" action="/me/feed-key" class="inline-form">
          <input type="hidden" name="csrf" value={p.csrf} />
          <button type="submit" class="secondary">
            {p.feedKey ? "Make a new feed address" : "Make my private feed"}
          </button>
        </form>
        {p.newToken ? (
          <p class="notice">
            Your API token, shown this once: <code>{p.newToken}</code>. Send it as{" "}
            <code>Authorization: Bearer …</code> to <code>/api/me</code>.
          </p>
        ) : (
          <p class="muted">
            {p.hasToken ? "You have an API token (only its hash is kept)." : "No API token yet."}
          </p>
        )}
        <form method="post" action="/me/token" class="inline-form">
          <input type="hidden" name="csrf" value={p.csrf} />
          <button type="submit" class="secondary">
            {p.hasToken ? "Replace my API token" : "Make an API token"}
          </button>
        </form>
      </section>
      <section aria-labelledby="data" class="card">
        <h2 id="data">Your data</h2>
        <p>
          <a href="/me/export.json" download>
            Download everything kept about you (JSON)
          </a>
        </p>
        <form method="post" action="/me/delete">
          <input type="hidden" name="csrf" value={p.csrf} />
          <label for="confirm">
            <input id="confirm" name="confirm" type="checkbox" value="yes" required /> Delete my
            account, my ratings, my reports and my sessions, for good
          </label>{" "}
          <button type="submit" class="danger">
            Delete my data
          </button>
        </form>
      </section>
    </>
  );
}

function ImportSummary({ summary }: { summary: RatingImportSummary }) {
  return (
    <div class="notice">
      <p>
        Read {summary.read.toLocaleString("en-US")} ratings:{" "}
        {summary.linked.toLocaleString("en-US")} linked to films
        {summary.unlinked
          ? `, ${summary.unlinked.toLocaleString("en-US")} not (listed below to link by hand)`
          : ", every one"}
        {summary.skipped ? `, ${summary.skipped} entries without a rating skipped` : ""}.
      </p>
      {summary.rejects.length ? (
        <ul>
          {summary.rejects.slice(0, 20).map((r) => (
            <li>
              {r.where}: {r.reason}
            </li>
          ))}
          {summary.rejects.length > 20 ? <li>and {summary.rejects.length - 20} more</li> : null}
        </ul>
      ) : null}
    </div>
  );
}

/** "Critics like you": the best matches, with the shared films where each differs most. */
export function CriticsLikeYouPage({
  ratedFilms,
  critics,
}: {
  ratedFilms: number;
  critics: Array<
    TasteMatch & {
      name: string;
      differ: NamedSharedFilm[];
    }
  >;
}) {
  return (
    <>
      <h1>Critics like you</h1>
      <p>
        From your {ratedFilms.toLocaleString("en-US")} linked ratings: each critic's scores and
        yours on the films you both rated, with each film's consensus and each side's leniency taken
        out first, so that what is compared is taste, not generosity. A match over few films is
        shrunk toward none (<a href="/about#taste-taste-v1">how</a>).
      </p>
      {critics.length === 0 ? (
        <p class="notice">
          No critic shares three rated films with you yet. <a href="/me">Bring more ratings</a>.
        </p>
      ) : (
        <ol>
          {critics.map((c) => (
            <li class="card">
              <h2>
                <a href={`/critics/${seg(c.critic)}`}>{c.name}</a>
              </h2>
              <MatchFigures match={c} />
              {c.differ.length ? (
                <SharedFilmsTable
                  shared={c.differ}
                  caption={`Where you and ${c.name} differ most`}
                />
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** "Films you would like": predictions for films the reader has not rated. */
export function FilmsForYouPage({
  predictions,
}: {
  predictions: Array<{
    film: string;
    filmName: string;
    score: number;
    interval: [number, number];
    consensus: number;
    leanedOn: unknown[];
  }>;
}) {
  return (
    <>
      <h1>Films you would like</h1>
      <p>
        Films you have not rated, among those the critics who match you rated, by the score
        predicted for you: the critics' mean, moved by your leniency and by how the critics who
        share your taste scored it against the others.
      </p>
      {predictions.length === 0 ? (
        <p class="notice">
          Nothing to predict yet: no critic matches you. <a href="/me">Bring more ratings</a>.
        </p>
      ) : (
        <div class="table-scroll">
          <table>
            <caption>Predicted for you, best first</caption>
            <thead>
              <tr>
                <th scope="col">Film</th>
                <th scope="col" class="num">
                  For you
                </th>
                <th scope="col" class="num">
                  95% interval
                </th>
                <th scope="col" class="num">
                  Critics' mean
                </th>
                <th scope="col" class="num">
                  Critics leaned on
                </th>
              </tr>
            </thead>
            <tbody>
              {predictions.map((p) => (
                <tr>
                  <td>
                    <a href={`/films/${seg(p.film)}`}>{p.filmName}</a>
                  </td>
                  <td class="num">{Math.round(p.score)}</td>
                  <td class="num">
                    {Math.round(p.interval[0])}–{Math.round(p.interval[1])}
                  </td>
                  <td class="num">{Math.round(p.consensus)}</td>
                  <td class="num">{p.leanedOn.length}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
