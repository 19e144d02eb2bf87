import { readTextStream, type TextEncoding } from "../read-text-stream.js";
import { parseDelimited } from "./parse.js";

export interface Row {
  /** Values by the header's column names. */
  values: Record<string, string>;
  line: number;
  /** Why the row could not be read; its values are then empty. */
  error?: string;
}

/**
 * Streams a CSV/TSV file (optionally gzipped) as rows keyed by its header line. Rows with
 * fewer fields than the header get "" for the missing ones.
 */
export function readRows(
  path: string,
  options: { delimiter: string; encoding?: TextEncoding },
): AsyncGenerator<Row> {
  return rowsOf(readTextStream(path, options.encoding), options);
}

/** Rows keyed by the header line, from CSV/TSV text that comes in pieces. */
export async function* rowsOf(
  text: AsyncIterable<string>,
  options: { delimiter: string },
): AsyncGenerator<Row> {
  let header: string[] | null = null;
  for await (const record of parseDelimited(text, options)) {
    if (record.error) {
      yield { values: {}, line: record.line, error: record.error };
      continue;
    }
    if (record.fields.length === 1 && record.fields[0] === "") continue; // a blank line
    if (!header) {
      header = record.fields.map((name) => name.trim());
      continue;
    }
    const values: Record<string, string> = {};
    for (let i = 0; i < header.length; i++) values[header[i] as string] = record.fields[i] ?? "";
    yield { values, line: record.line };
  }
}
