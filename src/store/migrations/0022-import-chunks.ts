import type { Kysely } from "kysely";

/**
 * The chunks of an import run by workers (`cinemeter import --jobs`): each chunk's reviews as
 * read (JSON, cleared once stored), the lease of the worker storing it, and what it stored,
 * rejected and touched (the films, critics and outlets whose standing the import refreshes).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("import_chunks")
    .addColumn("import_id", "text", (c) => c.notNull())
    .addColumn("chunk", "integer", (c) => c.notNull())
    .addColumn("reviews", "integer", (c) => c.notNull())
    .addColumn("inputs", "text")
    .addColumn("leased_until", "text")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("done_at", "text")
    .addColumn("imported", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("rejected", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("rejects", "text", (c) => c.notNull().defaultTo("[]"))
    .addColumn("touched", "text")
    .addPrimaryKeyConstraint("import_chunks_pk", ["import_id", "chunk"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("import_chunks").ifExists().execute();
}
