import type { Kysely } from "kysely";
import * as titleSearch from "./0006-title-search.js";

/**
 * Titles are searched in the server's memory (domain/title-search.ts, server/name-directories.ts),
 * as names are: the title indexes of 0006 (FTS5 trigrams on SQLite, pg_trgm on PostgreSQL) are
 * no longer read, and each film stored paid for them.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await titleSearch.down(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await titleSearch.up(db);
}
