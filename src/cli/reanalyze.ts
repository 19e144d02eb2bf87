import { filmRef } from "../commands/film-ref.js";
import { type ReanalyzeSummary, reanalyzeReviews } from "../commands/reanalyze-reviews.js";
import { EXIT, errors } from "../errors.js";
import { type Io, printJson } from "./io.js";
import { withStore } from "./store-options.js";

/** `cinemeter reviews reanalyze [--film FILM] [--dry-run] [--examples N] [--json]`. */
export async function reviewsReanalyzeCommand(
  options: { db?: string; film?: string; dryRun?: boolean; examples?: string; json?: boolean },
  io: Io,
): Promise<number> {
  const examples = Number(options.examples ?? 10);
  if (!Number.isInteger(examples) || examples < 0)
    throw errors.usage(`--examples: expected a whole number, got "${options.examples}"`);
  const summary = await withStore(options, async (store) => {
    const filmId = options.film === undefined ? undefined : await filmRef(store, options.film);
    return reanalyzeReviews(
      store,
      { ...(filmId !== undefined ? { filmId } : {}), dryRun: options.dryRun === true, examples },
      (done, total) => {
        if (io.stderrIsTTY) io.stderr.write(`\rreading again: ${count(done)} of ${count(total)}`);
      },
    );
  });
  if (io.stderrIsTTY) io.stderr.write("\n");
  if (options.json) printJson(io, summary);
  else io.stdout.write(describe(summary));
  return EXIT.ok;
}

const count = (n: number) => n.toLocaleString("en-US");

/** The summary in words, one line a kind of change, then the first changed reviews. */
export function describe(s: ReanalyzeSummary): string {
  const lines = [
    `${s.written ? "read again" : "would read again (dry run)"}: ${count(s.read)} reviews, ${count(s.changed)} ${s.written ? "changed" : "would change"}`,
  ];
  const v = s.verdicts;
  if (v.toPositive + v.toNegative + v.gained + v.lost > 0)
    lines.push(
      `  verdicts: ${count(v.toPositive)} to fresh, ${count(v.toNegative)} to rotten, ${count(v.gained)} gained one, ${count(v.lost)} lost theirs`,
    );
  if (s.scores.changed > 0)
    lines.push(
      `  scores: ${count(s.scores.changed)} changed${s.scores.meanAbsoluteChange === null ? "" : ` (by ${s.scores.meanAbsoluteChange} points on average)`}`,
    );
  if (s.textScores > 0) lines.push(`  scores read from the text: ${count(s.textScores)} changed`);
  if (s.quotes > 0) lines.push(`  pull quotes: ${count(s.quotes)} changed`);
  if (s.aspects.reviews > 0)
    lines.push(
      `  aspects: ${count(s.aspects.reviews)} reviews changed (${count(s.aspects.before)} mentions before, ${count(s.aspects.after)} now)`,
    );
  const d = s.disagreements;
  if (d.flagged + d.cleared + d.reworded > 0)
    lines.push(
      `  what does not add up (text, rating, verdict): ${count(d.flagged)} newly flagged, ${count(d.cleared)} no longer, ${count(d.reworded)} said anew`,
    );
  if (s.named > 0) lines.push(`  people or films named: ${count(s.named)} changed`);
  if (s.trash.read > 0)
    lines.push(
      `in the trash (deletes that can be undone): ${count(s.trash.read)} reviews, ${count(s.trash.changed)} ${s.written ? "changed" : "would change"}`,
    );
  if (s.examples.length > 0) {
    lines.push("first changed:");
    for (const e of s.examples)
      lines.push(`  ${e.id}${e.film ? `  ${e.film}` : ""}\n    ${e.changes.join("\n    ")}`);
  }
  if (!s.written && s.changed + s.trash.changed > 0)
    lines.push("nothing was written: run without --dry-run to write");
  return `${lines.join("\n")}\n`;
}
