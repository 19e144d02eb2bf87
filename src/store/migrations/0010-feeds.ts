import type { Kysely } from "kysely";

/** Feed subscriptions with what their last fetch found, for polite conditional polling. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("feeds")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("url", "text", (c) => c.notNull().unique())
    .addColumn("outlet", "text")
    .addColumn("critic", "text")
    .addColumn("title", "text")
    .addColumn("etag", "text")
    .addColumn("last_modified", "text")
    .addColumn("last_fetched_at", "text")
    .addColumn("last_status", "text")
    .addColumn("last_error", "text")
    .addColumn("item_count", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("next_fetch_at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("feeds_next_fetch").on("feeds").column("next_fetch_at").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("feeds").ifExists().execute();
}
