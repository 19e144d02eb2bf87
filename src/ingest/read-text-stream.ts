import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import { createGunzip } from "node:zlib";

/** Encodings a review file may use; `latin1` reads Windows-1252 too (its superset here). */
export type TextEncoding = "utf8" | "latin1";

/**
 * Streams a text file as decoded strings, gunzipping it when it starts with gzip's magic
 * bytes (whatever its name), and dropping a UTF-8 byte-order mark.
 */
export async function* readTextStream(
  path: string,
  encoding: TextEncoding = "utf8",
): AsyncGenerator<string> {
  const gzipped = await startsWithGzipMagic(path);
  const raw = createReadStream(path);
  const bytes = gzipped ? raw.pipe(createGunzip()) : raw;
  raw.on("error", (error) => bytes.destroy(error));
  const decoder = new TextDecoder(encoding === "latin1" ? "windows-1252" : "utf-8");
  let first = true;
  for await (const chunk of bytes) {
    let text = decoder.decode(chunk as Buffer, { stream: true });
    if (first) {
      text = text.replace(/^\uFEFF/, "");
      first = false;
    }
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

async function startsWithGzipMagic(path: string): Promise<boolean> {
  const handle = await open(path, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}
