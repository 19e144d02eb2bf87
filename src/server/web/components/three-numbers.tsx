import type { AggregateFigures } from "../../../domain/aggregate.js";
import { bandClass, bandWords, count, percent, score } from "../format.js";

/**
 * The three numbers side by side — % positive with its interval, the mean score coloured by
 * its band (with the Bayesian estimate), the review count — each saying what it is.
 */
export function ThreeNumbers({ figures }: { figures: AggregateFigures }) {
  const interval = figures.percentPositiveInterval;
  return (
    <section class="numbers" aria-label="Scores">
      <div class="number card">
        <span class="value">{percent(figures.percentPositive)}</span>
        <span class="label">positive</span>
        <span class="detail">
          {interval
            ? `95% interval ${Math.round(interval[0])}–${Math.round(interval[1])}%`
            : "no verdicts yet"}
        </span>
      </div>
      <div class="number card">
        <span class={`value`}>
          <span class={`score ${bandClass(figures.band)}`}>{score(figures.meanScore)}</span>
        </span>
        <span class="label">mean score of 100</span>
        <span class="detail">
          {bandWords(figures.band)}
          {figures.bayesianScore !== null
            ? ` · shrunk estimate ${score(figures.bayesianScore)}`
            : ""}
        </span>
      </div>
      <div class="number card">
        <span class="value">{count(figures.reviewCount)}</span>
        <span class="label">{figures.reviewCount === 1 ? "review" : "reviews"}</span>
        <span class="detail">{count(figures.positiveCount)} positive</span>
      </div>
    </section>
  );
}
