import type { SourceKind } from "../../../store/source-stats.repository.js";
import type { SourceSort, SourceSummary } from "../../../store/sources.repository.js";
import { count, percent, score, seg } from "../format.js";

/** What /critics and /outlets take from their query strings. */
export interface BrowseSources {
  kind: SourceKind;
  sort: SourceSort;
  /** Only names containing it ("" for all). */
  query: string;
  offset: number;
}

export const SOURCE_SORTS: Record<SourceSort, string> = {
  reviews: "Most reviews",
  agreement: "Agreement with the majority",
  lenient: "Most lenient",
  harsh: "Harshest",
};
export const SOURCES_PER_PAGE = 50;

/**
 * /critics and /outlets: each with its reviews, % positive, mean score, how often it agrees
 * with each film's majority and how far its scores sit from each film's consensus.
 */
export function SourcesPage({
  browse,
  sources,
  next,
}: {
  browse: BrowseSources;
  sources: SourceSummary[];
  next: string | null;
}) {
  const { kind, sort, query, offset } = browse;
  const plural = kind === "critic" ? "Critics" : "Outlets";
  return (
    <>
      <h1>{plural}</h1>
      <form class="filters" method="get" action={`/${kind}s`}>
        <label>
          Name
          <input type="search" name="q" value={query} maxLength={200} />
        </label>
        <label>
          Sort by
          <select name="sort">
            {Object.entries(SOURCE_SORTS).map(([value, label]) => (
              <option value={value} selected={sort === value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Show</button>
      </form>
      <p class="muted small">
        Agreement: the share of its verdicts that match the majority of each film's other reviews.
        Leniency: how many points its scores sit above (+) or below (−) each film's other reviews,
        pulled toward 0 for few reviews (<a href="/about#aggregates-aggregates-v1">how</a>).
      </p>
      {sources.length === 0 ? (
        <p class="muted">
          {query ? `No ${kind} has a name containing “${query}”.` : `No ${kind}s yet.`}
        </p>
      ) : (
        <section
          class="table-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must take focus to scroll by keyboard.
          tabIndex={0}
          aria-label={plural}
        >
          <table>
            <thead>
              <tr>
                <th scope="col">{kind === "critic" ? "Critic" : "Outlet"}</th>
                <th scope="col" class="num">
                  Reviews
                </th>
                <th scope="col" class="num wide-only">
                  Positive
                </th>
                <th scope="col" class="num wide-only">
                  Mean
                </th>
                <th scope="col" class="num">
                  Agreement
                </th>
                <th scope="col" class="num">
                  Leniency
                </th>
              </tr>
            </thead>
            <tbody>
              {sources.map((s) => (
                <tr key={s.id}>
                  <td>
                    <a href={`/${kind}s/${seg(s.id)}`}>{s.name}</a>
                    {s.topCritic ? <span class="muted small"> · top critic</span> : null}
                  </td>
                  <td class="num">{count(s.reviewCount)}</td>
                  <td class="num wide-only">{percent(s.percentPositive)}</td>
                  <td class="num wide-only">{score(s.meanScore)}</td>
                  <td class="num">
                    {s.agreement === null ? "–" : `${Math.round(s.agreement * 100)}%`}
                  </td>
                  <td class="num">{leniencyText(s.leniency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {next || offset > 0 ? (
        <p class="pager">
          {offset > 0 ? (
            <a href={`/${kind}s${sourcesQuery(browse, Math.max(0, offset - SOURCES_PER_PAGE))}`}>
              ← Previous
            </a>
          ) : null}{" "}
          {next ? (
            <a href={`/${kind}s${sourcesQuery(browse, offset + SOURCES_PER_PAGE)}`}>Next →</a>
          ) : null}
        </p>
      ) : null}
    </>
  );
}

/** "+3.2", "−1.5", "0", or "–" when unknown. */
function leniencyText(value: number | null): string {
  if (value === null) return "–";
  if (value === 0) return "0";
  return `${value > 0 ? "+" : "−"}${Math.abs(value).toFixed(1)}`;
}

/** The list's query string for these choices at `offset`. */
export function sourcesQuery(b: BrowseSources, offset: number): string {
  const params = new URLSearchParams();
  if (b.query) params.set("q", b.query);
  if (b.sort !== "reviews") params.set("sort", b.sort);
  if (offset > 0) params.set("cursor", Buffer.from(String(offset)).toString("base64url"));
  const s = params.toString();
  return s ? `?${s}` : "";
}
