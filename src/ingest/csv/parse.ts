/** One record of a delimited file, with the line it started on (1-based). */
export interface DelimitedRecord {
  fields: string[];
  line: number;
  /** Why the record could not be read (a quote never closed); its fields are then empty. */
  error?: string;
}

/** The longest quoted field read; a longer one is taken for a quote that is never closed. */
export const MAX_QUOTED_LENGTH = 1_000_000;
/** How many unclosed quotes a file may have before the rest is read as it falls. */
const MAX_RESUMES = 100;

/** Where a quote opened that never closed, and what came after its line. */
interface Unclosed {
  unclosed: { line: number; after: string };
}

export interface DelimitedOptions {
  /** Field separator: "," for CSV, "\t" for TSV. */
  delimiter: string;
}

/**
 * Streams the records of CSV or TSV text (RFC 4180 quoting: a field that starts with `"` runs
 * to the next lone `"`, `""` inside it is one quote, and it may span lines). Lenient where
 * real dumps are sloppy: a quote inside an unquoted field is kept as is, and a field that
 * opens with a quote but goes on after its closing quote (`"Great" film`) is kept as written.
 * A quote that never closes (by the end of the text, or within MAX_QUOTED_LENGTH characters)
 * gives a record with an `error` at the line it opened on, and reading resumes on the next
 * line, so one stray quote cannot swallow the rest of a file.
 */
export async function* parseDelimited(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: DelimitedOptions,
): AsyncGenerator<DelimitedRecord> {
  const source = (Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : null) ?? null;
  const iterator = source ?? (chunks as Iterable<string>)[Symbol.iterator]();
  // The chunks not yet read, as an iterable that an early exit does not close.
  const remaining = (head: string): AsyncIterable<string> => ({
    async *[Symbol.asyncIterator]() {
      if (head) yield head;
      for (let next = await iterator.next(); !next.done; next = await iterator.next())
        yield next.value;
    },
  });
  let line = 1;
  let input = remaining("");
  for (let resumes = 0; ; resumes++) {
    let resumed = false;
    for await (const record of parseRecords(input, options, line)) {
      if (!("unclosed" in record)) {
        yield record;
        continue;
      }
      const { unclosed } = record;
      const stop = resumes >= MAX_RESUMES;
      yield {
        fields: [],
        line: unclosed.line,
        error: `a quote opened on line ${unclosed.line} is never closed${stop ? `; reading stops after ${MAX_RESUMES} of them` : ""}`,
      };
      if (stop) return;
      line = unclosed.line + 1;
      input = remaining(unclosed.after);
      resumed = true;
    }
    if (!resumed) return;
  }
}

/** The raw text after its first line break (where reading resumes after an unclosed quote). */
function afterFirstLine(raw: string[]): string {
  const text = raw.join("");
  const at = text.indexOf("\n");
  return at === -1 ? "" : text.slice(at + 1);
}

async function* parseRecords(
  chunks: AsyncIterable<string> | Iterable<string>,
  { delimiter }: DelimitedOptions,
  firstLine: number,
): AsyncGenerator<DelimitedRecord | Unclosed> {
  let fields: string[] = [];
  let field = "";
  let quoted = false; // inside a quoted field
  let atFieldStart = true;
  let pendingQuote = false; // saw `"` inside a quoted field; next char decides
  let line = firstLine;
  let recordLine = firstLine;
  // While a field is quoted: the line its quote opened on, and the raw text since then.
  let quoteLine = firstLine;
  let raw: string[] = [];
  let rawLength = 0;
  let pendingCR = false;

  const endField = () => {
    fields.push(field);
    field = "";
    atFieldStart = true;
  };

  for await (const chunk of chunks) {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      if (pendingCR) {
        pendingCR = false;
        if (chunk[i] === "\n") {
          i++;
          continue;
        }
      }
      if (quoted) {
        if (pendingQuote) {
          pendingQuote = false;
          const c = chunk[i];
          if (c === '"') {
            field += '"';
            raw.push('"');
            i++;
            continue;
          }
          if (c === delimiter || c === "\n" || c === "\r") {
            quoted = false;
            continue; // let the unquoted branch handle the separator
          }
          // Not a closing quote after all: the field was never quoted. Keep it as written.
          field = `"${field}"`;
          quoted = false;
          continue;
        }
        const q = chunk.indexOf('"', i);
        const end = q === -1 ? n : q;
        const piece = chunk.slice(i, end);
        for (let k = piece.indexOf("\n"); k !== -1; k = piece.indexOf("\n", k + 1)) line++;
        field += piece;
        raw.push(chunk.slice(i, q === -1 ? n : q + 1));
        rawLength += piece.length;
        if (rawLength > MAX_QUOTED_LENGTH) {
          yield { unclosed: { line: quoteLine, after: afterFirstLine(raw) + chunk.slice(end) } };
          return;
        }
        i = end;
        if (q !== -1) {
          pendingQuote = true;
          i++;
        }
        continue;
      }
      const c = chunk[i] as string;
      if (c === '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
        quoteLine = line;
        raw = [];
        rawLength = 0;
        i++;
        continue;
      }
      if (c === delimiter) {
        endField();
        i++;
        continue;
      }
      if (c === "\n" || c === "\r") {
        endField();
        yield { fields, line: recordLine };
        fields = [];
        line++;
        recordLine = line;
        pendingCR = c === "\r";
        i++;
        continue;
      }
      // Plain run up to the next special character.
      let j = i + 1;
      while (j < n) {
        const d = chunk[j];
        if (d === delimiter || d === "\n" || d === "\r") break;
        j++;
      }
      field += chunk.slice(i, j);
      atFieldStart = false;
      i = j;
    }
  }
  if (quoted && pendingQuote) quoted = false;
  if (quoted) {
    yield { unclosed: { line: quoteLine, after: afterFirstLine(raw) } };
    return;
  }
  if (field !== "" || fields.length > 0 || quoted) {
    endField();
    yield { fields, line: recordLine };
  }
}
