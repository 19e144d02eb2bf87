import { userInfo } from "node:os";
import {
  type Correction,
  deleteReview,
  editFilm,
  mergeFilm,
  moveReviewsTo,
  setReviewAspects,
  setReviewQuote,
  setReviewVerdict,
  splitReviews,
  undo,
  undoImport,
} from "../commands/corrections.js";
import { filmRef } from "../commands/film-ref.js";
import { linkFilms } from "../commands/link-films.js";
import { dismissReports } from "../commands/review-reports.js";
import {
  type AdminAspect,
  ASPECT_NAMES,
  type AspectName,
  type Verdict,
  verdictCertainty,
  verdictName,
  verdictSourceWords,
} from "../domain/analysis.js";
import { type ChecksList, NOTHING_TO_CHECK } from "../domain/checks.js";
import { REPORT_REASON_WORDS } from "../domain/report.js";
import { EXIT, errors } from "../errors.js";
import { listAudit } from "../store/audit.repository.js";
import type { Store } from "../store/db.js";
import { checksListing, listReviews, type ReviewSummary } from "../store/reviews.repository.js";
import { type Io, printJson } from "./io.js";
import { withStore } from "./store-options.js";

type Options = { db?: string; json?: boolean };

/** Who the audit log says made a change from the command line. */
function actor(): string {
  try {
    return `cli (${userInfo().username})`;
  } catch {
    return "cli";
  }
}

async function report(io: Io, options: Options, work: (store: Store) => Promise<Correction>) {
  const entry = await withStore(options, work);
  if (options.json) printJson(io, entry);
  else
    io.stdout.write(
      `${entry.summary}\n` +
        (entry.reread
          ? `  ${entry.reread.read} review${entry.reread.read === 1 ? "" : "s"} read again under ${entry.reread.read === 1 ? "its" : "their"} film, ${entry.reread.changed} changed\n`
          : "") +
        `  audit ${entry.id} (undo: cinemeter audit undo ${entry.id})\n`,
    );
  return EXIT.ok;
}

/** `cinemeter films edit FILM [--title T] [--year Y]`. */
export function filmsEditCommand(
  film: string,
  options: Options & { title?: string; year?: string },
  io: Io,
) {
  if (options.title === undefined && options.year === undefined)
    throw errors.usage("give --title, --year or both");
  const year =
    options.year === undefined ? undefined : options.year === "none" ? null : Number(options.year);
  if (year !== undefined && year !== null && !Number.isInteger(year))
    throw errors.usage(`--year: expected a year or "none", got "${options.year}"`);
  return report(io, options, async (store) =>
    editFilm(store, actor(), film, {
      ...(options.title !== undefined ? { title: options.title } : {}),
      ...(year !== undefined ? { year } : {}),
    }),
  );
}

/** `cinemeter films merge A B`: film A's reviews move to film B; A's URL leads to B. */
export function filmsMergeCommand(from: string, into: string, options: Options, io: Io) {
  return report(io, options, async (store) => mergeFilm(store, actor(), from, into));
}

/** `cinemeter reviews move REVIEW... --to FILM`. */
export function reviewsMoveCommand(ids: string[], options: Options & { to: string }, io: Io) {
  return report(io, options, async (store) => moveReviewsTo(store, actor(), ids, options.to));
}

/** `cinemeter reviews split REVIEW... --title T [--year Y]`. */
export function reviewsSplitCommand(
  ids: string[],
  options: Options & { title: string; year?: string },
  io: Io,
) {
  const year = options.year === undefined ? null : Number(options.year);
  if (year !== null && !Number.isInteger(year))
    throw errors.usage(`--year: expected a year, got "${options.year}"`);
  return report(io, options, (store) =>
    splitReviews(store, actor(), ids, { title: options.title, year }),
  );
}

/** `cinemeter reviews delete REVIEW`. */
export function reviewsDeleteCommand(id: string, options: Options, io: Io) {
  return report(io, options, (store) => deleteReview(store, actor(), id));
}

