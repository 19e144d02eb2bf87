import type { Store } from "./db.js";

/** Records an admin session until `expiresAt`, clearing sessions that have expired. */
export async function addSession(store: Store, id: string, expiresAt: string, now: string) {
  await store.db.deleteFrom("admin_sessions").where("expires_at", "<=", now).execute();
  await store.db.insertInto("admin_sessions").values({ id, expires_at: expiresAt }).execute();
}

/** Whether an admin session exists and has not expired. */
export async function sessionIsLive(store: Store, id: string, now: string): Promise<boolean> {
  const row = await store.db
    .selectFrom("admin_sessions")
    .select("id")
    .where("id", "=", id)
    .where("expires_at", ">", now)
    .executeTakeFirst();
  return row !== undefined;
}

/** Ends an admin session (log-out). */
export async function removeSession(store: Store, id: string): Promise<void> {
  await store.db.deleteFrom("admin_sessions").where("id", "=", id).execute();
}
