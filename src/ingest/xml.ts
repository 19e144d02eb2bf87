import { type X2jOptions, XMLParser } from "fast-xml-parser";

/**
 * An XML parser for documents from outside (feeds, OPML): attributes kept as `@name`, every
 * value left as text, and no DOCTYPE entity expansion at all — entities are decoded by the
 * reader, linearly (no "billion laughs"). `options` adds what one format needs.
 */
export function untrustedXmlParser(options: Partial<X2jOptions>): XMLParser {
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    ...options,
  });
}

/** Text for XML (element or attribute): &, <, >, quotes escaped; characters XML 1.0 forbids dropped. */
export function xmlText(value: string): string {
  return (
    value
      // biome-ignore lint/suspicious/noControlCharactersInRegex: naming the characters XML allows.
      .replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  );
}
