import type { Kysely } from "kysely";

/**
 * When critics' and outlets' standing last changed, read by every /critics and /outlets
 * request to know whether its kept page still holds: an index makes it one lookup.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ["critic_stats", "outlet_stats"]) {
    await db.schema.createIndex(`${table}_updated`).on(table).column("updated_at").execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["critic_stats", "outlet_stats"]) {
    await db.schema.dropIndex(`${table}_updated`).ifExists().execute();
  }
}
