import { type Kysely, sql } from "kysely";
import { describe, expect, test } from "vitest";
import { emptyReviewInput } from "../../src/domain/review.js";
import { literalLimit } from "../../src/store/literal-limit.js";
import { listReviews } from "../../src/store/reviews.repository.js";
import type { Database } from "../../src/store/schema.js";
import { storeReviews } from "../helpers/reviews.js";
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

  test("a page of reviews is prepared with its limit written in, so its reused plan knows it", async () => {
    await withFreshStore("postgres", async (store) => {
      // A reused plan that does not know its limit takes it for a tenth of the rows it expects:
      // at 1M reviews PostgreSQL judged such plans worse than planning anew, at every request.
      await storeReviews(store, [
        { ...emptyReviewInput("A fine film."), film: { title: "Marker Film", year: 2020 } },
      ]);
      const filmId = (await store.db.selectFrom("films").select("id").executeTakeFirstOrThrow()).id;
      await store.db.connection().execute(async (db) => {
        const onThis = { ...store, db: db as Kysely<Database> };
        for (const sort of ["added", "score"] as const)
          await listReviews(onThis, { filmId }, { limit: 20, sort });
        const { rows } = await sql<{ statement: string }>`select statement
          from pg_prepared_statements where statement like '%"reviews"."film_id" = $_%order by%'
          and statement not like '%pg_prepared_statements%'`.execute(db);
        expect(rows.length).toBeGreaterThanOrEqual(2);
        for (const { statement } of rows) {
          expect(statement).toMatch(/limit \d+$/);
          expect(statement).not.toMatch(/limit \$\d/);
        }
      });
    });
  });
});

test("a written-in limit is a whole number, 0 at least, whatever it is given", async () => {
  await withFreshStore("sqlite", async (store) => {
    const text = (n: number) => sql`select 1 limit ${literalLimit(n)}`.compile(store.db).sql;
    expect(text(20)).toBe("select 1 limit 20");
    expect(text(2.7)).toBe("select 1 limit 2");
    expect(text(-3)).toBe("select 1 limit 0");
    expect(text(Number.NaN)).toBe("select 1 limit 0");
  });
});
