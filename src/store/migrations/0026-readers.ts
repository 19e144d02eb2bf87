import type { Kysely } from "kysely";

/**
 * Readers — the people of an instance who bring their own ratings (issue 16) — and their
 * ratings: each with what the film can be found by (title, year, IMDb id, Letterboxd page),
 * the film it was linked to (null while not sure) and why (the linking decision, JSON).
 * A rating is keyed within its reader by where it came from, so importing the same export
 * again replaces, never doubles.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("readers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("reader_ratings")
    .addColumn("reader_id", "text", (c) => c.notNull().references("readers.id"))
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("film_id", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("year", "integer")
    .addColumn("imdb_id", "text")
    .addColumn("letterboxd_uri", "text")
    .addColumn("score", "double precision", (c) => c.notNull())
    .addColumn("raw", "text", (c) => c.notNull())
    .addColumn("rated_at", "text")
    .addColumn("link", "text")
    .addPrimaryKeyConstraint("reader_ratings_pk", ["reader_id", "key"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("reader_ratings").ifExists().execute();
  await db.schema.dropTable("readers").ifExists().execute();
}
