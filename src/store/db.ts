import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SqliteDatabase from "better-sqlite3";
import {
  Kysely,
  type Migration,
  Migrator,
  PostgresDialect,
  type SqliteDatabase as SqliteDatabaseLike,
  SqliteDialect,
  sql,
} from "kysely";
import type { Config } from "../config.js";
import * as initial from "./migrations/0001-initial.js";
import * as catalog from "./migrations/0002-catalog.js";
import * as search from "./migrations/0003-search.js";
import * as topCriticsTimeline from "./migrations/0004-top-critics-timeline.js";
import * as sourceStats from "./migrations/0005-source-stats.js";
import * as titleSearch from "./migrations/0006-title-search.js";
import * as freshThresholds from "./migrations/0007-fresh-thresholds.js";
import * as reviewAspects from "./migrations/0008-review-aspects.js";
import * as pageIndexes from "./migrations/0009-page-indexes.js";
import * as feeds from "./migrations/0010-feeds.js";
import * as feedLeases from "./migrations/0011-feed-leases.js";
import * as adminSessions from "./migrations/0012-admin-sessions.js";
import * as linking from "./migrations/0013-linking.js";
import * as aspectStrength from "./migrations/0014-aspect-strength.js";
import * as reviewDisagreement from "./migrations/0015-review-disagreement.js";
import * as filmGenres from "./migrations/0016-film-genres.js";
import * as standingStamps from "./migrations/0017-standing-stamps.js";
import * as peopleNames from "./migrations/0018-people-names.js";
import * as storedSearchText from "./migrations/0019-stored-search-text.js";
import * as leanReviews from "./migrations/0020-lean-reviews.js";
import * as reviewOrderIndexes from "./migrations/0021-review-order-indexes.js";
import * as importChunks from "./migrations/0022-import-chunks.js";
import * as reviewOrderOfArrival from "./migrations/0023-review-order-of-arrival.js";
import * as arrivalOrderIndexes from "./migrations/0024-arrival-order-indexes.js";
import * as aspectEvidenceOffsets from "./migrations/0025-aspect-evidence-offsets.js";
import * as readers from "./migrations/0026-readers.js";
import * as readerAccounts from "./migrations/0027-reader-accounts.js";
import * as filmCountMigration from "./migrations/0028-film-count.js";
import * as recentSearchTrim from "./migrations/0029-recent-search-trim-without-waiting.js";
import * as readAgain from "./migrations/0030-read-again.js";
import * as standingSums from "./migrations/0031-standing-sums.js";
import * as searchIndexedPerBatch from "./migrations/0032-search-indexed-per-batch.js";
import * as siteEdits from "./migrations/0033-site-edits.js";
import * as adminVerdict from "./migrations/0034-admin-verdict.js";
import * as verdictSource from "./migrations/0035-verdict-source.js";
import * as freshLevels from "./migrations/0036-fresh-levels.js";
import * as readVerdicts from "./migrations/0037-read-verdicts.js";
import * as readVerdictSums from "./migrations/0038-read-verdict-sums.js";
import * as adminAspects from "./migrations/0039-admin-aspects.js";
import * as adminQuote from "./migrations/0040-admin-quote.js";
import * as reviewReports from "./migrations/0041-review-reports.js";
import type { Database } from "./schema.js";

export type Dialect = "sqlite" | "postgres";

/** An open store: the Kysely handle, which dialect it speaks, and how to close it. */
export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  close(): Promise<void>;
}