/** `cinemeter reviews verdict REVIEW fresh|rotten|none`: the verdict it counts as, an admin's. */
export function reviewsVerdictCommand(id: string, verdict: string, options: Options, io: Io) {
  const chosen = VERDICTS[verdict.toLowerCase()];
  if (chosen === undefined)
    throw errors.usage(
      `the verdict is fresh, rotten or none (as the review reads), not "${verdict}"`,
    );
  return report(io, options, (store) => setReviewVerdict(store, actor(), id, chosen));
}

/**
 * `cinemeter reviews aspects REVIEW ASPECT=SETTING …`: what some of its aspects are, an
 * admin's word (praise, complaint, none for not judged, read to take it back).
 */
export function reviewsAspectsCommand(id: string, settings: string[], options: Options, io: Io) {
  const changes: Partial<Record<AspectName, AdminAspect | null>> = {};
  for (const setting of settings) {
    const [name = "", value = ""] = setting.split("=");
    const aspect = ASPECT_NAMES.find((a) => a === name.trim().toLowerCase());
    if (aspect === undefined)
      throw errors.usage(
        `"${setting}": name an aspect (${ASPECT_NAMES.join(", ")}) and what it is, as in acting=praise`,
      );
    const chosen = ASPECT_SETTINGS[value.trim().toLowerCase()];
    if (chosen === undefined)
      throw errors.usage(
        `"${setting}": ${aspect} is praise, complaint, none (not judged) or read (as the review reads), not "${value}"`,
      );
    changes[aspect] = chosen;
  }
  return report(io, options, (store) => setReviewAspects(store, actor(), id, changes));
}

/**
 * `cinemeter reviews quote REVIEW WORDS…` (or `--read`): the words of its text an admin
 * chose as its pull quote, or back to the reading's choice.
 */
export function reviewsQuoteCommand(
  id: string,
  words: string[],
  options: Options & { read?: boolean },
  io: Io,
) {
  const quote = words.join(" ").trim();
  if (options.read === true && quote !== "")
    throw errors.usage(
      "give the words to quote, or --read to take an admin's quote back: not both",
    );
  if (options.read !== true && quote === "")
    throw errors.usage(
      "give the words of the review to quote (as its text writes them), or --read to let its reading choose again",
    );
  return report(io, options, (store) =>
    setReviewQuote(store, actor(), id, options.read === true ? null : quote),
  );
}

const ASPECT_SETTINGS: Record<string, AdminAspect | null> = {
  praise: "positive",
  positive: "positive",
  complaint: "negative",
  negative: "negative",
  none: "none",
  read: null,
};

const VERDICTS: Record<string, Verdict | null> = {
  fresh: "positive",
  positive: "positive",
  rotten: "negative",
  negative: "negative",
  none: null,
};

/**
 * `cinemeter reviews checks [--least-sure [--film FILM]] [--limit N] [--json]`: the reviews whose analysis
 * flags what does not add up, newest first, each with what to check; or the verdicts read
 * rather than given (from the text, a rating critics split on, an outlet's own line), least
 * sure first. Each with the command that settles it.
 */
