import { type Kysely, sql } from "kysely";

/**
 * An FTS5 index over one column of a table, as external content (the text is not copied),
 * filled from the rows already there and kept in step by triggers on insert, delete and
 * update of that column.
 */
export async function createFtsIndex(
  db: Kysely<unknown>,
  { table, column, tokenize }: { table: string; column: string; tokenize: string },
): Promise<void> {
  const fts = `${table}_fts`;
  const [t, c, f] = [sql.id(table), sql.id(column), sql.id(fts)];
  await sql`create virtual table ${f} using fts5(${c}, content=${sql.lit(table)}, content_rowid='rowid', tokenize=${sql.lit(tokenize)})`.execute(
    db,
  );
  await sql`insert into ${f}(rowid, ${c}) select rowid, ${c} from ${t}`.execute(db);
  await createFtsTriggers(db, { table, column });
}

/** The triggers that keep a table's FTS5 index (createFtsIndex) in step, one per row. */
export async function createFtsTriggers(
  db: Kysely<unknown>,
  { table, column }: { table: string; column: string },
): Promise<void> {
  const fts = `${table}_fts`;
  const [t, c, f] = [sql.id(table), sql.id(column), sql.id(fts)];
  await sql`create trigger ${sql.id(`${fts}_insert`)} after insert on ${t} begin
    insert into ${f}(rowid, ${c}) values (new.rowid, new.${c}); end`.execute(db);
  await sql`create trigger ${sql.id(`${fts}_delete`)} after delete on ${t} begin
    insert into ${f}(${f}, rowid, ${c}) values ('delete', old.rowid, old.${c}); end`.execute(db);
  await sql`create trigger ${sql.id(`${fts}_update`)} after update of ${c} on ${t} begin
    insert into ${f}(${f}, rowid, ${c}) values ('delete', old.rowid, old.${c});
    insert into ${f}(rowid, ${c}) values (new.rowid, new.${c}); end`.execute(db);
}

/** Drops what createFtsIndex made. */
export async function dropFtsIndex(db: Kysely<unknown>, table: string): Promise<void> {
  const fts = `${table}_fts`;
  for (const suffix of ["insert", "delete", "update"]) {
    await sql`drop trigger if exists ${sql.id(`${fts}_${suffix}`)}`.execute(db);
  }
  await sql`drop table if exists ${sql.id(fts)}`.execute(db);
}