/** Every migration, in order. One set for both dialects. */
const MIGRATIONS: Record<string, Migration> = {
  "0001-initial": initial,
  "0002-catalog": catalog,
  "0003-search": search,
  "0004-top-critics-timeline": topCriticsTimeline,
  "0005-source-stats": sourceStats,
  "0006-title-search": titleSearch,
  "0007-fresh-thresholds": freshThresholds,
  "0008-review-aspects": reviewAspects,
  "0009-page-indexes": pageIndexes,
  "0010-feeds": feeds,
  "0011-feed-leases": feedLeases,
  "0012-admin-sessions": adminSessions,
  "0013-linking": linking,
  "0014-aspect-strength": aspectStrength,
  "0015-review-disagreement": reviewDisagreement,
  "0016-film-genres": filmGenres,
  "0017-standing-stamps": standingStamps,
  "0018-people-names": peopleNames,
  "0019-stored-search-text": storedSearchText,
  "0020-lean-reviews": leanReviews,
  "0021-review-order-indexes": reviewOrderIndexes,
  "0022-import-chunks": importChunks,
  "0023-review-order-of-arrival": reviewOrderOfArrival,
  "0024-arrival-order-indexes": arrivalOrderIndexes,
  "0025-aspect-evidence-offsets": aspectEvidenceOffsets,
  "0026-readers": readers,
  "0027-reader-accounts": readerAccounts,
  "0028-film-count": filmCountMigration,
  "0029-recent-search-trim-without-waiting": recentSearchTrim,
  "0030-read-again": readAgain,
  "0031-standing-sums": standingSums,
  "0032-search-indexed-per-batch": searchIndexedPerBatch,
  "0033-site-edits": siteEdits,
  "0034-admin-verdict": adminVerdict,
  "0035-verdict-source": verdictSource,
  "0036-fresh-levels": freshLevels,
  "0037-read-verdicts": readVerdicts,
  "0038-read-verdict-sums": readVerdictSums,
  "0039-admin-aspects": adminAspects,
  "0040-admin-quote": adminQuote,
  "0041-review-reports": reviewReports,
};

/**
 * Opens the store the configuration names — PostgreSQL when `databaseUrl` is set, else the
 * embedded SQLite file (created with its folder; WAL checkpointed every 256 MiB, synchronous=NORMAL, foreign keys on) —
 * and brings its schema up to date.
 */
export async function openStore(config: Pick<Config, "dbPath" | "databaseUrl">): Promise<Store> {
  const store = config.databaseUrl
    ? await postgresStore(config.databaseUrl)
    : sqliteStore(config.dbPath);
  try {
    if (config.databaseUrl) await withMigrationLock(config.databaseUrl, () => migrate(store));
    else await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/**
 * Runs `work` while holding the database-wide lock under which every Cinemeter process changes
 * a PostgreSQL schema — its own migrations and graphile-worker's. Processes that start together
 * (a web process and workers) would otherwise trip over one another: Kysely's migrator reads the
 * whole catalog, and fails on a table another process is renaming.
 */
export async function withMigrationLock<T>(
  databaseUrl: string,
  work: () => Promise<T>,
): Promise<T> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock(hashtext('cinemeter:migrate'))");
    return await work();
  } finally {
    await client.end(); // the session's lock goes with it
  }
}

/** Applies the migrations not applied yet; returns their names. */
export async function migrate(store: Store): Promise<string[]> {
  // In PostgreSQL the migrations' own tables live in the schema the connection works in:
  // Kysely would otherwise find another schema's and think this one migrated.
  const schema =
    store.dialect === "postgres"
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(store.db)).rows[0]
          ?.schema
      : undefined;
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => MIGRATIONS },
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

function sqliteStore(path: string): Store {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Checkpoint every 64k pages (256 MiB) of WAL, not every 1,000: a page written by many
  // batches goes to the database once (200,000 imported reviews wrote 7.3 KiB each instead of
  // 9.7), and the WAL file is cut back to 64 MiB after.
  sqlite.pragma("wal_autocheckpoint = 65536");
  sqlite.pragma("journal_size_limit = 67108864");
  // A 16 MiB page cache, not 2: the pages a search reads (the search indexes, the tables'
  // upper levels) stay in memory. A search of the 1,000 most frequent words took 1.12–2.75
  // ms at 216k and 1.46–3.51 ms at 1M with 2 MiB, 0.91–1.72 and 1.06–2.21 ms with 16 MiB
  // (docs/PERFORMANCE.md); 32 and 64 MiB did no better.
  sqlite.pragma("cache_size = -16384");
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
  });
  return { db, dialect: "sqlite", close: () => db.destroy() };
}

