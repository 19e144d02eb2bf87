import type { Kysely } from "kysely";

/** The catalog: people, who did what on which film, and the films' other ids. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("films").addColumn("tmdb_id", "text").execute();
  await db.schema.alterTable("films").addColumn("movielens_id", "text").execute();
  await db.schema.alterTable("films").addColumn("genres", "text").execute();
  await db.schema
    .createTable("people")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("film_people")
    .addColumn("film_id", "text", (c) => c.notNull().references("films.id"))
    .addColumn("person_id", "text", (c) => c.notNull())
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("ordering", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("characters", "text")
    .addPrimaryKeyConstraint("film_people_pk", ["film_id", "person_id", "role"])
    .execute();
  await db.schema.createIndex("film_people_person").on("film_people").column("person_id").execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("film_people").ifExists().execute();
  await db.schema.dropTable("people").ifExists().execute();
  for (const column of ["genres", "movielens_id", "tmdb_id"]) {
    await db.schema.alterTable("films").dropColumn(column).execute();
  }
}
