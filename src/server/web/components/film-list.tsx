import { filmName } from "../../../domain/film.js";
import type { FilmSummary } from "../../../store/films.repository.js";
import { bandClass, counted, percent, score, seg } from "../format.js";

/**
 * Films as cards: name, mean score in its band colour, % positive, review count. A list
 * ranked by the shrunk mean says so on each card, with the figure it was ranked by, so the
 * numbers shown never look out of order. `detail` adds a line under a film's name (what a
 * person did on it).
 */
export function FilmList({
  films,
  empty,
  rankedByShrunkMean = false,
  detail,
}: {
  films: FilmSummary[];
  empty: string;
  rankedByShrunkMean?: boolean;
  detail?: (film: FilmSummary) => string;
}) {
  if (films.length === 0) return <p class="muted">{empty}</p>;
  return (
    <ul class="grid">
      {films.map((f) => (
        <li key={f.id} class="card">
          <a href={`/films/${seg(f.id)}`}>
            <strong>{filmName(f)}</strong>
          </a>
          {detail ? <div class="muted small">{detail(f)}</div> : null}
          {f.reviewCount === 0 ? (
            <div class="muted">In the catalog; no reviews yet</div>
          ) : (
            <div>
              <span class={`score ${bandClass(f.band)}`}>{score(f.meanScore)}</span>{" "}
              {percent(f.percentPositive)} positive ·{" "}
              <span class="muted">{counted(f.reviewCount, "review")}</span>
            </div>
          )}
          {rankedByShrunkMean && f.bayesianScore !== null ? (
            <div class="muted small">ranking score {score(f.bayesianScore)}</div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
