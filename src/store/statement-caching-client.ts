import { createHash } from "node:crypto";
import pg from "pg";

/**
 * Statements with at most this many parameters are prepared once per connection: the
 * queries pages and the API repeat. Longer ones (multi-row inserts, long IN lists) differ in
 * their text from one call to the next and stay unnamed, so no connection hoards them.
 */
const MAX_PREPARED_PARAMETERS = 32;

/** A table's columns changed under a prepared statement (SQLSTATE 0A000 with these words). */
const planChanged = (error: unknown) =>
  (error as { code?: string }).code === "0A000" &&
  /cached plan must not change result type/.test(String((error as Error).message));

/**
 * A PostgreSQL client that names the statements it runs with parameters (by a hash of their
 * text), so each connection parses and plans a page's queries once instead of on every
 * request (the film page at 1M: 481–591 → 794–801 req/s, docs/PERFORMANCE.md). When a table's
 * columns change under a prepared `select *` (a migration run by another process), the
 * statements are named afresh and a statement outside a transaction is run again; inside one
 * the error stands, as any other would.
 */
export class StatementCachingClient extends pg.Client {
  /** Counted up when prepared statements went stale: their names change with it. */
  private generation = 0;
  private inTransaction = false;

  // biome-ignore lint/suspicious/noExplicitAny: pg.Client's query is overloaded; this passes every form through.
  override query(text: any, values?: any, callback?: any): any {
    if (typeof text === "string") this.noteTransaction(text);
    if (
      typeof text !== "string" ||
      !Array.isArray(values) ||
      values.length === 0 ||
      values.length > MAX_PREPARED_PARAMETERS ||
      callback !== undefined
    )
      return super.query(text, values, callback);
    return this.prepared(text, values, true);
  }

  private async prepared(text: string, values: unknown[], retry: boolean): Promise<pg.QueryResult> {
    const name = createHash("sha1").update(`${this.generation}\0${text}`).digest("base64url");
    try {
      return await super.query({ name, text, values });
    } catch (error) {
      if (!planChanged(error)) throw error;
      this.generation++;
      if (!retry || this.inTransaction) throw error;
      return this.prepared(text, values, false);
    }
  }

  private noteTransaction(text: string): void {
    if (/^\s*(?:begin|start transaction)\b/i.test(text)) this.inTransaction = true;
    else if (/^\s*(?:commit|end|rollback)\b(?!\s+to\b)/i.test(text)) this.inTransaction = false;
  }
}
