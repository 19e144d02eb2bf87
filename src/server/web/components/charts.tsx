import type { ScoreAgainstConsensus } from "../../../store/sources.repository.js";
import { count, counted } from "../format.js";

const W = 320;
const H = 160;
const PAD = { left: 30, right: 8, top: 10, bottom: 24 };

/**
 * The ten-bin histogram of critic scores, 0–9 … 90–100, as server-rendered SVG, with the
 * positive / mixed / negative counts when given; an empty one says why.
 */
export function Histogram({
  bins,
  sides,
}: {
  bins: number[];
  sides?: { positive: number; mixed: number; negative: number };
}) {
  const max = Math.max(1, ...bins);
  const width = (W - PAD.left - PAD.right) / bins.length;
  const height = H - PAD.top - PAD.bottom;
  const total = bins.reduce((s, b) => s + b, 0);
  if (total === 0)
    return (
      <figure class="card">
        <figcaption>
          <strong>Scores</strong>
        </figcaption>
        <p class="muted">
          No review has a score yet: none states a rating, and none has words to estimate one from.
        </p>
      </figure>
    );
  return (
    <figure class="card">
      <figcaption>
        <strong>Scores</strong> <span class="muted">({counted(total, "scored review")})</span>
      </figcaption>
      {sides ? (
        <p class="sides">
          <span class="side-positive">{sides.positive} positive</span> ·{" "}
          <span class="side-mixed">{sides.mixed} mixed</span> ·{" "}
          <span class="side-negative">{sides.negative} negative</span>{" "}
          <span class="muted small">(61–100, 40–60, 0–39)</span>
        </p>
      ) : null}
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={histogramLabel(bins)}>
        <line
          class="axis"
          x1={PAD.left}
          y1={H - PAD.bottom}
          x2={W - PAD.right}
          y2={H - PAD.bottom}
        />
        {bins.map((n, i) => {
          const h = (n / max) * height;
          const x = PAD.left + i * width;
          return (
            <g key={i}>
              <rect class="bar" x={x + 2} y={H - PAD.bottom - h} width={width - 4} height={h}>
                <title>{`${i * 10}–${i === 9 ? 100 : i * 10 + 9}: ${n}`}</title>
              </rect>
              <text x={x + width / 2} y={H - 8} text-anchor="middle">
                {i * 10}
              </text>
            </g>
          );
        })}
        <text x={4} y={PAD.top + 8}>
          {max}
        </text>
      </svg>
    </figure>
  );
}

function histogramLabel(bins: number[]): string {
  return `Histogram of scores: ${bins.map((n, i) => `${i * 10} to ${i === 9 ? 100 : i * 10 + 9}: ${n}`).join("; ")}`;
}

/** Points of a timeline: a month and the mean score of that month's reviews. */
export interface TimelinePoint {
  month: string;
  reviewCount: number;
  meanScore: number | null;
  percentPositive: number | null;
}

