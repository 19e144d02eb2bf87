import { type RawBuilder, sql } from "kysely";

/**
 * A row count (a LIMIT) written into a statement's text instead of passed as a parameter. A
 * prepared statement's reused plan that does not know its limit takes it for a tenth of the
 * rows it expects, so its estimated cost grows with the tables: at 1M reviews PostgreSQL
 * judged such plans worse than planning anew and planned those statements again at every
 * execution (a search, 1.1 ms of 3.8; a film's page of reviews, 0.1–0.2 ms of 0.4–0.6). For
 * counts the code sets, not a reader's words: a whole number, 0 at least.
 */
export function literalLimit(count: number): RawBuilder<number> {
  return sql.lit(Number.isFinite(count) ? Math.max(0, Math.floor(count)) : 0);
}
