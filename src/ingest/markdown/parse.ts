import { parse as parseYaml } from "yaml";

/** A Markdown review: its front matter's key–value data and its body as plain text. */
export interface MarkdownReview {
  data: Record<string, unknown>;
  body: string;
}

const YAML_FRONT = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;
const TOML_FRONT = /^\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+[ \t]*(?:\n|$)/;

/**
 * Splits a Markdown file into front matter (YAML between `---` lines, or Hugo's TOML between
 * `+++`) and body. Front matter that is not valid YAML (say `rating: ***`, which YAML reads as
 * an alias) is read line by line as `key: value`.
 */
export function parseMarkdownReview(content: string): MarkdownReview {
  const text = content.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const yaml = YAML_FRONT.exec(text);
  const toml = yaml ? null : TOML_FRONT.exec(text);
  const front = yaml ?? toml;
  const data = yaml ? yamlData(yaml[1] ?? "") : toml ? keyValueLines(toml[1] ?? "", "=") : {};
  const body = front ? text.slice(front[0].length) : text;
  return { data, body: markdownToText(body) };
}

function yamlData(source: string): Record<string, unknown> {
  try {
    const data: unknown = parseYaml(source, { schema: "core" });
    if (data && typeof data === "object" && !Array.isArray(data))
      return data as Record<string, unknown>;
  } catch {
    // fall through to the forgiving reader
  }
  return keyValueLines(source, ":");
}

/** `key: value` (or `key = value`) lines at the top level; quotes around a value dropped. */
function keyValueLines(source: string, separator: ":" | "="): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const line of source.split("\n")) {
    if (/^\s/.test(line) || line.trim().startsWith("#")) continue;
    const at = line.indexOf(separator);
    if (at <= 0) continue;
    const key = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    data[key] = /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
  }
  return data;
}

/**
 * Markdown as the plain text a reader sees: markup dropped, paragraphs kept apart by a
 * blank line, link and image text kept, emphasized text kept without its markers. Linear in
 * the text: fenced code is found line by line, comments with indexOf, and no inline
 * expression scans past the next mark that could open the same construct.
 */
export function markdownToText(markdown: string): string {
  const lines = withoutFencedCode(markdown.split("\n"));
  const inline = withoutComments(lines.join("\n"))
    .replace(/<\/?[a-z][^<>\n]*>/gi, "") // inline HTML tags
    .replace(/!\[([^[\]]*)\]\([^()]*\)/g, "$1") // images
    .replace(/\[([^[\]]+)\]\([^()]*\)/g, "$1") // links
    .replace(/\[([^[\]]+)\]\[[^[\]]*\]/g, "$1"); // reference links
  return inline
    .split("\n")
    .map(blockText)
    .join("\n")
    .replace(/(\*\*|__)(?=\S)((?:(?!\1)[\s\S])*?\S)\1/g, "$2") // strong
    .replace(/(^|[^\w*])([*_])(?=\S)([^*_\n]*?\S)\2(?!\w)/g, "$1$3") // emphasis
    .replace(/`([^`]+)`/g, "$1")
    .split("\n")
    .map((line) => trimEnd(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * One line without its block markup: link definitions, heading marks, quotes, rules. A list
 * item keeps its mark, unindented, as a reader sees a list ("- great cast", "2. the script"):
 * each item is a sentence of its own (splitSentences).
 */
function blockText(line: string): string {
  if (/^[ \t]*\[[^[\]]+\]:[ \t]*\S/.test(line)) return ""; // link definition
  const heading = /^#{1,6}[ \t]+/.exec(line);
  if (heading) return trimEnd(trimEnd(trimEnd(line.slice(heading[0].length)), "#"));
  const unquoted = line.replace(/^[ \t]{0,3}>[ \t]?/, "");
  if (/^[ \t]*(?:[-*_][ \t]*){3,}$/.test(unquoted)) return ""; // a rule
  return unquoted.replace(/^[ \t]*([-*+]|\d+[.)])[ \t]+/, "$1 ");
}

/**
 * Lines without fenced code blocks (``` or ~~~, closed by a line of at least as many of the
 * same mark; an unclosed fence runs to the end, as CommonMark has it).
 */
function withoutFencedCode(lines: string[]): string[] {
  const kept: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const marks = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence === null) {
      if (marks) fence = marks;
      else kept.push(line);
    } else if (marks?.startsWith(fence) && line.slice(marks.length).trim() === "") {
      fence = null;
    }
  }
  return kept;
}

/** Text without `<!-- … -->` comments; an unclosed one is left as it is. */
function withoutComments(text: string): string {
  const parts: string[] = [];
  let at = 0;
  for (let open = text.indexOf("<!--"); open !== -1; open = text.indexOf("<!--", at)) {
    const close = text.indexOf("-->", open + 4);
    if (close === -1) break;
    parts.push(text.slice(at, open));
    at = close + 3;
  }
  parts.push(text.slice(at));
  return parts.join("");
}

/** A line without the characters (spaces and tabs by default) that end it, in one backward pass. */
function trimEnd(line: string, characters = " \t"): string {
  let end = line.length;
  while (end > 0 && characters.includes(line[end - 1] as string)) end--;
  return line.slice(0, end);
}