/** The score month by month (reviews' own dates) as server-rendered SVG. */
export function Timeline({ points }: { points: TimelinePoint[] }) {
  const scored = points.filter((p) => p.meanScore !== null);
  const height = H - PAD.top - PAD.bottom;
  const width = W - PAD.left - PAD.right;
  const x = (i: number) =>
    PAD.left + (scored.length < 2 ? width / 2 : (i / (scored.length - 1)) * width);
  const y = (s: number) => PAD.top + height - (s / 100) * height;
  const path = scored
    .map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.meanScore ?? 0).toFixed(1)}`)
    .join(" ");
  if (scored.length === 0)
    return (
      <figure class="card">
        <figcaption>
          <strong>Score over time</strong>
        </figcaption>
        <p class="muted">
          {points.length === 0
            ? "No timeline: none of its reviews carries a date of its own."
            : "No timeline: its dated reviews carry no score."}
        </p>
      </figure>
    );
  const label = `Mean score by month: ${scored.map((p) => `${p.month}: ${Math.round(p.meanScore ?? 0)} from ${counted(p.reviewCount, "review")}`).join("; ")}`;
  return (
    <figure class="card">
      <figcaption>
        <strong>Score over time</strong> <span class="muted">(by review date)</span>
      </figcaption>
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
        {[0, 50, 100].map((s) => (
          <g key={s}>
            <line class="axis" x1={PAD.left} y1={y(s)} x2={W - PAD.right} y2={y(s)} />
            <text x={4} y={y(s) + 4}>
              {s}
            </text>
          </g>
        ))}
        {scored.length > 1 ? <path class="line" d={path} /> : null}
        {scored.map((p, i) => (
          <circle key={p.month} class="dot" cx={x(i)} cy={y(p.meanScore ?? 0)} r={3}>
            <title>{`${p.month}: ${Math.round(p.meanScore ?? 0)} (${counted(p.reviewCount, "review")})`}</title>
          </circle>
        ))}
        {scored.length ? (
          <>
            <text x={PAD.left} y={H - 6}>
              {scored[0]?.month}
            </text>
            <text x={W - PAD.right} y={H - 6} text-anchor="end">
              {scored.at(-1)?.month}
            </text>
          </>
        ) : null}
      </svg>
    </figure>
  );
}

/**
 * A critic's or outlet's scores against each film's consensus: points above the diagonal are
 * films it liked more than the others did.
 */
export function LeniencyChart({
  points,
  name,
  of,
}: {
  points: ScoreAgainstConsensus[];
  name: string;
  /** How many of its reviews it could show: the chart holds the newest `points.length` of them. */
  of: number;
}) {
  const size = 240;
  const pad = 28;
  const inner = size - 2 * pad;
  const at = (s: number) => pad + (s / 100) * inner;
  const above = points.filter((p) => p.score > p.consensus).length;
  // (Reviews, not films: a critic who reviewed a film for two outlets has two points on it.)
  const shown =
    of > points.length
      ? `the newest ${counted(points.length, "review")} of ${count(of)}`
      : counted(points.length, "review");
  // The films furthest from the consensus, named in words as well as on hover.
  const byGap = [...points].sort((a, b) => b.score - b.consensus - (a.score - a.consensus));
  // A film reviewed twice (a critic writing for two outlets) is told apart by where each ran.
  const reviewsOf = new Map<string, number>();
  for (const p of points) reviewsOf.set(p.filmId, (reviewsOf.get(p.filmId) ?? 0) + 1);
  const named = (p: ScoreAgainstConsensus) =>
    (reviewsOf.get(p.filmId) ?? 0) > 1 && p.alongside
      ? `${p.filmTitle} (${p.alongside}: ${Math.round(p.score)} against ${Math.round(p.consensus)})`
      : `${p.filmTitle} (${Math.round(p.score)} against ${Math.round(p.consensus)})`;
  const furthest = (list: ScoreAgainstConsensus[]) => list.slice(0, 3).map(named).join("; ");
  const highs = byGap.filter((p) => p.score - p.consensus >= 10);
  const lows = byGap.reverse().filter((p) => p.consensus - p.score >= 10);
  return (
    <figure class="card">
      <figcaption>
        <strong>Against the consensus</strong>{" "}
        <span class="muted">
          ({shown}; {above} scored above the others' mean)
        </span>
      </figcaption>
      <svg
        class="chart square"
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-label={`${name}'s score (up) against each film's consensus (across) for ${points.length} reviews; ${above} above the diagonal`}
      >
        <line class="axis" x1={pad} y1={size - pad} x2={size - pad} y2={size - pad} />
        <line class="axis" x1={pad} y1={pad} x2={pad} y2={size - pad} />
        <line class="diagonal" x1={pad} y1={size - pad} x2={size - pad} y2={pad} />
        {points.map((p) => (
          <circle
            key={p.reviewId}
            class="dot"
            cx={at(p.consensus)}
            cy={size - at(p.score)}
            r={2.5}
            fill-opacity={0.6}
          >
            <title>{named(p)}</title>
          </circle>
        ))}
        <text x={size / 2} y={size - 6} text-anchor="middle">
          consensus
        </text>
        <text x={pad} y={size - pad + 12} text-anchor="middle">
          0
        </text>
        <text x={size - pad} y={size - pad + 12} text-anchor="middle">
          100
        </text>
        <text x={pad - 4} y={pad + 4} text-anchor="end">
          100
        </text>
        <text x={10} y={size / 2} transform={`rotate(-90 10 ${size / 2})`} text-anchor="middle">
          {name}
        </text>
      </svg>
      {highs.length || lows.length ? (
        <dl class="small">
          {highs.length ? (
            <>
              <dt>Most above the others</dt>
              <dd>{furthest(highs)}</dd>
            </>
          ) : null}
          {lows.length ? (
            <>
              <dt>Most below the others</dt>
              <dd>{furthest(lows)}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </figure>
  );
}
