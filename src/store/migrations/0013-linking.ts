import { type Kysely, sql } from "kysely";

/**
 * Linking with its evidence, and corrections: the facts a source gives about its films, why
 * each film and review sits where it does, other titles, the URLs of merged films, what an
 * admin fixed by hand (re-linking leaves it), and the audit log of every change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable("films")
    .addColumn("facts", "text") // SourceFacts as JSON
    .execute();
  await db.schema
    .alterTable("films")
    .addColumn("year_inferred", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  // catalog | source | reviews | admin; null: untitled.
  await db.schema.alterTable("films").addColumn("title_source", "text").execute();
  await db.schema.alterTable("films").addColumn("link", "text").execute();
  // Films already there: a catalog film's title is the catalog's; a provisional film's title is
  // its source's when it was named by one. A film known only by a source id kept the title its
  // reviews quoted most — a rule linking v3 drops: it is untitled until linking weighs it again.
  await sql`update films set title_source = 'catalog' where provisional = 0`.execute(db);
  await sql`update films set title_source = 'source'
    where provisional = 1 and external_id is null and title_key <> ''`.execute(db);
  await db.schema
    .alterTable("films")
    .addColumn("pinned", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable("reviews").addColumn("link", "text").execute();
  await db.schema
    .alterTable("reviews")
    .addColumn("pinned", "integer", (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex("reviews_import").on("reviews").columns(["import_id"]).execute();
  await db.schema.createIndex("films_external").on("films").columns(["external_id"]).execute();
  // What a source file says of its films, by the source's id, kept for films not yet seen.
  await db.schema
    .createTable("source_facts")
    .addColumn("external_id", "text", (c) => c.primaryKey())
    .addColumn("facts", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createTable("film_titles")
    .addColumn("film_id", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("title_key", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("film_titles_pk", ["film_id", "title_key"])
    .execute();
  await db.schema.createIndex("film_titles_key").on("film_titles").columns(["title_key"]).execute();
  await db.schema
    .createTable("film_redirects")
    .addColumn("from_id", "text", (c) => c.primaryKey())
    .addColumn("to_id", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("film_redirects_to")
    .on("film_redirects")
    .columns(["to_id"])
    .execute();
  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("before", "text", (c) => c.notNull())
    .addColumn("after", "text", (c) => c.notNull())
    .addColumn("undone_at", "text")
    .addColumn("undone_by", "text")
    .execute();
  // Reviews an admin deleted: a re-import does not bring them back.
  await db.schema
    .createTable("review_tombstones")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  // Reviews a correction removed, whole, by the audit entry that removed them: undo puts them
  // back a chunk at a time, however many an import stored.
  await db.schema
    .createTable("review_trash")
    .addColumn("audit_id", "text", (c) => c.notNull())
    .addColumn("review_id", "text", (c) => c.notNull())
    .addColumn("review", "text", (c) => c.notNull())
    .addColumn("aspects", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("review_trash_pk", ["audit_id", "review_id"])
    .execute();
  await db.schema.createIndex("audit_log_at").on("audit_log").columns(["at"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    "audit_log",
    "review_trash",
    "review_tombstones",
    "film_redirects",
    "film_titles",
    "source_facts",
  ])
    await db.schema.dropTable(table).ifExists().execute();
  await db.schema.dropIndex("films_external").ifExists().execute();
  await db.schema.dropIndex("reviews_import").ifExists().execute();
  for (const column of ["link", "pinned"])
    await db.schema.alterTable("reviews").dropColumn(column).execute();
  for (const column of ["facts", "year_inferred", "title_source", "link", "pinned"])
    await db.schema.alterTable("films").dropColumn(column).execute();
}
