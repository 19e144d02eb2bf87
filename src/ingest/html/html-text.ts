import { type ChildNode, type Element, isTag, isText } from "domhandler";

/** Elements whose content is never part of a review's text. */
const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "svg",
  "iframe",
  "object",
  "canvas",
  "head",
  "figure",
  "menu",
]);

/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "blockquote",
  "li",
  "ul",
  "ol",
  "dl",
  "dt",
  "dd",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "pre",
  "table",
  "tr",
  "hr",
  "address",
  "details",
]);

/**
 * The text a reader sees in an HTML tree: paragraphs apart by a blank line, whitespace
 * inside a paragraph collapsed, navigation, scripts and forms left out.
 */
export function htmlText(nodes: ChildNode[]): string {
  const out: string[] = [];
  walk(nodes, out);
  return out
    .join("")
    .split(/\n{2,}/)
    .map((p) =>
      p
        .replace(/[ \t\f\v\u00a0]+/g, " ")
        .replace(/ ?\n ?/g, "\n")
        .trim(),
    )
    .filter(Boolean)
    .join("\n\n");
}

/** Depth first, with a stack of its own: no recursion, however deep the tree. */
function walk(nodes: ChildNode[], out: string[]): void {
  const stack: Array<ChildNode | "\n\n"> = [...nodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node === "\n\n") out.push(node);
    else if (isText(node)) out.push(node.data.replace(/\s+/g, " "));
    else if (isTag(node)) visitElement(node, out, stack);
  }
}

function visitElement(el: Element, out: string[], stack: Array<ChildNode | "\n\n">): void {
  const name = el.name.toLowerCase();
  if (
    SKIPPED.has(name) ||
    el.attribs.hidden !== undefined ||
    el.attribs["aria-hidden"] === "true"
  ) {
    return;
  }
  if (name === "br") {
    out.push("\n");
    return;
  }
  const block = BLOCKS.has(name);
  if (block) {
    out.push("\n\n");
    stack.push("\n\n");
  }
  for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as ChildNode);
}
