import { z } from "zod";

/** The query parameters every list takes. */
export const Paging = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(500).optional(),
});

/** The position an offset cursor stands for (0 without one, or for one that does not read). */
export function offsetOf(cursor: string | undefined): number {
  const offset = cursor ? Number.parseInt(Buffer.from(cursor, "base64url").toString(), 10) : 0;
  return Number.isInteger(offset) && offset > 0 ? offset : 0;
}

/**
 * A page of a list fetched one row beyond `limit`: the rows to show, and the cursor of the
 * next page when there is one.
 */
export function offsetPage<T>(
  rows: T[],
  offset: number,
  limit: number,
): { rows: T[]; next: string | null } {
  return {
    rows: rows.slice(0, limit),
    next: rows.length > limit ? Buffer.from(String(offset + limit)).toString("base64url") : null,
  };
}

/** The query string of a URL, with its "?", or "" (a redirect keeps it). */
export function queryOf(url: string): string {
  const at = url.indexOf("?");
  return at < 0 ? "" : url.slice(at);
}
