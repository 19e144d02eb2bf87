import type { Kysely } from "kysely";
import { stableId } from "./keys.js";
import type { Database } from "./schema.js";

/**
 * Why a review is on its film (the linking decision, JSON) is stored once per distinct
 * decision — a film's reviews mostly share theirs — and each review keeps its id.
 */
export function linkDecisionId(decision: string): string {
  return stableId("l", decision);
}

const CHUNK = 400;

/** Stores these decisions (each once, by content) and returns their ids, in order. */
export async function saveLinkDecisions(
  db: Kysely<Database>,
  decisions: readonly string[],
): Promise<string[]> {
  const ids = decisions.map(linkDecisionId);
  const distinct = [...new Map(decisions.map((d, i) => [ids[i] as string, d]))];
  for (let i = 0; i < distinct.length; i += CHUNK)
    await db
      .insertInto("link_decisions")
      .values(distinct.slice(i, i + CHUNK).map(([id, decision]) => ({ id, decision })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  return ids;
}
