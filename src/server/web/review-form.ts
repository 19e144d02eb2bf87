import { emptyReviewInput, type ReviewInput } from "../../domain/review.js";
import { reviewInputProblem } from "../../ingest/fields.js";
import { detectReviewFormat, reviewFromContent } from "../../ingest/read-review-file.js";
import { EMPTY_FORM, type ReviewForm } from "./pages/new-review.js";

/** The longest review the form takes, in characters. */
const MAX_TEXT = 100_000;

/** The submitted form's fields, as strings (anything else read as empty). */
export function readReviewForm(body: unknown): ReviewForm {
  const b = (body ?? {}) as Record<string, unknown>;
  const field = (name: keyof ReviewForm) =>
    typeof b[name] === "string" ? (b[name] as string).slice(0, MAX_TEXT) : "";
  // "Use this film" in the preview: its title and year, as if typed in the Film and Year fields.
  const picked = typeof b.pick === "string" ? /^(.+)\|(\d{4})?$/.exec(b.pick) : null;
  if (picked)
    return {
      ...readReviewForm({ ...b, pick: undefined }),
      film: picked[1] ?? "",
      year: picked[2] ?? "",
    };
  return {
    ...EMPTY_FORM,
    mode: b.mode === "fields" ? "fields" : "paste",
    pasted: field("pasted"),
    text: field("text"),
    outlet: field("outlet"),
    critic: field("critic"),
    rating: field("rating"),
    film: field("film"),
    year: field("year"),
    url: field("url"),
    date: field("date"),
  };
}

/**
 * The form as a ReviewInput: the pasted review read like a file of its form (the seed's text
 * form, a blog post, Markdown or HTML), every field typed beside it correcting what was read;
 * else the fields; or what is missing.
 */
export function reviewInputFromForm(form: ReviewForm): { input: ReviewInput } | { error: string } {
  const read = formInput(form);
  if ("error" in read) return read;
  // The rules every way in shares (import and the API too).
  const problem = reviewInputProblem(read.input);
  return problem ? { error: `${fieldLabel(problem.field)}: ${problem.message}.` } : read;
}

const fieldLabel = (field: string) => `${field[0]?.toUpperCase() ?? ""}${field.slice(1)}`;

function formInput(form: ReviewForm): { input: ReviewInput } | { error: string } {
  const year = /^\d{4}$/.test(form.year.trim()) ? Number(form.year.trim()) : null;
  if (form.year.trim() && year === null) return { error: "The year must be four digits." };
  const film = form.film.trim() ? { title: form.film.trim(), year } : null;
  const url = form.url.trim();
  if (url && !/^https?:\/\//i.test(url))
    return { error: "The link must start with http:// or https://." };
  const trimmed = (s: string) => s.trim() || null;
  if (form.mode === "paste" && form.pasted.trim()) {
    const read = reviewFromContent(form.pasted, detectReviewFormat("", form.pasted));
    // What is typed beside the pasted review corrects what was read from it.
    const input = {
      ...read,
      outlet: trimmed(form.outlet) ?? read.outlet,
      critic: trimmed(form.critic) ?? read.critic,
      rating: trimmed(form.rating) ?? read.rating,
      date: trimmed(form.date) ?? read.date,
      url: url || read.url,
      film: film ?? read.film,
    };
    return input.text.trim() || input.rating
      ? { input }
      : { error: "The pasted review has no text and no rating." };
  }
  const text = form.text.trim();
  if (!text && !form.rating.trim()) return { error: "A review needs its text or a rating." };
  return {
    input: {
      ...emptyReviewInput(text),
      outlet: trimmed(form.outlet),
      critic: trimmed(form.critic),
      rating: trimmed(form.rating),
      film,
      url: url || null,
      date: trimmed(form.date),
      source: { format: "text" },
    },
  };
}
