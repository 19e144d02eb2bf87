import { type Kysely, sql } from "kysely";

/**
 * A film's genres, whoever gave them: the catalog's, or else those its source's facts list
 * (rt.movie_info), so films can be browsed by genre before any catalog names them. Source
 * facts keep their genres in a column of their own, which a new provisional film copies in
 * the statement that creates it. Both are filled here from the facts already stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("source_facts").addColumn("genres", "text").execute();
  for (const table of ["source_facts", "films"] as const) {
    const key = table === "films" ? "id" : "external_id";
    const { rows } = await sql<{ key: string; facts: string }>`
      select ${sql.ref(key)} as key, facts from ${sql.table(table)}
      where facts is not null ${table === "films" ? sql`and genres is null` : sql``}`.execute(db);
    for (const row of rows) {
      const genres = factsGenres(row.facts);
      if (genres)
        await sql`update ${sql.table(table)} set genres = ${genres}
          where ${sql.ref(key)} = ${row.key}`.execute(db);
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("source_facts").dropColumn("genres").execute();
}

/** The genres a stored SourceFacts lists, comma-separated, or null for none. */
function factsGenres(json: string): string | null {
  try {
    const genres = (JSON.parse(json) as { genres?: unknown }).genres;
    return Array.isArray(genres) && genres.length > 0 ? genres.map(String).join(",") : null;
  } catch {
    return null;
  }
}
