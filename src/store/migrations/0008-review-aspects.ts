import type { Kysely } from "kysely";

/** Each review's aspects, by film, for the film page's aspect summary and its quotes. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("review_aspects")
    .addColumn("review_id", "text", (c) => c.notNull())
    .addColumn("film_id", "text")
    .addColumn("aspect", "text", (c) => c.notNull())
    .addColumn("polarity", "text", (c) => c.notNull())
    .addColumn("evidence", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("review_aspects_pk", ["review_id", "aspect"])
    .execute();
  await db.schema
    .createIndex("review_aspects_film")
    .on("review_aspects")
    .columns(["film_id", "aspect"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("review_aspects").ifExists().execute();
}
