import { type Kysely, sql } from "kysely";
import { describe, expect, test } from "vitest";
import type { Database } from "../../src/store/schema.js";
import { postgresAvailable, withFreshStore } from "../helpers/stores.js";

const postgres = await postgresAvailable();

/** The statements this connection holds prepared whose text names `marker`. */
const prepared = async (db: Kysely<Database>, marker: string) =>
  Number(
    (
      await sql<{ n: string }>`select count(*) as n from pg_prepared_statements
        where statement like ${`%${marker}%`} and statement not like '%pg_prepared_statements%'`.execute(
        db,
      )
    ).rows[0]?.n,
  );

describe.runIf(postgres)("statements prepared once per PostgreSQL connection", () => {
  test("a statement with parameters is parsed once however often it runs; a long one stays unnamed", async () => {
    await withFreshStore("postgres", async (store) => {
      await store.db.connection().execute(async (db) => {
        for (const id of [1, 2, 3]) await sql`select ${id}::int as marker_short`.execute(db);
        expect(await prepared(db, "marker_short")).toBe(1);
        const many = Array.from({ length: 40 }, (_, i) => i);
        await sql`select ${sql.join(many)} as marker_long`.execute(db);
        expect(await prepared(db, "marker_long")).toBe(0);
      });
    });
  });

  test("a table whose columns changed under a prepared statement is read again, not an error", async () => {
    await withFreshStore("postgres", async (store) => {
      await store.db.connection().execute(async (db) => {
        await sql`create table marker_table (id int)`.execute(db);
        await sql`insert into marker_table values (1)`.execute(db);
        const read = () => sql`select * from marker_table where id = ${1}`.execute(db);
        expect((await read()).rows).toEqual([{ id: 1 }]);
        await sql`alter table marker_table add column note text`.execute(db);
        expect((await read()).rows).toEqual([{ id: 1, note: null }]);
        // Inside a transaction the error stands (the transaction is aborted by it).
        await sql`begin`.execute(db);
        await sql`alter table marker_table add column seen int`.execute(db);
        await expect(read()).rejects.toThrow(/cached plan must not change result type/);
        await sql`rollback`.execute(db);
        expect((await read()).rows).toEqual([{ id: 1, note: null }]);
      });
    });
  });
});