/** Statements kept per connection; past this many distinct ones the cache starts over. */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * The SQLite connection as Kysely sees it, preparing each distinct statement once: Kysely
 * prepares every query it runs, and preparing was a quarter of a film page's time. Safe
 * because Kysely runs one query at a time on the connection and never holds a statement.
 */
function withStatementCache(sqlite: SqliteDatabase.Database): SqliteDatabaseLike {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (text: string) => {
      let statement = statements.get(text);
      if (!statement) {
        if (statements.size >= STATEMENT_CACHE_SIZE) statements.clear();
        statement = sqlite.prepare(text);
        statements.set(text, statement);
      }
      return statement;
    },
  };
}

/**
 * (pg and the statement-caching client are loaded here, for PostgreSQL alone: some 70 ms that
 * a command on the SQLite file need not wait for.)
 */
async function postgresStore(url: string): Promise<Store> {
  const [{ default: pg }, { StatementCachingClient }] = await Promise.all([
    import("pg"),
    import("./statement-caching-client.js"),
  ]);
  const pool = new pg.Pool({ connectionString: url, max: 10, Client: StatementCachingClient });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: "postgres", close: () => db.destroy() };
}

/**
 * After a large change (an import), the store kept in shape for the queries that follow, also
 * where autovacuum is off or lags behind a bulk import: on PostgreSQL, ANALYZE of each table
 * of this schema whose rows grew or shrank by more than a tenth since the planner last counted
 * them (so it keeps choosing indexes as tables grow; rows changed in place, as the running
 * sums are by every import, are left to autovacuum: analyzing a table of a hundred thousand
 * critics took a third of a second, and a small import paid it every few runs), and VACUUM of
 * the newest reviews' search table once a fifth of its rows are dead (every review stored
 * pushes one out of it: left alone, its heap and GIN index fill with dead rows that every
 * search reads), and the review search indexes' pending entries merged into them; on SQLite,
 * PRAGMA optimize.
 */
export async function tidyAfterImport(store: Store): Promise<void> {
  if (store.dialect === "sqlite") {
    await sql`pragma optimize`.execute(store.db);
    return;
  }
  // reltuples is what the last ANALYZE or VACUUM counted (-1: never).
  const { rows } = await sql<{ relname: string; stale: boolean; dead: boolean }>`
    select s.relname,
           abs(s.n_live_tup - greatest(c.reltuples, 0)) > greatest(c.reltuples / 10, 1000) as stale,
           s.relname = 'recent_review_search' and s.n_dead_tup > greatest(s.n_live_tup / 5, 1000) as dead
    from pg_stat_user_tables s join pg_class c on c.oid = s.relid
    where s.schemaname = current_schema()`.execute(store.db);
  for (const { relname, stale, dead } of rows) {
    if (dead) await sql`vacuum (analyze) ${sql.table(relname)}`.execute(store.db);
    else if (stale) await sql`analyze ${sql.table(relname)}`.execute(store.db);
  }
  // A GIN index keeps what was added to it in a pending list (up to 4 MB) that every search
  // reads whole until a VACUUM, or an insert that fills it, merges it in. Merging takes the
  // index's owner (as VACUUM does, which skips what it may not touch).
  await sql`select gin_clean_pending_list(c.oid)
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname = current_schema()
      and c.relname in ('recent_review_search_document', 'reviews_search_text')
      and pg_has_role(c.relowner, 'USAGE')`.execute(store.db);
}

/**
 * The planner's counts of these tables brought up to date, before queries that rely on their
 * indexes: counted when the tables were a tenth of their size, SQLite read every film for each
 * of a catalog import's title lookups (the statistics said every provisional film shares its
 * empty title key), and linking rt-reviews to MovieLens took 20 s more.
 */
export async function countForPlanner(store: Store, tables: readonly string[]): Promise<void> {
  for (const table of tables) await sql`analyze ${sql.table(table)}`.execute(store.db);
}
