import type { FilmDetail } from "../../../store/films.repository.js";
import { date, seg } from "../format.js";

/**
 * The candidates a linking decision weighed (the five best), each with its points, why it
 * was ruled out, and the evidence for and against it.
 */
export function CandidateList({ candidates }: { candidates: readonly Candidate[] }) {
  if (candidates.length === 0) return null;
  return (
    <ol class="candidates">
      {candidates.slice(0, 5).map((c) => (
        <li key={c.id}>
          <a href={`/films/${seg(c.id)}`}>
            {c.title}
            {c.year ? ` (${c.year})` : ""}
          </a>{" "}
          <span class="muted">{c.score} points</span>
          {c.excluded ? <span class="muted"> · ruled out: {c.excluded}</span> : null}
          <ul>
            {c.evidence.map((e) => (
              <li>
                {e.detail}
                {e.weight ? ` (${e.weight > 0 ? "+" : ""}${e.weight})` : ""}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** One candidate of a linking decision, as stored. */
export interface Candidate {
  id: string;
  title: string;
  year: number | null;
  score: number;
  evidence: Array<{ kind: string; weight: number; detail: string }>;
  excluded: string | null;
}

/** A stored linking decision (film-level or a review's). */
export interface Identification {
  method?: string;
  action?: string;
  reason?: string;
  margin?: number | null;
  candidates?: Candidate[];
}

/** Names, each linking to the person's page (their films here), separated by commas. */
export function PeopleLinks({ names }: { names: readonly string[] }) {
  return (
    <>
      {names.map((name, i) => (
        <>
          {i > 0 ? ", " : ""}
          <a href={`/people/${seg(name)}`}>{name}</a>
        </>
      ))}
    </>
  );
}

/** What the review source says about the film: writers, dates, runtime, rating, studio, synopsis. */
export function FilmFacts({ film }: { film: FilmDetail }) {
  const facts = film.facts;
  if (!facts) return null;
  const parts = [
    facts.runtimeMinutes ? `${facts.runtimeMinutes} min` : null,
    facts.mpaa ? `Rated ${facts.mpaa}` : null,
    facts.releaseDate ? `In theaters ${date(facts.releaseDate)}` : null,
    facts.dvdDate ? `On disc ${date(facts.dvdDate)}` : null,
    facts.studio,
  ].filter(Boolean);
  return (
    <section class="facts-block" aria-label="Film facts">
      {facts.writers.length ? (
        <p>
          <strong>Written by:</strong> <PeopleLinks names={facts.writers} />
        </p>
      ) : null}
      {parts.length ? <p class="muted">{parts.join(" · ")}</p> : null}
      {facts.synopsis ? <p class="synopsis">{facts.synopsis}</p> : null}
      <p class="muted small">Facts as the review source ({facts.externalId}) gives them.</p>
    </section>
  );
}

/**
 * How Cinemeter decided which film this is: the decision, its reason and the candidates it
 * weighed with their evidence — shown to everyone, so a wrong link can be seen and reported.
 */
export function FilmIdentification({ film }: { film: FilmDetail }) {
  const id = (film.identification ?? null) as Identification | null;
  const status = film.pinned
    ? "Set by an admin."
    : film.provisional
      ? film.titled
        ? "Not yet matched to a catalog entry; the title is as its reviews' source gives it."
        : "No title is known yet: this film is shown by what its source says of it."
      : id
        ? "Matched to its catalog entry from the evidence below."
        : "A catalog entry.";
  return (
    <details class="identification">
      <summary>How we know which film this is</summary>
      <p>{status}</p>
      {id?.reason ? (
        <p>
          <strong>{id.action === "link" ? "Linked" : "Not linked"}:</strong> {id.reason}.
        </p>
      ) : null}
      <CandidateList candidates={id?.candidates ?? []} />
      {film.alternateTitles.length ? (
        <p>
          <strong>Also known as:</strong> {film.alternateTitles.join(" · ")}
        </p>
      ) : null}
    </details>
  );
}

/** The admin's corrections for a film: rename, set the year, merge into another film. */
/** A form that names another film by id or "Title (Year)": merge into it, move to it. */
export function FilmRefForm(props: {
  action: string;
  csrf: string;
  label: string;
  field: string;
  button: string;
}) {
  return (
    <form method="post" action={props.action} class="inline-form">
      <input type="hidden" name="csrf" value={props.csrf} />
      <label>
        {props.label}{" "}
        <input
          name={props.field}
          placeholder="film id or “Title (Year)”"
          required
          maxLength={300}
        />
      </label>
      <button type="submit">{props.button}</button>
    </form>
  );
}

export function FilmCorrections({ film, csrf }: { film: FilmDetail; csrf: string }) {
  const action = `/admin/films/${seg(film.id)}`;
  return (
    <section class="card admin-tools" aria-labelledby="corrections">
      <h2 id="corrections">Correct this film</h2>
      <form method="post" action={`${action}/edit`} class="inline-form">
        <input type="hidden" name="csrf" value={csrf} />
        <label>
          Title{" "}
          <input name="title" value={film.titled ? film.title : ""} required maxLength={300} />
        </label>
        <label>
          Year{" "}
          <input
            name="year"
            value={film.year && !film.yearInferred ? String(film.year) : ""}
            inputMode="numeric"
            size={6}
          />
        </label>
        <button type="submit">Save</button>
      </form>
      <FilmRefForm
        action={`${action}/merge`}
        csrf={csrf}
        label="Merge into film"
        field="into"
        button="Merge"
      />
      <p class="muted small">
        Every correction is in the <a href="/admin/audit">audit log</a>, and can be undone there.
      </p>
    </section>
  );
}
