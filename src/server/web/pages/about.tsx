/**
 * /about: what Cinemeter is and, in full, how it reads reviews and computes every figure
 * (docs/METHODOLOGY.md, rendered).
 */
export function AboutPage({ methodology }: { methodology: string }) {
  return (
    <article class="about">
      <h1>About Cinemeter</h1>
      <p>
        Cinemeter reads film critics' reviews wherever they are published, works out each one's
        verdict, score, people and pull quote, ties it to its film, and publishes the figures with
        their uncertainty. Nothing is hidden: every rule is below, every review links to its source,
        and the same figures are in the <a href="/api/openapi.json">JSON API</a> and the{" "}
        <a href="/feeds/reviews.atom">Atom feed</a>.
      </p>
      <p>
        The film lists rank by a <strong>shrunk mean</strong>: a film's mean score pulled toward the
        site's mean when it has few scored reviews, so a single rave does not outrank a film dozens
        of critics admired (see <a href="#aggregates-aggregates-v1">Aggregates</a>).
      </p>
      {/* Rendered from the project's own docs/METHODOLOGY.md, its raw HTML escaped. */}
      <div class="methodology" dangerouslySetInnerHTML={{ __html: methodology }} />
    </article>
  );
}
