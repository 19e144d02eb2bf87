import type { Kysely } from "kysely";

/**
 * People are looked up by their name as credited (/people/:name): with IMDb's full name
 * list (millions of rows) that must be an index lookup, not a scan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.createIndex("people_name").on("people").column("name").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("people_name").ifExists().execute();
}
