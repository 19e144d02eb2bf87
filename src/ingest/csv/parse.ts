/** One record of a delimited file, with the line it started on (1-based). */
export interface DelimitedRecord {
  fields: string[];
  line: number;
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
 */
export async function* parseDelimited(
  chunks: AsyncIterable<string> | Iterable<string>,
  { delimiter }: DelimitedOptions,
): AsyncGenerator<DelimitedRecord> {
  let fields: string[] = [];
  let field = "";
  let quoted = false; // inside a quoted field
  let atFieldStart = true;
  let pendingQuote = false; // saw `"` inside a quoted field; next char decides
  let line = 1;
  let recordLine = 1;
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
  if (field !== "" || fields.length > 0 || quoted) {
    endField();
    yield { fields, line: recordLine };
  }
}
