import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "kysely";
import { afterAll, describe, expect, test } from "vitest";
import { editFilm } from "../../src/commands/corrections.js";
import { emptyReviewInput } from "../../src/domain/review.js";
import { ReviewSearch } from "../../src/server/review-search.js";
import { type Store, tidyAfterImport } from "../../src/store/db.js";
import { indexNewReviews } from "../../src/store/review-search-index.js";
import {
  deleteReviews,
  postgresSearch,
  searchReviews,
} from "../../src/store/reviews.repository.js";
import { storeReviews } from "../helpers/reviews.js";
import { testStores, withFreshStore } from "../helpers/stores.js";

const stores = await testStores();
afterAll(async () => {
  for (const s of stores) await s.cleanup();
});

const review = (text: string, outlet: string) => ({
  ...emptyReviewInput(text),
  outlet,
  film: { title: "Zebra Crossing", year: 2020 },
});

describe.each(stores)("review search on the $dialect store", (testStore) => {
  test("ranks the newest candidates only, best first, with the words marked", async () => {
    const store = await testStore.open();
    // Stored one after another, so each is newer than the one before.
    await storeReviews(store, [review("Zebra, zebra, zebra: the zebra film.", "Oldest Outlet")]);
    await sleep(5);
    await storeReviews(store, [
      review("A long film that has one zebra somewhere in it.", "Middle"),
    ]);
    await sleep(5);
    await storeReviews(store, [review("The zebra shows up twice; a zebra again.", "Newest")]);

    const all = await searchReviews(store, "zebras", 20);
    expect(all.map((m) => m.outlet)).toEqual(["Oldest Outlet", "Newest", "Middle"]);
    expect(all[0]?.excerpt).toContain("«Zebra»");
    expect(all[0]?.filmName).toBe("Zebra Crossing (2020)");

    // Two candidates: the best of the two newest, the oldest (and best) left out.
    const newest = await searchReviews(store, "zebra", 20, 2);
    expect(newest.map((m) => m.outlet)).toEqual(["Newest", "Middle"]);
    expect(await searchReviews(store, "zebra", 1, 2)).toHaveLength(1);
    // A deleted review is no longer found, among the newest or the rest.
    await deleteReviews(store, [newest[1]?.id ?? ""]);
    expect((await searchReviews(store, "zebra", 20)).map((m) => m.outlet)).toEqual([
      "Oldest Outlet",
      "Newest",
    ]);
    expect(await searchReviews(store, "okapi", 20)).toEqual([]);
    expect(await searchReviews(store, "  ?! ", 20)).toEqual([]);
    await store.close();
  });
});

describe.each(stores.filter((s) => s.dialect === "sqlite"))(
  "the search indexes, kept once per stored batch, on the $dialect store",
  (testStore) => {
    test("what any writer stores is found; deletes and edits, before or after indexing, keep both indexes sound", async () => {
      const store = await testStore.open();
      // FTS5's own check, against the reviews table too (rank 1): nothing missing, nothing stale.
      const sound = async () => {
        for (const index of ["reviews_fts", "recent_review_search"])
          await sql`insert into ${sql.id(index)} (${sql.id(index)}, rank) values ('integrity-check', 1)`.execute(
            store.db,
          );
      };
      const outlets = async (word: string) =>
        (await searchReviews(store, word, 10)).map((m) => m.outlet).sort();
      await storeReviews(store, [review("An okapi in the city", "First")]);
      expect(await outlets("okapi")).toEqual(["First"]);
      // Put in by hand, a review is indexed by the next writer.
      await sql`insert into reviews (id, text, analysis, created_at)
        values ('by-hand', 'a quokka by hand', '{}', '2026-01-01')`.execute(store.db);
      await storeReviews(store, [review("A second okapi", "Second")]);
      expect((await searchReviews(store, "quokka", 5)).map((m) => m.id)).toEqual(["by-hand"]);
      // Edited and deleted before any writer indexed it: nothing of it is left behind.
      await sql`insert into reviews (id, text, analysis, created_at)
        values ('gone', 'a tapir soon gone', '{}', '2026-01-01')`.execute(store.db);
      await sql`update reviews set text = 'a tapir edited' where id = 'gone'`.execute(store.db);
      await sql`delete from reviews where id = 'gone'`.execute(store.db);
      await sound();
      // Edited after it was indexed: found by its new words only.
      await sql`update reviews set text = 'a wombat by hand' where id = 'by-hand'`.execute(
        store.db,
      );
      expect(await searchReviews(store, "quokka", 5)).toEqual([]);
      expect((await searchReviews(store, "wombat", 5)).map((m) => m.id)).toEqual(["by-hand"]);
      // The newest deleted, the next review stored takes its number: it is indexed all the same.
      const [second] = await searchReviews(store, "second", 1);
      await deleteReviews(store, [second?.id ?? ""]);
      await storeReviews(store, [review("A third okapi", "Third")]);
      expect(await outlets("okapi")).toEqual(["First", "Third"]);
      await sound();
      await store.close();
    });
  },
);

