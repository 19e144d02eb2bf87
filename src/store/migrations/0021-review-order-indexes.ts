import { type Kysely, sql } from "kysely";

/**
 * Review lists in every order straight from an index, a page at a time: a film's reviews by
 * score and by their own date (partial indexes: only the reviews that have one), and a
 * critic's or an outlet's newest first (in place of the plain critic and outlet indexes,
 * which these begin with).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of ["score", "date"]) {
    await db.schema
      .createIndex(`reviews_film_${column}`)
      .on("reviews")
      .columns(["film_id", column, "id"])
      .where(sql.ref(column), "is not", null)
      .execute();
  }
  for (const scope of ["critic", "outlet"]) {
    await db.schema
      .createIndex(`reviews_${scope}_created`)
      .on("reviews")
      .columns([`${scope}_id`, "created_at", "id"])
      .execute();
    await db.schema.dropIndex(`reviews_${scope}_id`).ifExists().execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const scope of ["critic", "outlet"]) {
    await db.schema
      .createIndex(`reviews_${scope}_id`)
      .on("reviews")
      .column(`${scope}_id`)
      .execute();
    await db.schema.dropIndex(`reviews_${scope}_created`).ifExists().execute();
  }
  for (const column of ["score", "date"])
    await db.schema.dropIndex(`reviews_film_${column}`).ifExists().execute();
}
