import type { Document } from "domhandler";
import { decodeHTML } from "entities";
import { DomHandler, type Handler, Parser, type ParserOptions } from "htmlparser2";

/**
 * The deepest element nesting read as markup (Chromium's HTML parser stops nesting at 512
 * too). htmlparser2 keeps its open elements in an array it shifts and searches, so each tag
 * costs time in the depth: past this, the rest of the document is read as plain text.
 */
export const MAX_HTML_DEPTH = 512;

/** How much HTML the parser reads between two looks at the depth. */
const CHUNK = 1024;

/** A parse handler that knows how deep the parser's open elements are. */
export interface DepthAware {
  depth: number;
  /** Takes the text of whatever came after the nesting limit. */
  ontext(text: string): void;
}

/**
 * Runs an htmlparser2 parser over `html` in time linear in its length: the markup is written a
 * chunk at a time, and once the handler is nested deeper than MAX_HTML_DEPTH the rest is
 * handed to it as text (tags dropped, entities decoded) instead of as markup.
 */
export function parseHtmlBounded(
  html: string,
  handler: Partial<Handler> & DepthAware,
  options: ParserOptions,
): void {
  const parser = new Parser(handler, options);
  for (let at = 0; at < html.length; at += CHUNK) {
    if (handler.depth > MAX_HTML_DEPTH) {
      // From the end of the parser's last event: a tag cut by the chunk is read whole.
      handler.ontext(markupFreeText(html.slice(parser.endIndex + 1)));
      break;
    }
    parser.write(html.slice(at, at + CHUNK));
  }
  parser.end();
}

/** HTML with its tags dropped and entities decoded, in one linear pass. */
function markupFreeText(html: string): string {
  return decodeHTML(html.replace(/<[^<>]*>?/g, " "));
}

/** A DOM handler that counts how deeply the parser has nested. */
class DepthDomHandler extends DomHandler implements DepthAware {
  depth = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    this.depth++;
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

/** An HTML document as a DOM, nested at most about MAX_HTML_DEPTH deep (see parseHtmlBounded). */
export function parseDocumentBounded(html: string): Document {
  const handler = new DepthDomHandler();
  parseHtmlBounded(html, handler, { decodeEntities: true });
  return handler.root;
}
