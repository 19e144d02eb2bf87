import type { Kysely } from "kysely";

/** Admin sessions kept on the server, so that logging out ends one for good. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("admin_sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("admin_sessions").ifExists().execute();
}
