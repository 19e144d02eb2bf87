import { type Kysely, sql } from "kysely";

/**
 * How many corrections the site has had (one row, `site_edits`): counted up with every
 * entry of the audit log and every undo (store/audit.repository.ts), and read by the site's
 * fingerprint, so that lists kept while the site stands still (the films, the home page, a
 * person's films) are made again after a film is renamed or reviews are moved, not only
 * after the next import. Linking's own rewording of an unlinked film's description is no
 * correction and is not counted: after an import the sums have moved anyway; after a
 * `cinemeter films link` alone, kept lists show it with the site's next change.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table site_edits (id integer primary key, revision bigint not null)`.execute(db);
  await sql`insert into site_edits (id, revision) values (1, 0)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table site_edits`.execute(db);
}
