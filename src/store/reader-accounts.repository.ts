import type { Kysely } from "kysely";
import type { Database, ReadersTable } from "./schema.js";

/** A reader's account as the site and the API read it (never the password hash). */
export interface ReaderAccount {
  id: string;
  name: string;
  createdAt: string;
  hasToken: boolean;
  feedKey: string | null;
  letterboxdFeed: string | null;
}

function account(row: ReadersTable): ReaderAccount {
  return {
    id: row.id,
    name: row.name,
    createdAt: row.created_at,
    hasToken: row.token_hash !== null,
    feedKey: row.feed_key,
    letterboxdFeed: row.letterboxd_feed,
  };
}

/** Adds a reader who signs in with a password; false when the name is taken. */
export async function addReaderAccount(
  db: Kysely<Database>,
  reader: { id: string; name: string; passwordHash: string; createdAt: string },
): Promise<boolean> {
  const inserted = await db
    .insertInto("readers")
    .values({
      id: reader.id,
      name: reader.name,
      created_at: reader.createdAt,
      password_hash: reader.passwordHash,
    })
    .onConflict((oc) => oc.column("name").doNothing())
    .returning("id")
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The reader of that name with their password hash, for signing in; null when none. */
export async function readerCredentials(
  db: Kysely<Database>,
  name: string,
): Promise<{ id: string; passwordHash: string | null } | null> {
  const row = await db
    .selectFrom("readers")
    .select(["id", "password_hash"])
    .where("name", "=", name)
    .executeTakeFirst();
  return row ? { id: row.id, passwordHash: row.password_hash } : null;
}

/**
 * A reader's account by one of what identifies them: their id, the hash of their API token, or
 * their private feed's key; null when none.
 */
export async function readerBy(
  db: Kysely<Database>,
  column: "id" | "token_hash" | "feed_key",
  value: string,
): Promise<ReaderAccount | null> {
  const row = await db
    .selectFrom("readers")
    .selectAll()
    .where(column, "=", value)
    .executeTakeFirst();
  return row ? account(row) : null;
}

/** Sets (or clears) one of a reader's secrets or their Letterboxd feed. */
export async function updateReader(
  db: Kysely<Database>,
  id: string,
  change: Partial<
    Pick<ReadersTable, "token_hash" | "feed_key" | "letterboxd_feed" | "letterboxd_read_at">
  >,
): Promise<void> {
  await db.updateTable("readers").set(change).where("id", "=", id).execute();
}

/** Readers whose Letterboxd feed was last read before `before` (or never), with it. */
export async function readersWithFeedsDue(
  db: Kysely<Database>,
  before: string,
  limit: number,
): Promise<Array<{ id: string; letterboxdFeed: string }>> {
  const rows = await db
    .selectFrom("readers")
    .select(["id", "letterboxd_feed"])
    .where("letterboxd_feed", "is not", null)
    .where((eb) =>
      eb.or([eb("letterboxd_read_at", "is", null), eb("letterboxd_read_at", "<", before)]),
    )
    .orderBy("letterboxd_read_at")
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, letterboxdFeed: r.letterboxd_feed as string }));
}

/** Records a reader's session until `expiresAt`, clearing sessions that have expired. */
export async function addReaderSession(
  db: Kysely<Database>,
  session: { idHash: string; readerId: string; csrf: string; expiresAt: string },
  now: string,
): Promise<void> {
  await db.deleteFrom("reader_sessions").where("expires_at", "<=", now).execute();
  await db
    .insertInto("reader_sessions")
    .values({
      id_hash: session.idHash,
      reader_id: session.readerId,
      csrf: session.csrf,
      expires_at: session.expiresAt,
    })
    .execute();
}

/** The reader of a live session, with the session's CSRF token; null when none. */
export async function readerOfSession(
  db: Kysely<Database>,
  idHash: string,
  now: string,
): Promise<{ id: string; name: string; csrf: string } | null> {
  const row = await db
    .selectFrom("reader_sessions")
    .innerJoin("readers", "readers.id", "reader_sessions.reader_id")
    .select(["readers.id", "readers.name", "reader_sessions.csrf"])
    .where("reader_sessions.id_hash", "=", idHash)
    .where("reader_sessions.expires_at", ">", now)
    .executeTakeFirst();
  return row ?? null;
}

/** Ends a reader's session (signing out). */
export async function removeReaderSession(db: Kysely<Database>, idHash: string): Promise<void> {
  await db.deleteFrom("reader_sessions").where("id_hash", "=", idHash).execute();
}
