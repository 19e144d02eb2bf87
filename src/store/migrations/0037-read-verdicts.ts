import { type Kysely, SqliteAdapter, sql } from "kysely";

/**
 * The verdicts a reading reached rather than a critic or a rating gave (verdict_source text,
 * fence or outlet: READ_VERDICT_SOURCES), least sure first, without reading the rest: an
 * admin's list of what to read (/admin/checks?list=unsure). A partial index on `confidence`
 * (SQLite's ends with the rowid, the order of arrival; PostgreSQL's with `seq`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  await db.schema
    .createIndex("reviews_read_verdicts")
    .on("reviews")
    .columns(sqlite ? ["confidence"] : ["confidence", "seq"])
    .where(sql<boolean>`verdict_source in ('text', 'fence', 'outlet')`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("reviews_read_verdicts").ifExists().execute();
}
