import type { Store } from "../../src/store/db.js";

/** The id of the one film with this title in a test store (throws when there is none). */
export async function filmIdByTitle(store: Store, title: string): Promise<string> {
  return (
    await store.db
      .selectFrom("films")
      .select("id")
      .where("title", "=", title)
      .executeTakeFirstOrThrow()
  ).id;
}
