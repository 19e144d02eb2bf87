import type { Kysely } from "kysely";
import { titleKey } from "../domain/film.js";
import type { FilmHint } from "../domain/review.js";
import { stableId } from "./keys.js";
import type { Database } from "./schema.js";

/**
 * The film a hint names: by IMDb id, else by the source's own id, else by title (and year
 * within one); a film none of these finds is created, provisional until the catalog knows it.
 */
export async function resolveFilm(
  db: Kysely<Database>,
  hint: FilmHint,
  now: string,
): Promise<string> {
  const key = hint.title ? titleKey(hint.title) : "";
  if (hint.imdbId) {
    const byImdb = await db
      .selectFrom("films")
      .select("id")
      .where("imdb_id", "=", hint.imdbId)
      .executeTakeFirst();
    if (byImdb) return byImdb.id;
  }
  if (hint.externalId) {
    const byExternal = await db
      .selectFrom("films")
      .select("id")
      .where("external_id", "=", hint.externalId)
      .executeTakeFirst();
    if (byExternal) return byExternal.id;
  }
  if (key && !hint.externalId) {
    let query = db.selectFrom("films").select("id").where("title_key", "=", key);
    if (hint.year !== null)
      query = query.where("year", ">=", hint.year - 1).where("year", "<=", hint.year + 1);
    const byTitle = await query.orderBy("provisional").orderBy("id").executeTakeFirst();
    if (byTitle) return byTitle.id;
  }
  const id = stableId("f", hint.imdbId ?? hint.externalId ?? `${key}|${hint.year ?? ""}`);
  await db
    .insertInto("films")
    .values({
      id,
      title: hint.title || `Untitled (${hint.externalId ?? hint.imdbId ?? "unknown"})`,
      title_key: key,
      year: hint.year,
      imdb_id: hint.imdbId ?? null,
      external_id: hint.externalId ?? null,
      provisional: 1,
      created_at: now,
    })
    .onConflict((oc) => oc.doNothing())
    .execute();
  return id;
}
