import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Marked, Renderer } from "marked";
import { packageRoot } from "../../package-root.js";

let rendered: string | null = null;

/**
 * docs/METHODOLOGY.md as HTML, rendered once: each heading one level down (the page has its
 * own h1) and carrying an id made from its words
 * ("Aggregates (aggregates v1)" → `aggregates-aggregates-v1`) so pages can link to a
 * section, and raw HTML in the file is shown as text, never run.
 */
export function methodologyHtml(): string {
  rendered ??= markdownToHtml(readFileSync(join(packageRoot(), "docs", "METHODOLOGY.md"), "utf8"));
  return rendered;
}

/** Markdown to HTML with linkable headings (one level down) and raw HTML escaped. */
export function markdownToHtml(markdown: string): string {
  const marked = new Marked({
    renderer: {
      // One level down: the page's own title is its h1.
      heading({ tokens, depth, text }) {
        const level = Math.min(6, depth + 1);
        return `<h${level} id="${headingId(text)}">${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      // Wide tables scroll on their own, reachable by keyboard.
      table(token) {
        const table = Renderer.prototype.table.call(this, token);
        return `<div class="table-scroll" tabindex="0" role="region" aria-label="Table">${table}</div>\n`;
      },
      html({ text }) {
        return escapeHtml(text);
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

/** A heading's id: its words, lowercased, joined by hyphens. */
export function headingId(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
