import { type Kysely, sql } from "kysely";
import { describe, expect, test } from "vitest";
import { tidyAfterImport } from "../../src/store/db.js";
import type { Database } from "../../src/store/schema.js";
import { postgresAvailable, withFreshStore } from "../helpers/stores.js";

const postgres = await postgresAvailable();

/** Runs `work` on one connection and flushes its statistics, so pg_stat_user_tables shows them. */
async function counted(db: Kysely<Database>, work: (db: Kysely<Database>) => Promise<unknown>) {
  await db.connection().execute(async (connection) => {
    await work(connection);
    await sql`select pg_stat_force_next_flush()`.execute(connection);
    await sql`select 1`.execute(connection);
  });
}

const analyses = async (db: Kysely<Database>) =>
  Number(
    (
      await sql<{ n: string }>`select analyze_count as n from pg_stat_user_tables
        where schemaname = current_schema() and relname = 'critics'`.execute(db)
    ).rows[0]?.n,
  );

describe.runIf(postgres)("tidying after an import on PostgreSQL", () => {
  test("a table that grew is analyzed; one whose rows changed in place is left to autovacuum", async () => {
    await withFreshStore("postgres", async (store) => {
      await counted(store.db, (db) =>
        sql`insert into critics (id, name, top_critic)
          select 'c' || i, 'Critic ' || i, 0 from generate_series(1, 3000) i`.execute(db),
      );
      await tidyAfterImport(store);
      expect(await analyses(store.db)).toBe(1);
      // Every row changed, none added: the planner's counts still hold.
      await counted(store.db, (db) => sql`update critics set top_critic = 1`.execute(db));
      await tidyAfterImport(store);
      expect(await analyses(store.db)).toBe(1);
      // Grown by more than a tenth: analyzed again.
      await counted(store.db, (db) =>
        sql`insert into critics (id, name, top_critic)
          select 'd' || i, 'Critic ' || i, 0 from generate_series(1, 1500) i`.execute(db),
      );
      await tidyAfterImport(store);
      expect(await analyses(store.db)).toBe(2);
    });
  }, 60_000);
});
