import { STARS } from "../../../commands/reader-ratings.js";
import type { SharedFilm, TasteMatch } from "../../../taste/match.js";
import { seg } from "../format.js";

/** A film a reader shares with a critic, named as its page names it. */
export type NamedSharedFilm = SharedFilm & { filmName: string };

/** A 0–100 score as Letterboxd-style stars: 70 → "★★★½". */
export function stars(score: number): string {
  const halves = Math.round(score / 10);
  return "★".repeat(Math.floor(halves / 2)) + (halves % 2 ? "½" : "");
}

/** A correlation as people read it: "+0.62" / "−0.10". */
export function signed(value: number, digits = 2): string {
  const text = Math.abs(value).toFixed(digits);
  return value < 0 ? `−${text}` : `+${text}`;
}

export interface FilmPrediction {
  score: number;
  interval: [number, number];
  consensus: number;
  leniency: number;
  leanedOn: Array<{ critic: string; name: string; weight: number; residual: number }>;
}

/** The signed-in reader's part of a film page: their rating (and a form to give one), or what is predicted for them. */
export function YourScore({
  filmId,
  yours,
  prediction,
  csrf,
}: {
  filmId: string;
  yours: number | null;
  prediction: FilmPrediction | null;
  csrf: string;
}) {
  return (
    <section aria-labelledby="your-score" class="card">
      <h2 id="your-score">Your score</h2>
      {yours !== null ? (
        <p>
          You rated it <strong>{stars(yours)}</strong> ({Math.round(yours)} of 100).
        </p>
      ) : prediction ? (
        <>
          <p>
            Predicted for you: <strong>{Math.round(prediction.score)}</strong> of 100, about{" "}
            {stars(prediction.score) || "½"}{" "}
            <span class="muted">
              (95% interval {Math.round(prediction.interval[0])}–
              {Math.round(prediction.interval[1])}
              ), from the critics' mean of {Math.round(prediction.consensus)}, your leniency of{" "}
              {signed(prediction.leniency, 0)} points, and {prediction.leanedOn.length} critics
              whose taste matches yours.
            </span>
          </p>
          {prediction.leanedOn.length ? (
            <details>
              <summary>The critics it leaned on</summary>
              <ul>
                {prediction.leanedOn.slice(0, 10).map((n) => (
                  <li>
                    <a href={`/critics/${seg(n.critic)}`}>{n.name}</a>: match weight{" "}
                    {n.weight.toFixed(2)}, {signed(n.residual, 0)} points against the others,
                    leniency aside
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : (
        <p class="muted">
          Nothing to predict from yet: no critic whose taste matches yours has rated this film, or
          none of your ratings is linked to a film. <a href="/me">Your ratings</a>
        </p>
      )}
      <form method="post" action={`/me/films/${seg(filmId)}/rating`} class="inline-form">
        <input type="hidden" name="csrf" value={csrf} />
        <label for="stars">
          Your rating{" "}
          <select id="stars" name="stars" required>
            {yours === null ? <option value="">Stars…</option> : null}
            {STARS.map((s) => (
              <option
                value={String(s)}
                selected={yours !== null && Math.round(yours / 10) === s * 2}
              >
                {`${stars(s * 20)} (${s})`}
              </option>
            ))}
          </select>
        </label>{" "}
        <button type="submit" name="action" value="rate">
          Rate
        </button>
        {yours !== null ? (
          <>
            {" "}
            <button type="submit" name="action" value="remove" class="secondary">
              Remove my rating
            </button>
          </>
        ) : null}
      </form>
    </section>
  );
}

/** The signed-in reader's match with a critic, on the critic's page. */
export function YourMatch({
  criticName,
  match,
  shared,
  sharedCount,
}: {
  criticName: string;
  match: TasteMatch | null;
  shared: NamedSharedFilm[];
  sharedCount: number;
}) {
  return (
    <section aria-labelledby="your-match" class="card">
      <h2 id="your-match">Your match</h2>
      {match ? <MatchFigures match={match} /> : null}
      {!match ? (
        <p class="muted">
          You share {sharedCount} rated {sharedCount === 1 ? "film" : "films"} with {criticName}:
          too few to measure a match (3 at least).
        </p>
      ) : null}
      {shared.length ? (
        <SharedFilmsTable shared={shared} caption={`Where you and ${criticName} differ most`} />
      ) : null}
    </section>
  );
}

/** A match's figures in words. */
export function MatchFigures({ match }: { match: TasteMatch }) {
  return (
    <p>
      {match.correlation === null ? (
        "No correlation: one of you scored every shared film alike."
      ) : (
        <>
          Taste correlation <strong>{signed(match.correlation)}</strong>
          {match.interval
            ? ` (95% interval ${signed(match.interval[0])} to ${signed(match.interval[1])})`
            : " (too few films for an interval)"}
          , weighed <strong>{match.weight.toFixed(2)}</strong> once shrunk for {match.shared} shared
          films
        </>
      )}
      ; {Math.round(match.verdictAgreement * 100)}% same verdict; {match.meanDifference.toFixed(0)}{" "}
      points apart on average, leniency aside.
    </p>
  );
}

/** Shared films: each side's score and how far apart their tastes put it. */
export function SharedFilmsTable({
  shared,
  caption,
}: {
  shared: NamedSharedFilm[];
  caption: string;
}) {
  return (
    <div class="table-scroll">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Film</th>
            <th scope="col" class="num">
              You
            </th>
            <th scope="col" class="num">
              Critic
            </th>
            <th scope="col" class="num">
              You − critic, leniency aside
            </th>
          </tr>
        </thead>
        <tbody>
          {shared.map((f) => (
            <tr>
              <td>
                <a href={`/films/${seg(f.film)}`}>{f.filmName}</a>
              </td>
              <td class="num">{Math.round(f.yours)}</td>
              <td class="num">{Math.round(f.theirs)}</td>
              <td class="num">{signed(f.difference, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