describe.each(stores)("the newest reviews' search index on the $dialect store", (testStore) => {
  test("holds the newest 50,000: older ones leave it, deleted and edited ones follow", async () => {
    const store = await testStore.open();
    const total = 50_200;
    // Inserted in arrival order: review 1 (the aardvark) is the oldest, 50,200 (the zebu) the newest.
    const text = (i: string) =>
      `case when ${i} = 1 then 'aardvark' when ${i} between 3 and 152 then 'gnu'
        when ${i} between 50001 and 50120 then 'ibex'
        when ${i} = ${total} then 'zebu' else 'plain' end || ' words w' || (${i} % 3001)`;
    if (store.dialect === "sqlite")
      await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < ${total})
        insert into reviews (id, text, analysis, created_at)
        select 'r' || i, ${sql.raw(text("i"))}, '{}', '2026-01-01' from n`.execute(store.db);
    else
      await sql`insert into reviews (id, text, analysis, created_at)
        select 'r' || i, ${sql.raw(text("i"))}, '{}', '2026-01-01'
        from generate_series(1, ${total}) i order by i`.execute(store.db);
    // Stored by hand: indexed as every writer of reviews indexes what it stores.
    await indexNewReviews(store.db);
    const held = async (word: string) =>
      Number(
        (store.dialect === "sqlite"
          ? await sql<{ n: number }>`select count(*) as n from recent_review_search
              where recent_review_search match ${word}`.execute(store.db)
          : await sql<{ n: string }>`select count(*) as n from recent_review_search
              where document @@ plainto_tsquery('english', ${word})`.execute(store.db)
        ).rows[0]?.n,
      );
    expect(await held("words")).toBe(50_000);
    expect(await held("aardvark")).toBe(0);
    expect(await held("zebu")).toBe(1);
    // The oldest is still found, from the whole table's index.
    expect((await searchReviews(store, "aardvark", 5)).map((m) => m.id)).toEqual(["r1"]);
    // A word only 150 older reviews have is ranked among 100 of them there: the newest on
    // SQLite; on PostgreSQL, whose older matches come unordered, any 100.
    const gnu = (await searchReviews(store, "gnu", 200)).map((m) => m.id).sort();
    if (store.dialect === "sqlite")
      expect(gnu).toEqual(Array.from({ length: 100 }, (_, k) => `r${53 + k}`).sort());
    else {
      expect(gnu).toHaveLength(100);
      const older = new Set(Array.from({ length: 150 }, (_, k) => `r${3 + k}`));
      expect(gnu.filter((id) => !older.has(id))).toEqual([]);
    }
    // A word 120 of the newest reviews have (more than WHOLE_INDEX_CANDIDATES, fewer than
    // SEARCH_CANDIDATES) is ranked in their index alone, whose cost does not grow with the
    // database: on SQLite, taken out of the whole table's index, all 120 are still found.
    if (store.dialect === "sqlite") {
      const ibex = sql`select rowid, text from reviews where text = 'ibex words'`;
      await sql`insert into reviews_fts (reviews_fts, rowid, text)
        select 'delete', rowid, text from (${ibex})`.execute(store.db);
      expect(await searchReviews(store, "ibex", 200)).toHaveLength(120);
      await sql`insert into reviews_fts (rowid, text) select rowid, text from (${ibex})`.execute(
        store.db,
      );
    }
    expect(await searchReviews(store, "ibex", 200)).toHaveLength(120);

    await deleteReviews(store, [`r${total}`]);
    await sql`update reviews set text = 'quagga words' where id in ('r2', ${`r${total - 1}`})`.execute(
      store.db,
    );
    expect(await held("zebu")).toBe(0);
    // r2 is older than the newest 50,000: edited, it stays out; the newer one is followed.
    expect(await held("quagga")).toBe(1);
    expect(await held("words")).toBe(49_999);
    expect((await searchReviews(store, "quagga", 5)).map((m) => m.id).sort()).toEqual([
      "r2",
      `r${total - 1}`,
    ]);
    if (store.dialect === "sqlite") {
      await sql`insert into recent_review_search (recent_review_search, rank)
        values ('integrity-check', 0)`.execute(store.db);
      // Once the window has moved on by its own size, the index is merged: the delete marker
      // each review taken out leaves behind no longer piles up.
      const blocks = async () =>
        Number(
          (
            await sql<{ n: number }>`select count(*) as n from recent_review_search_data`.execute(
              store.db,
            )
          ).rows[0]?.n,
        );
      const before = await blocks();
      // 50,000 more in batches of 1,000, as imports store them, each indexed as stored.
      for (let batch = 0; batch < 50; batch++) {
        await sql`with recursive n(i) as (select 1 union all select i + 1 from n where i < 1000)
          insert into reviews (id, text, analysis, created_at)
          select 'more' || (${batch * 1000} + i), 'more words w' || (i % 3001), '{}', '2026-01-02'
          from n`.execute(store.db);
        await indexNewReviews(store.db);
      }
      expect(await held("more")).toBe(50_000);
      expect(await held("quagga")).toBe(0);
      expect(await blocks()).toBeLessThanOrEqual(before);
      await sql`insert into recent_review_search (recent_review_search, rank)
        values ('integrity-check', 0)`.execute(store.db);
    } else {
      // Every review stored pushes one out: with autovacuum off (as here), the table's dead
      // rows are left to the tidying after an import.
      const stats = async () =>
        (
          await sql<{ dead: string; vacuumed: unknown }>`select n_dead_tup as dead,
            coalesce(last_vacuum, last_autovacuum) as vacuumed from pg_stat_user_tables
            where schemaname = current_schema() and relname = 'recent_review_search'`.execute(
            store.db,
          )
        ).rows[0];
      await store.db.connection().execute(async (db) => {
        await sql`insert into reviews (id, text, analysis, created_at)
          select 'more' || i, 'more words', '{}', '2026-01-02' from generate_series(1, 12000) i`.execute(
          db,
        );
        await sql`select pg_stat_force_next_flush()`.execute(db);
        await sql`select 1`.execute(db);
      });
      expect(Number((await stats())?.dead)).toBeGreaterThanOrEqual(12_000);
      await tidyAfterImport(store);
      const after = await stats();
      expect(after?.vacuumed).not.toBeNull();
      expect(Number(after?.dead)).toBeLessThan(1_000);
      // Nor are the new reviews left in the search indexes' pending lists, which every
      // search would read: merging them now finds no page to merge.
      const pending = await sql<{ recent: string; reviews: string }>`select
        gin_clean_pending_list('recent_review_search_document'::regclass) as recent,
        gin_clean_pending_list('reviews_search_text'::regclass) as reviews`.execute(store.db);
      expect(pending.rows[0]).toEqual({ recent: "0", reviews: "0" });
    }
    await store.close();
  }, 60_000);
});

describe.each(stores.filter((s) => s.dialect === "postgres"))(
  "trimming the newest reviews' search table on the $dialect store",
  (testStore) => {
    test("a second import storing at once neither waits on the first's trim nor deadlocks with it", async () => {
      const store = await testStore.open();
      // 50,010 reviews: storing one more trims the table, deleting (and locking) the oldest.
      await sql`insert into reviews (id, text, analysis, created_at)
        select 'trim-' || i, 'plain words', '{}', '2026-01-01' from generate_series(1, 50010) i`.execute(
        store.db,
      );
      const insert = (id: string) =>
        sql`insert into reviews (id, text, analysis, created_at) values (${id}, 'new words', '{}', '2026-01-02')`;
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      let stored = () => {};
      const firstStored = new Promise<void>((resolve) => {
        stored = resolve;
      });
      // The first import stores a review (its trim deletes the oldest rows) and stays open.
      const first = store.db.transaction().execute(async (trx) => {
        await insert("first").execute(trx);
        stored();
        await released;
      });
      await firstStored;
      // The second stores one while the first is open; before 0029 its trim waited for the
      // first's deleted rows (and two such trims could deadlock).
      const second = store.db.transaction().execute(async (trx) => {
        await sql`set local statement_timeout = '3s'`.execute(trx);
        await insert("second").execute(trx);
      });
      const outcome = await second.then(
        () => "stored",
        (error: Error) => error.message,
      );
      release();
      await first;
      expect(outcome).toBe("stored");
      // The next trim, with nobody else trimming, leaves the newest 50,000.
      await insert("third").execute(store.db);
      const { rows } = await sql<{
        n: string;
      }>`select count(*) as n from recent_review_search`.execute(store.db);
      expect(Number(rows[0]?.n)).toBe(50_000);
      await store.close();
    }, 60_000);
  },
);

describe.each(stores.filter((s) => s.dialect === "postgres"))(
  "the search's reused plan on the $dialect store",
  (testStore) => {
    /** The generic plan of the search for "zebra" (`explain` with these options). */
    async function genericPlan(store: Store, options: string): Promise<string> {
      const { sql: text, parameters } = postgresSearch(["zebra"], 20, 1000).compile(store.db);
      const literal = (v: unknown) =>
        typeof v === "number" ? String(v) : `'${String(v).replaceAll("'", "''")}'`;
      return store.db.connection().execute(async (db) => {
        await sql`set plan_cache_mode = force_generic_plan`.execute(db);
        await sql`set enable_seqscan = off`.execute(db);
        await sql.raw(`prepare search_plan as ${text}`).execute(db);
        const { rows } = await sql
          .raw<{ "QUERY PLAN": string }>(
            `explain (${options}) execute search_plan(${parameters.map(literal).join(", ")})`,
          )
          .execute(db);
        await sql`deallocate search_plan`.execute(db);
        await sql`reset all`.execute(db);
        return rows.map((r) => r["QUERY PLAN"]).join("\n");
      });
    }

    test("finds the matches through the text indexes, never by walking the newest reviews in order", async () => {
      const store = await testStore.open();
      await storeReviews(store, [review("A zebra crosses.", "One"), review("No stripes.", "Two")]);
      // A statement prepared once is planned once, for any word (a generic plan): one planned
      // to walk the search table newest first, testing each row, read all 50,000 rows for a
      // rare word. Sequential scans are ruled out so that only the index paths compete.
      const plan = await genericPlan(store, "costs");
      expect(plan).toContain("Bitmap Index Scan on recent_review_search_document");
      expect(plan).toContain("Bitmap Index Scan on reviews_search_text");
      expect(plan).not.toMatch(/Index Scan Backward/);
      await store.close();
    });

    test("is planned once with its limits known, whatever the word", async () => {
      const store = await testStore.open();
      // A reused plan that does not know its limits takes each for a tenth of the rows it
      // expects, so its estimate grows with the tables: at 1M reviews PostgreSQL judged it
      // worse than planning anew and planned every search again. The limits are written
      // into the statement; only the words are parameters.
      const { sql: text, parameters } = postgresSearch(["zebra"], 20, 1000).compile(store.db);
      expect(parameters.every((p) => p === "zebra")).toBe(true);
      expect(text).toMatch(/limit 1000\b/);
      expect(text).toMatch(/limit 100\b/);
      expect(text).toMatch(/limit 20\b/);
      // A fractional or negative count never reaches the statement as such.
      expect(postgresSearch(["zebra"], 2.5, -3).compile(store.db).sql).toMatch(/limit 2\b/);
      await store.close();
    });

    test("ranks only the newest candidates, not every match among the newest reviews", async () => {
      const store = await testStore.open();
      await storeReviews(store, [review("A zebra grazes.", "Three")]);
      // A common word matches thousands of the newest 50,000: each match read from the index
      // is to be ranked only once it is among the newest SEARCH_CANDIDATES.
      const plan = await genericPlan(store, "verbose, costs off");
      const scan = plan.match(/Bitmap Heap Scan on \S*recent_review_search\n\s*Output: (.*)/);
      expect(scan?.[1]).toBeDefined();
      expect(scan?.[1]).not.toContain("ts_rank");
      expect(plan).toMatch(/Output: .*ts_rank\(newest\.document/);
      await store.close();
    });
  },
);

describe.each(stores)("recent searches' answers kept on the $dialect store", (testStore) => {
  test("asked again, the same answer; after a new review or a correction, a new one", async () => {
    await withFreshStore(testStore.dialect, async (store) => {
      const quagga = (text: string, outlet: string) => ({
        ...review(text, outlet),
        film: { title: "Quagga Crossing", year: 2021 },
      });
      await storeReviews(store, [quagga("A quagga in the first review.", "First")]);
      const search = new ReviewSearch(store);
      const first = await search.find("quagga", 20);
      expect(first.map((m) => m.outlet)).toEqual(["First"]);
      expect(await search.find("quagga", 20)).toBe(first);
      // Another limit or query is another answer.
      expect(await search.find("quagga", 1)).not.toBe(first);
      // A review stored since is found.
      await sleep(5);
      await storeReviews(store, [quagga("Quagga, quagga: the second review.", "Second")]);
      const second = await search.find("quagga", 20);
      expect(second.map((m) => m.outlet).sort()).toEqual(["First", "Second"]);
      // A film renamed shows under its new name (the site's sums did not move).
      await editFilm(store, "test", second[0]?.filmId ?? "", { title: "Okapi Crossing" });
      const renamed = await search.find("quagga", 20);
      expect(renamed.map((m) => m.filmName)).toEqual([
        "Okapi Crossing (2021)",
        "Okapi Crossing (2021)",
      ]);
    });
  });
});
