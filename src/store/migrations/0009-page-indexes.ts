import type { Kysely } from "kysely";

/** A film's reviews newest first straight from an index: the film page's list. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex("reviews_film_created")
    .on("reviews")
    .columns(["film_id", "created_at", "id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("reviews_film_created").ifExists().execute();
}
