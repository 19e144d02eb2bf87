import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openStore, type Store, withMigrationLock } from "../../src/store/db.js";

/** The PostgreSQL server and database the store tests start from (trust auth on these machines). */
const BASE_DATABASE_URL =
  process.env.CINEMETER_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * The database this test process uses: a database of its own per Vitest worker (the base
 * database's name and the worker's number), so that test files run side by side share no
 * catalog and no VACUUM horizon; each test store is a schema in it. Made by postgresAvailable.
 */
export const TEST_DATABASE_URL = workerDatabaseUrl(BASE_DATABASE_URL, process.env.VITEST_POOL_ID);

function workerDatabaseUrl(base: string, worker: string | undefined): string {
  if (!worker) return base;
  const url = new URL(base);
  url.pathname = `${url.pathname.replace(/^\//, "") || "postgres"}_w${worker}`;
  return url.toString();
}

export interface TestStore {
  dialect: "sqlite" | "postgres";
  open(): Promise<Store>;
  /** Drops what open() made: the SQLite file's folder, the PostgreSQL schema. */
  cleanup(): Promise<void>;
}

/**
 * Whether the test PostgreSQL answers, its worker's database made when missing; in CI
 * (`CI=true`) its absence is an error, not a skip.
 */
export async function postgresAvailable(): Promise<boolean> {
  try {
    await ensureDatabase(TEST_DATABASE_URL);
    return true;
  } catch (error) {
    if (process.env.CI === "true") {
      throw new Error(
        `PostgreSQL at ${TEST_DATABASE_URL} is needed in CI: ${(error as Error).message}`,
      );
    }
    console.warn(`skipping PostgreSQL store tests: ${(error as Error).message}`);
    return false;
  }
}

/** Connects to the database, creating it first (from the base database's server) when it does not exist. */
async function ensureDatabase(url: string): Promise<void> {
  const connect = async (connectionString: string) => {
    const client = new pg.Client({ connectionString, connectionTimeoutMillis: 3000 });
    await client.connect();
    return client;
  };
  const client = await connect(url).catch(async (error: { code?: string }) => {
    if (error.code !== "3D000" || url === BASE_DATABASE_URL) throw error; // not "no such database"
    const admin = await connect(BASE_DATABASE_URL);
    try {
      const name = new URL(url).pathname.slice(1);
      await admin.query(`create database "${name}" template template0`).catch((e) => {
        if ((e as { code?: string }).code !== "42P04") throw e; // made meanwhile by another file
      });
    } finally {
      await admin.end();
    }
    return connect(url);
  });
  await client.end();
}

/** A fresh SQLite file in a temporary folder. */
export function sqliteTestStore(): TestStore {
  const dir = mkdtempSync(join(tmpdir(), "cinemeter-store-"));
  return {
    dialect: "sqlite",
    open: () => openStore({ dbPath: join(dir, "cinemeter.db"), databaseUrl: null }),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The test PostgreSQL's URL with `schema` as the connections' search_path. */
export function postgresSchemaUrl(schema: string): string {
  return `${TEST_DATABASE_URL}${TEST_DATABASE_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

/** Runs one statement on the test PostgreSQL, on a connection of its own. */
export async function postgresAdmin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Drops schemas of the test PostgreSQL under the lock every Cinemeter process changes schemas
 * under (withMigrationLock): test files run side by side, and Kysely's migrator, reading the
 * whole catalog, fails on a schema dropped while it reads ("schema … does not exist").
 */
export async function dropSchemas(...schemas: string[]): Promise<void> {
  await withMigrationLock(TEST_DATABASE_URL, async () => {
    for (const schema of schemas) await postgresAdmin(`drop schema if exists ${schema} cascade`);
  });
}

/**
 * Runs a test's own change of its schema (a migration's down and up) under that same lock, so
 * that no other test file's migrator reads the catalog while columns come and go.
 */
export async function changingSchema<T>(
  dialect: "sqlite" | "postgres",
  work: () => Promise<T>,
): Promise<T> {
  return dialect === "postgres" ? withMigrationLock(TEST_DATABASE_URL, work) : work();
}

/** A fresh schema in the test PostgreSQL, reached through search_path. */
export function postgresTestStore(): TestStore {
  const schema = `cm_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const url = postgresSchemaUrl(schema);
  return {
    dialect: "postgres",
    open: async () => {
      await postgresAdmin(`create schema if not exists ${schema}`);
      return openStore({ dbPath: "", databaseUrl: url });
    },
    cleanup: () => dropSchemas(schema),
  };
}

/** One test store per dialect: SQLite always, PostgreSQL when it answers. */
export async function testStores(): Promise<TestStore[]> {
  return (await postgresAvailable())
    ? [sqliteTestStore(), postgresTestStore()]
    : [sqliteTestStore()];
}

/** Opens a store, runs `work` on it, and closes it whatever happens. */
export async function withStore<T>(testStore: TestStore, work: (store: Store) => Promise<T>) {
  const store = await testStore.open();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * A fresh, empty store of the dialect for one test (tests of one file that each need a store
 * of their own), opened for `work` and dropped after it.
 */
export async function withFreshStore<T>(
  dialect: "sqlite" | "postgres",
  work: (store: Store) => Promise<T>,
): Promise<T> {
  const testStore = dialect === "sqlite" ? sqliteTestStore() : postgresTestStore();
  try {
    return await withStore(testStore, work);
  } finally {
    await testStore.cleanup();
  }
}
