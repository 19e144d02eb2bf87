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
 * blank line, link and image text kept, emphasized text kept without its markers.
 */
export function markdownToText(markdown: string): string {
  return markdown
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[ \t]*$/gm, "") // fenced code
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<\/?[a-z][^>\n]*>/gi, "") // inline HTML tags
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1") // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // links
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // reference links
    .replace(/^[ \t]*\[[^\]]+\]:[ \t]*\S+.*$/gm, "") // link definitions
    .replace(/^#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$/gm, "$1") // headings
    .replace(/^[ \t]{0,3}>[ \t]?/gm, "") // block quotes
    .replace(/^[ \t]*(?:[-*+]|\d+[.)])[ \t]+/gm, "") // list markers
    .replace(/^[ \t]*(?:[-*_][ \t]*){3,}$/gm, "") // rules
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2") // strong
    .replace(/(^|[^\w*])([*_])(?=\S)([^*_\n]*?\S)\2(?!\w)/g, "$1$3") // emphasis
    .replace(/`([^`]+)`/g, "$1")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
