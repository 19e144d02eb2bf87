import { type Config, loadConfig } from "../config.js";
import { errors } from "../errors.js";
import { openStore, type Store } from "../store/db.js";

/**
 * Opens the store the environment and `--db` name, and closes it after `work`, whatever
 * happens. A store that cannot be opened is a usage error naming it.
 */
export async function withStore<T>(
  flags: { db?: string },
  work: (store: Store, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig(process.env, flags);
  let store: Store;
  try {
    store = await openStore(config);
  } catch (error) {
    const where = config.databaseUrl ? "the PostgreSQL database (DATABASE_URL)" : config.dbPath;
    throw errors.unreadable(where, (error as Error).message, error);
  }
  try {
    return await work(store, config);
  } finally {
    await store.close();
  }
}
