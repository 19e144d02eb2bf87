import { type RawBuilder, sql } from "kysely";
import type { Dialect } from "./db.js";

/**
 * `column` is one of `ids`, as a condition. On PostgreSQL the list is one array parameter
 * (`= any($1::text[])`), so the statement is prepared once per connection whatever the list's
 * length (StatementCachingClient names statements of at most 32 parameters) instead of being
 * parsed and planned on every request; on SQLite, the list itself (`in (?, ?, …)`). An empty
 * list matches nothing.
 */
export function oneOf(
  dialect: Dialect,
  column: string,
  ids: readonly string[],
): RawBuilder<boolean> {
  if (ids.length === 0) return sql<boolean>`1 = 0`;
  return dialect === "postgres"
    ? sql<boolean>`${sql.ref(column)} = any(${[...ids]}::text[])`
    : sql<boolean>`${sql.ref(column)} in (${sql.join([...ids])})`;
}
