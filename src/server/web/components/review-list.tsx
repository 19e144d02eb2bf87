import type { AspectName } from "../../../domain/analysis.js";
import type { ReviewSort, ReviewSummary } from "../../../store/reviews.repository.js";
import { aspectJudged } from "./aspects.js";
import { ReviewCard } from "./review-card.js";

/** The review filters a film's, critic's or outlet's page takes from its query string. */
export interface ReviewFilters {
  top: boolean;
  verdict: "positive" | "negative" | null;
  rated: boolean;
  sort: ReviewSort;
  cursor: string | null;
  /** The reviews behind one of a film page's aspect bars: that aspect praised or faulted. */
  aspect: { name: AspectName; polarity: "positive" | "negative" } | null;
}

/**
 * A page's reviews under its filters (top critics — not on a critic's page —, rated only,
 * fresh or rotten) and sort, their cards leaving out what the page is about, and the next
 * page's link. `path` is the page's own address.
 */
export function ReviewList({
  path,
  on,
  reviews,
  filters,
  admin = false,
  report = false,
  aspectCount,
}: {
  path: string;
  on: "film" | "critic" | "outlet";
  reviews: { reviews: ReviewSummary[]; next: string | null };
  filters: ReviewFilters;
  admin?: boolean;
  /** A reader is signed in: each card links to where they tell the admins what is wrong. */
  report?: boolean;
  /** How many reviews judge the aspect so (filters.aspect), as its bar counts them. */
  aspectCount?: number;
}) {
  return (
    <>
      {filters.aspect ? (
        <AspectShown path={path} aspect={filters.aspect} count={aspectCount ?? null} />
      ) : null}
      <form class="filters" method="get" action={`${path}#reviews`}>
        {filters.aspect ? (
          <>
            <input type="hidden" name="aspect" value={filters.aspect.name} />
            <input type="hidden" name="side" value={filters.aspect.polarity} />
          </>
        ) : null}
        {on !== "critic" ? (
          <label class="check">
            <input type="checkbox" name="top" value="1" checked={filters.top} /> Top critics
          </label>
        ) : null}
        <label class="check">
          <input type="checkbox" name="rated" value="1" checked={filters.rated} /> Rated only
        </label>
        <label>
          Verdict
          <select name="verdict">
            <option value="">All</option>
            <option value="positive" selected={filters.verdict === "positive"}>
              Fresh
            </option>
            <option value="negative" selected={filters.verdict === "negative"}>
              Rotten
            </option>
          </select>
        </label>
        <label>
          Sort by
          <select name="sort">
            <option value="added" selected={filters.sort === "added"}>
              Newest added
            </option>
            <option value="date" selected={filters.sort === "date"}>
              Review date
            </option>
            <option value="score" selected={filters.sort === "score"}>
              Highest score
            </option>
            <option value="lowest" selected={filters.sort === "lowest"}>
              Lowest score
            </option>
          </select>
        </label>
        <button type="submit">Show</button>
      </form>
      {reviews.reviews.length === 0 ? (
        <p class="muted">No reviews match these filters.</p>
      ) : (
        <ul class="reviews">
          {reviews.reviews.map((r) => (
            <ReviewCard key={r.id} review={r} on={on} admin={admin} report={report} />
          ))}
        </ul>
      )}
      {reviews.next ? (
        <p class="pager">
          <a href={`${path}${reviewQuery({ ...filters, cursor: reviews.next })}#reviews`}>
            More reviews →
          </a>
        </p>
      ) : null}
    </>
  );
}

/** A page's query string for these filters. */
export function reviewQuery(f: ReviewFilters): string {
  const params = new URLSearchParams();
  if (f.top) params.set("top", "1");
  if (f.rated) params.set("rated", "1");
  if (f.verdict) params.set("verdict", f.verdict);
  if (f.sort !== "added") params.set("sort", f.sort);
  if (f.aspect) {
    params.set("aspect", f.aspect.name);
    params.set("side", f.aspect.polarity);
  }
  if (f.cursor) params.set("cursor", f.cursor);
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** Which reviews are listed when they are an aspect bar's, and the way back to all of them. */
function AspectShown({
  path,
  aspect,
  count,
}: {
  path: string;
  aspect: NonNullable<ReviewFilters["aspect"]>;
  count: number | null;
}) {
  return (
    <p class="aspect-shown">
      Showing the {count === null ? "" : `${count} `}
      {count === 1 ? "review" : "reviews"} {aspectJudged(aspect.name, aspect.polarity, count)}, each
      with the words that judge it. <a href={`${path}#reviews`}>Show all reviews</a>
    </p>
  );
}
