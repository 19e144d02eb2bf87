import type { Kysely } from "kysely";

/**
 * Readers who sign in on the site (issue 16): a password hash (scrypt, with its parameters),
 * the hash of their API token, the key of their private Atom feed, and the Letterboxd RSS
 * feed their ratings are read from; and their sessions, kept server-side (the cookie holds a
 * random id, the table its SHA-256) with each session's CSRF token. `letterboxd_read_at`: when
 * the Letterboxd feed was last read (the poller reads it again after the feed interval). A reader made by the CLI
 * (`me import --as NAME`) has no password and cannot sign in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const column of [
    "password_hash",
    "token_hash",
    "feed_key",
    "letterboxd_feed",
    "letterboxd_read_at",
  ])
    await db.schema.alterTable("readers").addColumn(column, "text").execute();
  await db.schema
    .createIndex("readers_token_hash")
    .on("readers")
    .column("token_hash")
    .unique()
    .execute();
  await db.schema
    .createIndex("readers_feed_key")
    .on("readers")
    .column("feed_key")
    .unique()
    .execute();
  await db.schema
    .createTable("reader_sessions")
    .addColumn("id_hash", "text", (c) => c.primaryKey())
    .addColumn("reader_id", "text", (c) => c.notNull().references("readers.id"))
    .addColumn("csrf", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("reader_sessions_reader")
    .on("reader_sessions")
    .column("reader_id")
    .execute();
  await db.schema
    .createIndex("reader_ratings_film")
    .on("reader_ratings")
    .columns(["reader_id", "film_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("reader_ratings_film").ifExists().execute();
  await db.schema.dropTable("reader_sessions").ifExists().execute();
  await db.schema.dropIndex("readers_feed_key").ifExists().execute();
  await db.schema.dropIndex("readers_token_hash").ifExists().execute();
  for (const column of [
    "letterboxd_read_at",
    "letterboxd_feed",
    "feed_key",
    "token_hash",
    "password_hash",
  ])
    await db.schema.alterTable("readers").dropColumn(column).execute();
}
