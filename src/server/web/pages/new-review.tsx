import {
  type Analysis,
  readByModel,
  verdictCertainty,
  verdictName,
  verdictSourceWords,
} from "../../../domain/analysis.js";
import { filmName } from "../../../domain/film.js";
import { quoteWords, reviewScore } from "../format.js";

/** What the add-a-review form holds, as submitted. */
export interface ReviewForm {
  mode: "paste" | "fields";
  pasted: string;
  text: string;
  outlet: string;
  critic: string;
  rating: string;
  film: string;
  year: string;
  url: string;
  date: string;
}

export const EMPTY_FORM: ReviewForm = {
  mode: "paste",
  pasted: "",
  text: "",
  outlet: "",
  critic: "",
  rating: "",
  film: "",
  year: "",
  url: "",
  date: "",
};

/** What each page behind the log-in is for, by its path: the log-in page says which one asked. */
const WHAT_NEEDS_A_LOG_IN: Record<string, string> = {
  "/reviews/new": "add a review",
  "/feeds": "follow critics' feeds",
  "/imports": "see and undo imports",
  "/admin/audit": "see and undo corrections",
};

/** The log-in form: the server's API token opens an admin session. */
export function LoginPage({
  next,
  error,
  enabled,
}: {
  next: string;
  error?: string;
  enabled: boolean;
}) {
  const wanted = WHAT_NEEDS_A_LOG_IN[next.split(/[?#]/)[0] ?? ""];
  return (
    <>
      <h1>{wanted ? `Log in to ${wanted}` : "Log in"}</h1>
      <p>
        Reading the site needs no account. Adding reviews, following feeds, imports and corrections
        are for whoever runs this site: they log in with its admin token.
      </p>
      {enabled ? (
        <form method="post" action="/login" class="card">
          {error ? <p class="notice error">{error}</p> : null}
          <input type="hidden" name="next" value={next} />
          <label class="field" for="token">
            Admin token (the server's CINEMETER_API_TOKEN)
            <input
              id="token"
              name="token"
              type="password"
              required
              autocomplete="current-password"
            />
          </label>
          <p>
            <button type="submit">Log in</button>
          </p>
        </form>
      ) : (
        <p class="notice">
          This server takes no writes: start it with <code>CINEMETER_API_TOKEN</code> set (16
          characters or more) to add reviews, follow feeds and correct films from these pages.
        </p>
      )}
    </>
  );
}

export interface NewReviewPageProps {
  form: ReviewForm;
  csrf: string;
  preview: Analysis | null;
  /** Films of the catalog (or already reviewed) that carry the title the preview found. */
  candidates?: Array<{ id: string; title: string; year: number | null; provisional: boolean }>;
  error?: string;
}

/** Add a review: paste it in the seed's form or fill the fields; preview; save. */
export function NewReviewPage({ form, csrf, preview, candidates = [], error }: NewReviewPageProps) {
  return (
    <>
      <h1>Add a review</h1>
      <p>
        Paste a review as it was published — a blog post with its headline, byline (“By Jane Doe,
        Sight and Sound”), date and rating line (“My rating: ★★★★½”), or the seed's form, a first
        line with the outlet and its rating (“De facto film reviews 3 stars”), then the text — or
        fill in the fields. Whatever you type in the fields beside a pasted review corrects what was
        read from it. Preview shows everything Cinemeter understands before anything is saved.
      </p>
      {error ? <p class="notice error">{error}</p> : null}
      {/* The answer opens at its preview (#preview), where the reader's eyes go next. */}
      <form method="post" action="/reviews/new#preview" class="card review-form">
        <input type="hidden" name="csrf" value={csrf} />
        <fieldset>
          <legend>How to enter it</legend>
          <label class="check">
            <input type="radio" name="mode" value="paste" checked={form.mode === "paste"} /> Paste
            the whole review
          </label>{" "}
          <label class="check">
            <input type="radio" name="mode" value="fields" checked={form.mode === "fields"} /> Fill
            in the fields
          </label>
        </fieldset>
        <label class="field paste-only" for="pasted">
          The review, pasted
          <textarea id="pasted" name="pasted">
            {form.pasted}
          </textarea>
        </label>
        <h2 class="paste-only">Correct what was read (optional)</h2>
        <h2 class="fields-only">The fields</h2>
        <div class="form-grid">
          <label for="film">
            Film
            <input id="film" name="film" value={form.film} />
          </label>
          <label for="year">
            Year
            <input id="year" name="year" value={form.year} inputMode="numeric" />
          </label>
          <label for="outlet">
            Outlet
            <input id="outlet" name="outlet" value={form.outlet} />
          </label>
          <label for="critic">
            Critic
            <input id="critic" name="critic" value={form.critic} />
          </label>
          <label for="rating">
            Rating as written
            <input id="rating" name="rating" value={form.rating} placeholder="3/4, B+, ★★★½" />
          </label>
          <label for="date">
            Date
            <input id="date" name="date" type="date" value={form.date} />
          </label>
          <label for="url">
            Link
            <input id="url" name="url" type="url" value={form.url} />
          </label>
        </div>
        <label class="field fields-only" for="text">
          Text
          <textarea id="text" name="text">
            {form.text}
          </textarea>
        </label>
        <p>
          <button type="submit" name="action" value="preview" class="secondary">
            Preview
          </button>{" "}
          <button type="submit" name="action" value="save">
            Save
          </button>
        </p>
      </form>
      {preview ? (
        <Preview analysis={preview} candidates={candidates} csrf={csrf} form={form} />
      ) : null}
    </>
  );
}

/**
 * The full analysis of the review as it would be saved, with the films of that title the site
 * knows, each one a button that names it (as typing it in the Film and Year fields would).
 */
function Preview({
  analysis,
  candidates,
  csrf,
  form,
}: {
  analysis: Analysis;
  candidates: NonNullable<NewReviewPageProps["candidates"]>;
  csrf: string;
  form: ReviewForm;
}) {
  return (
    <section aria-labelledby="preview" class="card">
      <h2 id="preview">Preview</h2>
      <dl class="facts">
        <dt>Film</dt>
        <dd>
          {analysis.film?.title
            ? filmName({ title: analysis.film.title, year: analysis.film.year })
            : "not found: give its title in the Film field"}
          {candidates.length > 0 ? (
            <form method="post" action="/reviews/new#preview" class="candidates">
              <input type="hidden" name="csrf" value={csrf} />
              <input type="hidden" name="action" value="preview" />
              {Object.entries(form).map(([name, value]) =>
                name === "film" || name === "year" ? null : (
                  <input type="hidden" name={name} value={value} />
                ),
              )}
              <span class="muted small">Known films of that title — pick the one it is about:</span>{" "}
              {candidates.map((c) => (
                <button
                  class="secondary"
                  type="submit"
                  name="pick"
                  value={`${c.title}|${c.year ?? ""}`}
                >
                  {filmName({ title: c.title, year: c.year })}
                  {c.provisional ? " (not in the catalog)" : ""}
                </button>
              ))}
            </form>
          ) : null}
        </dd>
        {analysis.title ? (
          <>
            <dt>Headline</dt>
            <dd>{analysis.title}</dd>
          </>
        ) : null}
        {analysis.date ? (
          <>
            <dt>Date</dt>
            <dd>{analysis.date}</dd>
          </>
        ) : null}
        <dt>Outlet</dt>
        <dd>{analysis.outlet ?? "–"}</dd>
        <dt>Critic</dt>
        <dd>{analysis.critic ?? "–"}</dd>
        <dt>Rating</dt>
        <dd>
          {analysis.rating
            ? `“${analysis.rating.raw}” → ${reviewScore(analysis.rating.score)}${analysis.rating.reason ? ` (${analysis.rating.reason})` : ""}`
            : "none"}
        </dd>
        <dt>Score</dt>
        <dd>
          {reviewScore(analysis.score)}{" "}
          {analysis.scoreSource === "text"
            ? "estimated from the text"
            : analysis.scoreSource
              ? "from the rating"
              : ""}
          {analysis.textScore !== null
            ? ` · the text alone suggests ${reviewScore(analysis.textScore)}`
            : ""}
        </dd>
        <dt>Verdict</dt>
        <dd>
          {verdictName(analysis.verdict) ?? "–"}
          {analysis.verdict ? ` (${verdictCertainty(analysis.verdict, analysis.confidence)})` : ""}
          {analysis.verdict && analysis.verdictSource
            ? ` — ${verdictSourceWords(analysis.verdictSource)}`
            : ""}
        </dd>
        {analysis.disagreement ? (
          <>
            <dt>Check</dt>
            <dd class="warning">{analysis.disagreement}</dd>
          </>
        ) : null}
        <dt>People</dt>
        <dd>
          {analysis.people.length
            ? analysis.people
                .map((p) => `${p.name} (${p.role}${p.character ? `: ${p.character}` : ""})`)
                .join(", ")
            : "none found"}
        </dd>
        <dt>Mentions</dt>
        <dd>{[...analysis.mentions.films, ...analysis.mentions.people].join(", ") || "none"}</dd>
        <dt>Aspects</dt>
        <dd>
          {analysis.aspects.length
            ? analysis.aspects
                .map(
                  (a) =>
                    `${a.aspect} ${a.polarity}${readByModel(a) ? " (read by the text model)" : ""}`,
                )
                .join(", ")
            : "none found"}
        </dd>
        <dt>Pull quote</dt>
        <dd>{analysis.quote ? `“${quoteWords(analysis.quote)}”` : "none"}</dd>
        {analysis.notes?.length ? (
          <>
            <dt>Notes</dt>
            {analysis.notes.map((note) => (
              <dd>{note}</dd>
            ))}
          </>
        ) : null}
      </dl>
    </section>
  );
}
