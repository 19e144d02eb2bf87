import { z } from "zod";
import type { ReviewInput } from "../../domain/review.js";
import { filmHint, plainTextValue, verdictValue } from "../fields.js";

const text = z.string().nullish();

/** One review as a JSON object: the JSONL import format and `cinemeter analyze --jsonl`'s input. */
const ReviewJson = z.object({
  text: z.string({ error: "required, and must be a string" }),
  outlet: text,
  critic: text,
  rating: z.union([z.string(), z.number()]).nullish(),
  title: text,
  url: text,
  date: text,
  film: z
    .union(
      [
        z.string(),
        z.object({
          title: z.string(),
          year: z.union([z.number(), z.string()]).nullish(),
          imdbId: z.string().nullish(),
        }),
      ],
      {
        error:
          'expected a title ("Her Smell (2019)") or an object with a "title" string (and "year", "imdbId")',
      },
    )
    .nullish(),
  topCritic: z.boolean().nullish(),
  verdict: z.union([z.string(), z.boolean()]).nullish(),
});

/** Keys that name an object's prototype: answered as what they are, never merged anywhere. */
const ODD_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/**
 * A parsed JSON value as a ReviewInput, or why it is not one (naming the field).
 *
 * @example reviewFromJson({ text: "Great.", rating: "4/5" }, 1) // { input: {…} }
 */
export function reviewFromJson(
  value: unknown,
  line?: number,
): { input: ReviewInput } | { error: string } {
  const odd =
    value && typeof value === "object"
      ? Object.keys(value).find((k) => ODD_KEYS.has(k))
      : undefined;
  if (odd)
    return { error: `"${odd}": not a review field (refused: it names an object's prototype)` };
  const parsed = ReviewJson.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.length ? `"${issue.path.join(".")}": ` : "";
    const why =
      issue?.code === "invalid_type" && issue.path.length === 0
        ? "expected a JSON object"
        : issue?.message;
    return { error: `${field}${why}` };
  }
  const v = parsed.data;
  const verdict = verdictValue(v.verdict);
  if (verdict !== null && typeof verdict === "object")
    return { error: `"verdict": ${verdict.error}` };
  const input: ReviewInput = {
    text: plainTextValue(v.text),
    outlet: v.outlet ?? null,
    critic: v.critic ?? null,
    rating: v.rating === null || v.rating === undefined ? null : String(v.rating),
    title: v.title ?? null,
    film: filmHint(v.film),
    date: v.date ?? null,
    url: v.url ?? null,
    source: line === undefined ? { format: "jsonl" } : { format: "jsonl", line },
  };
  if (typeof v.topCritic === "boolean") input.topCritic = v.topCritic;
  if (verdict) input.verdict = verdict;
  return { input };
}

/**
 * One line of JSON lines as an object, or why it is not one. Lines that cannot be an object
 * (not starting with `{` and ending with `}`) are answered without parsing, as a parse error
 * costs microseconds and a hostile file can hold half a million of them per megabyte.
 */
export function parseJsonObject(line: string): { value: unknown } | { error: string } {
  const source = line.trim();
  if (!source.startsWith("{") || !source.endsWith("}"))
    return { error: "expected a JSON object ({…}) on the line" };
  try {
    return { value: JSON.parse(source) as unknown };
  } catch (error) {
    return { error: `not valid JSON (${(error as Error).message})` };
  }
}
