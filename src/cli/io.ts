import { constants } from "node:fs";
import { access } from "node:fs/promises";
import { type CinemeterError, EXIT, errors, fileProblem } from "../errors.js";

/** Where a command writes; tests and the real process pass different ones. */
export interface Io {
  stdin: AsyncIterable<string | Buffer>;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Whether stderr is a terminal (progress lines go there only then). */
  stderrIsTTY?: boolean;
}

/** A line of JSONL input: the parsed value, or the error to print in its place. */
export type JsonLine =
  | { line: number; value: unknown; error?: undefined }
  | { line: number; error: CinemeterError; value?: undefined };

/** All of standard input as text. */
export async function readAll(stdin: Io["stdin"]): Promise<string> {
  const parts: string[] = [];
  const decoder = new TextDecoder();
  for await (const chunk of stdin) {
    parts.push(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join("");
}

/**
 * Splits JSONL text into parsed lines, numbered from 1. A line that is blank or not JSON
 * gets an error in its place, so the output still has one line per input line.
 */
export function parseJsonLines(text: string): JsonLine[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  if (lines.at(-1) === "") lines.pop();
  return lines.map((source, i) => {
    const line = i + 1;
    if (source.trim() === "") {
      return { line, error: errors.invalidInput(`stdin line ${line}`, "the line is empty") };
    }
    try {
      return { line, value: JSON.parse(source) as unknown };
    } catch (error) {
      return { line, error: errors.invalidJson(`stdin line ${line}`, (error as Error).message) };
    }
  });
}

/** The object printed in place of an input that failed. */
export function errorObject(error: CinemeterError, where?: { line?: number; file?: string }) {
  return { error: { id: error.id, message: error.message, ...where } };
}

const MAX_ERROR_LINES = 20;

/**
 * Prints each error as one line on stderr (at most 20, then a count) and returns the exit
 * code: ok when nothing failed; for a batch whose bad lines were answered in place, partial;
 * else usage (input that could not be read).
 */
export function reportErrors(
  io: Io,
  failures: CinemeterError[],
  kind: "input" | "batch" = "input",
): number {
  for (const error of failures.slice(0, MAX_ERROR_LINES))
    io.stderr.write(`cinemeter: ${error.message}\n`);
  if (failures.length > MAX_ERROR_LINES) {
    io.stderr.write(`cinemeter: … and ${failures.length - MAX_ERROR_LINES} more errors\n`);
  }
  if (failures.length === 0) return EXIT.ok;
  return kind === "batch" ? EXIT.partial : EXIT.usage;
}

export function printJson(io: Io, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printJsonLines(io: Io, values: readonly unknown[]): void {
  const lines = values.map((v) => JSON.stringify(v));
  io.stdout.write(lines.length > 0 ? `${lines.join("\n")}\n` : "");
}

/** Resolves when the process is asked to stop (SIGINT, Ctrl-C, or SIGTERM). */
export function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    process.once("SIGINT", () => resolve());
    process.once("SIGTERM", () => resolve());
  });
}

/** Every path named on the command line exists and can be read; else a usage error naming it. */
export async function mustExist(paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    try {
      await access(path, constants.R_OK);
    } catch (error) {
      throw errors.unreadable(path, fileProblem(error));
    }
  }
}

/** A `--limit` option as a whole number of at least 1 (`fallback` when not given). */
export function limitOption(raw: string | undefined, fallback: number): number {
  const limit = Number(raw ?? fallback);
  if (!Number.isInteger(limit) || limit < 1)
    throw errors.usage("--limit must be a positive whole number");
  return limit;
}
