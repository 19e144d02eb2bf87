import type { Kysely } from "kysely";

/**
 * Leases, so that any number of pollers share feeds safely: a feed is polled by the one
 * process that holds its lease, and a host is fetched by one process at a time, spaced
 * (`feed_hosts.free_at`). A lease that is not renewed runs out: a crashed worker's feed is
 * taken up by another.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("feeds").addColumn("lease_owner", "text").execute();
  await db.schema.alterTable("feeds").addColumn("lease_until", "text").execute();
  await db.schema
    .createTable("feed_hosts")
    .addColumn("host", "text", (c) => c.primaryKey())
    .addColumn("lease_owner", "text")
    .addColumn("lease_until", "text", (c) => c.notNull())
    .addColumn("free_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("feed_hosts").ifExists().execute();
  await db.schema.alterTable("feeds").dropColumn("lease_until").execute();
  await db.schema.alterTable("feeds").dropColumn("lease_owner").execute();
}
