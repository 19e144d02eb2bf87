/** The longest line read whole; a longer one is reported by its length and skipped. */
export const MAX_LINE_LENGTH = 4_000_000;

/** One line of a text stream: its text, or how long it was when over the limit. */
export type Line = { line: number; text: string } | { line: number; tooLong: number };

/**
 * The lines of a stream of text chunks (`\n` or `\r\n`), numbered from 1, in time linear in
 * the text: each chunk is searched once, and a line over `maxLength` characters is not kept
 * (only counted), so one endless line costs neither time nor memory beyond its reading.
 */
export async function* readLines(
  chunks: AsyncIterable<string> | Iterable<string>,
  maxLength = MAX_LINE_LENGTH,
): AsyncGenerator<Line> {
  let parts: string[] = [];
  let length = 0;
  let line = 0;
  const take = (tail: string): Line => {
    line++;
    const total = length + tail.length;
    const text = total > maxLength ? null : parts.join("") + tail;
    parts = [];
    length = 0;
    return text === null ? { line, tooLong: total } : { line, text: text.replace(/\r$/, "") };
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let at = chunk.indexOf("\n"); at !== -1; at = chunk.indexOf("\n", from)) {
      yield take(chunk.slice(from, at));
      from = at + 1;
    }
    const rest = chunk.slice(from);
    if (length + rest.length <= maxLength) parts.push(rest);
    else parts = [];
    length += rest.length;
  }
  if (length > 0) yield take(""); // a last line without a line break
}
