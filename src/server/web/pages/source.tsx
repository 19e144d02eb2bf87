import type { VNode } from "preact";
import { type FreshLine, lineBetween } from "../../../domain/fresh-threshold.js";
import type { ReviewSummary } from "../../../store/reviews.repository.js";
import type { ScoreAgainstConsensus, SourceDetail } from "../../../store/sources.repository.js";
import { Histogram, LeniencyChart } from "../components/charts.js";
import { type ReviewFilters, ReviewList } from "../components/review-list.js";
import { ThreeNumbers } from "../components/three-numbers.js";
import { counted, seg } from "../format.js";

export interface SourcePageProps {
  source: SourceDetail;
  points: ScoreAgainstConsensus[];
  reviews: { reviews: ReviewSummary[]; next: string | null };
  filters: ReviewFilters;
  /** An outlet's critics, most reviews there first (none for a critic), of `criticCount`. */
  critics: Array<{ id: string; name: string; reviewCount: number }>;
  criticCount: number;
  /** The signed-in reader's own part (their score, their match), rendered for them alone. */
  personal?: VNode;
}

/** A critic's or an outlet's page: scale, leniency against consensus, agreement, reviews. */
export function SourcePage({
  source,
  points,
  reviews,
  filters,
  critics,
  criticCount,
  personal,
}: SourcePageProps) {
  const stats = source.stats;
  const leniency = stats?.leniency ?? null;
  const path = `/${source.kind === "critic" ? "critics" : "outlets"}/${seg(source.id)}`;
  return (
    <>
      <h1>{source.name}</h1>
      <p class="muted">
        {source.kind === "critic" ? "Critic" : "Outlet"}
        {source.topCritic ? " · top critic" : ""}
      </p>
      <ThreeNumbers figures={source} />
      {personal ?? null}
      <section aria-labelledby="standing" class="card">
        <h2 id="standing">Standing</h2>
        <dl class="facts">
          <dt>Scale in use</dt>
          <dd>{stats?.scale ?? "no ratings seen"}</dd>
          <dt>Leniency</dt>
          <dd>
            {leniency === null
              ? "not enough shared films yet"
              : `${leniency > 0 ? "+" : ""}${leniency} points against each film's consensus (shrunk toward 0 for few reviews)`}
          </dd>
          <dt>Agreement</dt>
          <dd>
            {stats?.agreement == null
              ? "not enough shared films yet"
              : `${Math.round(stats.agreement * 100)}% of verdicts agree with the film's majority`}
          </dd>
          <dt>Fresh from</dt>
          <dd>
            {stats?.freshThreshold == null
              ? "60 of 100 (the default)"
              : `${stats.freshThreshold} of 100, learned from its stated verdicts${
                  // (A critic's line is published, not applied: its outlets' lines decide.)
                  source.kind === "outlet"
                    ? lineWords({ threshold: stats.freshThreshold, levels: stats.freshLevels })
                    : ""
                }`}
          </dd>
        </dl>
      </section>
      <section class="charts" aria-label="Charts">
        <LeniencyChart
          points={points}
          name={source.name}
          of={stats?.scoredCount ?? points.length}
        />
        <Histogram bins={source.histogram} />
      </section>
      {critics.length > 0 ? (
        <section aria-labelledby="critics">
          <h2 id="critics">Its critics</h2>
          <ul class="inline-list">
            {critics.map((c) => (
              <li key={c.id}>
                <a href={`/critics/${seg(c.id)}`}>{c.name}</a>{" "}
                <span class="muted">{counted(c.reviewCount, "review")}</span>
              </li>
            ))}
          </ul>
          {critics.length < criticCount ? (
            <p class="muted small">
              The {critics.length} with the most reviews here, of {criticCount}.
            </p>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="reviews">
        <h2 id="reviews">Reviews</h2>
        <ReviewList path={path} on={source.kind} reviews={reviews} filters={filters} />
        {source.kind === "critic" ? (
          <p class="muted">
            <a href={`${path}/feed.atom`}>Atom feed of this critic's reviews</a>
          </p>
        ) : null}
      </section>
    </>
  );
}

/**
 * How a line decides the scores between 60 and its cut that its critics stated verdicts at,
 * in words: ". Between 60 and 75: 60 fresh, as 60 says (5 of 5 said so); 62.5 rotten (6 of 6
 * said so); 70 split (1 of 3 fresh); where they split, or at a score none of them called, the
 * review's text decides (the line, where it has none)". Empty when there are none.
 */
function lineWords(line: FreshLine): string {
  const between = lineBetween(line);
  if (between.length === 0) return "";
  const side = (fresh: boolean) => (fresh ? "fresh" : "rotten");
  const parts = between.map((l) => {
    const byCut = l.score >= line.threshold;
    const agree = (fresh: boolean) => (fresh ? l.positive : l.count - l.positive);
    if (l.decides === "line")
      return `${l.score} ${side(byCut)} (${agree(byCut)} of ${l.count} said so)`;
    if (l.decides === "sixty")
      return `${l.score} ${side(!byCut)}, as 60 says (${agree(!byCut)} of ${l.count} said so)`;
    return `${l.score} split (${l.positive} of ${l.count} fresh)`;
  });
  const [low, high] = [Math.min(60, line.threshold), Math.max(60, line.threshold)];
  const split = between.some((l) => l.decides === "text") ? "where they split, or " : "";
  return `. Between ${low} and ${high}: ${parts.join("; ")}; ${split}at a score none of them called, the review's text decides (the line, where it has none)`;
}
