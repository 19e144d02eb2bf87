import { join } from "node:path";
import { packageRoot } from "../package-root.js";
import type { Store } from "../store/db.js";
import { type ImportSummary, importReviews } from "./import-reviews.js";

/** The bundled examples' folder: the seed review and a dozen reviews written for the project. */
export function examplesFolder(): string {
  return join(packageRoot(), "examples");
}

/**
 * On a store with no reviews at all, imports the bundled examples so that a first start shows
 * a working site; on any other store, nothing. Returns the import's summary, or null.
 */
export async function importExamplesIfEmpty(store: Store): Promise<ImportSummary | null> {
  const any = await store.db.selectFrom("reviews").select("id").limit(1).executeTakeFirst();
  if (any) return null;
  return importReviews(store, [examplesFolder()], { format: "auto" });
}
