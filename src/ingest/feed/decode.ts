/**
 * A feed's bytes as text: the charset of the HTTP Content-Type when given, else the byte
 * order mark, else the XML declaration's encoding, else UTF-8 (undecodable bytes replaced,
 * never an error). Unknown encoding labels fall back to UTF-8 too.
 */
export function decodeFeedBytes(bytes: Uint8Array, contentType?: string | null): string {
  const label =
    /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1] ??
    bomEncoding(bytes) ??
    /^<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(
      new TextDecoder("latin1").decode(bytes.subarray(0, 200)).replace(/\0/g, ""),
    )?.[1] ??
    "utf-8";
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return "utf-16be";
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return "utf-16le";
  return null;
}
