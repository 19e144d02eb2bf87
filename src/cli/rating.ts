import { normalizeRating } from "../analyze/rating/index.js";
import { normalizeRatings, type RatingRequest } from "../commands/normalize-ratings.js";
import { type CinemeterError, EXIT, errors } from "../errors.js";
import {
  errorObject,
  type Io,
  parseJsonLines,
  printJson,
  printJsonLines,
  readAll,
  reportErrors,
} from "./io.js";
import { describeRating } from "./present.js";

export interface RatingOptions {
  outlet?: string;
  json?: boolean;
  jsonl?: boolean;
}

/**
 * `cinemeter rating "<raw>" [--outlet NAME] [--json]` and `cinemeter rating --jsonl`.
 * The words of an unquoted rating are joined: `cinemeter rating 3 stars` reads "3 stars".
 */
export async function ratingCommand(
  words: string[],
  options: RatingOptions,
  io: Io,
): Promise<number> {
  if (options.jsonl) {
    if (words.length > 0) throw errors.usage("give a rating or --jsonl, not both");
    return ratingLines(await readAll(io.stdin), options.outlet ?? null, io);
  }
  if (words.length === 0)
    throw errors.usage('give a rating, e.g. cinemeter rating "3 stars", or --jsonl');
  const rating = normalizeRating(words.join(" "), { outlet: options.outlet ?? null });
  if (options.json) printJson(io, rating);
  else io.stdout.write(`${describeRating(rating)}\n`);
  return EXIT.ok;
}

async function ratingLines(text: string, defaultOutlet: string | null, io: Io): Promise<number> {
  const failures: CinemeterError[] = [];
  const requests: Array<RatingRequest | { error: CinemeterError; line: number }> = parseJsonLines(
    text,
  ).map((line) =>
    line.error
      ? { error: line.error, line: line.line }
      : toRequest(line.value, line.line, defaultOutlet),
  );
  const valid = requests.filter((r): r is RatingRequest => !("error" in r));
  const ratings = normalizeRatings(valid);
  let next = 0;
  const out = requests.map((r) => {
    if (!("error" in r)) return ratings[next++];
    failures.push(r.error);
    return errorObject(r.error, { line: r.line });
  });
  printJsonLines(io, out);
  return reportErrors(io, failures, "batch");
}

/** A JSONL value as a rating request: `{"rating": …, "outlet": …}`, or a bare string or number. */
function toRequest(
  value: unknown,
  line: number,
  defaultOutlet: string | null,
): RatingRequest | { error: CinemeterError; line: number } {
  if (typeof value === "string" || typeof value === "number")
    return { rating: value, outlet: defaultOutlet };
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return {
      error: errors.invalidInput(`stdin line ${line}`, 'expected an object like {"rating": "3/4"}'),
      line,
    };
  }
  const { rating, outlet } = value as Record<string, unknown>;
  if (
    rating !== undefined &&
    rating !== null &&
    typeof rating !== "string" &&
    typeof rating !== "number"
  ) {
    return {
      error: errors.invalidInput(`stdin line ${line}`, '"rating" must be a string or a number'),
      line,
    };
  }
  if (outlet !== undefined && outlet !== null && typeof outlet !== "string") {
    return { error: errors.invalidInput(`stdin line ${line}`, '"outlet" must be a string'), line };
  }
  return { rating: rating ?? "", outlet: (outlet as string | null | undefined) ?? defaultOutlet };
}