export async function reviewsChecksCommand(
  options: Options & { limit?: string; leastSure?: boolean; film?: string; reported?: boolean },
  io: Io,
) {
  const limit = Number(options.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw errors.usage("--limit: 1 to 1000");
  const unsure = options.leastSure === true;
  if (options.film !== undefined && !unsure)
    throw errors.usage("--film goes with --least-sure: one film's verdicts read, least sure first");
  if (unsure && options.reported === true)
    throw errors.usage("--least-sure or --reported: one list at a time");
  const list: ChecksList = options.reported === true ? "reported" : unsure ? "unsure" : "flagged";
  const { reviews } = await withStore(options, async (store) => {
    const filmId = options.film === undefined ? null : await filmRef(store, options.film);
    const { filter, sort } = checksListing(list, filmId);
    return listReviews(store, filter, { limit, sort });
  });
  if (options.json) {
    printJson(io, reviews);
    return EXIT.ok;
  }
  if (reviews.length === 0) io.stdout.write(`nothing to check: ${NOTHING_TO_CHECK[list]}\n`);
  for (const r of reviews) io.stdout.write(toCheck(list, r));
  return EXIT.ok;
}

/** A review to check, in lines: which, why it is listed, and the command that settles it. */
function toCheck(list: ChecksList, r: ReviewSummary): string {
  const verdict = verdictName(r.verdict) ?? "no verdict";
  const which = `${r.id}  ${r.filmName ?? "no film"} · ${r.critic ?? r.outlet ?? "an unnamed critic"} · ${verdict}`;
  if (list === "reported")
    return (
      `${which}${r.quote ? `: “${r.quote}”` : ""}\n` +
      (r.reports ?? [])
        .map(
          (p) =>
            `  reported: ${REPORT_REASON_WORDS[p.reason]}${p.note ? ` — “${p.note}”` : ""} (${p.at.slice(0, 10)})\n`,
        )
        .join("") +
      `  settle: correct it (cinemeter reviews verdict|aspects|quote|move …), or cinemeter reviews dismiss ${r.id}\n`
    );
  return (
    `${which}${r.rating ? ` · rated “${r.rating.raw}”` : ""}\n` +
    (list === "unsure"
      ? `  ${verdictCertainty(r.verdict, r.confidence)}, ${verdictSourceWords(r.verdictSource)}${r.quote ? `: “${r.quote}”` : ""}\n`
      : `  check: ${r.disagreement}\n`) +
    `  settle: cinemeter reviews verdict ${r.id} fresh|rotten\n`
  );
}

/** `cinemeter reviews dismiss REVIEW`: its readers' open reports, dismissed. */
export async function reviewsDismissCommand(id: string, options: Options, io: Io) {
  const result = await withStore(options, (store) => dismissReports(store, actor(), id));
  if (options.json) printJson(io, result);
  else
    io.stdout.write(
      `${result.dismissed} report${result.dismissed === 1 ? "" : "s"} on review ${id} dismissed\n`,
    );
  return EXIT.ok;
}

/** `cinemeter imports undo IMPORT`. */
export function importsUndoCommand(id: string, options: Options, io: Io) {
  return report(io, options, (store) => undoImport(store, actor(), id));
}

/** `cinemeter audit undo ENTRY`. */
export function auditUndoCommand(id: string, options: Options, io: Io) {
  return report(io, options, (store) => undo(store, actor(), id));
}

/** `cinemeter audit [--target ID] [--limit N]`: the newest changes first. */
export async function auditListCommand(
  options: Options & { target?: string; limit?: string },
  io: Io,
) {
  const limit = Number(options.limit ?? 50);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
    throw errors.usage("--limit: 1 to 1000");
  const entries = await withStore(options, (store) =>
    listAudit(store.db, { ...(options.target ? { target: options.target } : {}), limit }),
  );
  if (options.json) {
    printJson(io, entries);
    return EXIT.ok;
  }
  if (entries.length === 0) io.stdout.write("no changes recorded\n");
  for (const e of entries)
    io.stdout.write(
      `${e.at.slice(0, 19).replace("T", " ")}  ${e.id}  ${e.actor}  ${e.action}  ${e.summary}${e.undoneAt ? `  [undone ${e.undoneAt.slice(0, 10)} by ${e.undoneBy}]` : ""}\n`,
    );
  return EXIT.ok;
}

/** `cinemeter films link`: links every provisional film where the evidence is clear. */
export async function filmsLinkCommand(options: Options, io: Io) {
  const summary = await withStore(options, (store) =>
    linkFilms(store, null, (done, total) => {
      if (io.stderrIsTTY && (done % 50 === 0 || done === total))
        io.stderr.write(`\rlinking films: ${done} of ${total}`);
    }),
  );
  if (io.stderrIsTTY) io.stderr.write("\n");
  if (options.json) printJson(io, summary);
  else
    io.stdout.write(
      `${summary.examined} provisional films: ${summary.linked} linked to the catalog, ${summary.kept} kept provisional` +
        (summary.reread.read > 0
          ? `; their ${summary.reread.read} reviews read again with their films' titles, ${summary.reread.changed} changed`
          : "") +
        "\n",
    );
  return EXIT.ok;
}
