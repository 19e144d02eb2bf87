import { type Kysely, sql } from "kysely";
import { stableId } from "../keys.js";

/**
 * Reviews stored lean (about half the bytes): nothing a review holds twice.
 * - The linking decision is stored once per distinct decision (link_decisions); a review
 *   keeps its id.
 * - `analysis` keeps only what the columns and review_aspects do not hold and cannot be
 *   read again from them (people, mentions, notes).
 * - A quote that is the whole text is stored as "".
 * - `text_key` is a hash of outlet + film + text; `url_key` is left null, since a review with
 *   a URL has the hash of outlet + URL as its id already.
 * - reviews_film_id goes: reviews_film_created starts with the same column.
 * Rows of the trash are rewritten the same way, so a restore brings back a lean row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("link_decisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("decision", "text", (c) => c.notNull())
    .execute();
  await db.schema.dropIndex("reviews_film_id").ifExists().execute();
  let after = "";
  for (;;) {
    const { rows } = await sql<OldRow>`
      select id, text, quote, analysis, link, text_key, url_key from reviews
      where id > ${after} order by id limit 1000`.execute(db);
    if (rows.length === 0) break;
    for (const row of rows) {
      const lean = await leanRow(db, row);
      if (lean)
        await sql`update reviews set ${sql.join(
          Object.entries(lean).map(([column, value]) => sql`${sql.ref(column)} = ${value}`),
        )} where id = ${row.id}`.execute(db);
    }
    after = (rows.at(-1) as OldRow).id;
  }
  const { rows: trash } = await sql<{ audit_id: string; review_id: string; review: string }>`
    select audit_id, review_id, review from review_trash`.execute(db);
  for (const t of trash) {
    const review = JSON.parse(t.review) as OldRow;
    const lean = await leanRow(db, review);
    if (lean)
      await sql`update review_trash set review = ${JSON.stringify({ ...review, ...lean })}
        where audit_id = ${t.audit_id} and review_id = ${t.review_id}`.execute(db);
  }
}

interface OldRow {
  id: string;
  text: string;
  quote: string | null;
  analysis: string;
  link: string | null;
  text_key: string | null;
  url_key: string | null;
}

/** The row's lean columns, or null when it is lean already. */
async function leanRow(db: Kysely<unknown>, row: OldRow): Promise<Partial<OldRow> | null> {
  const lean: Partial<OldRow> = {};
  if (row.url_key !== null) lean.url_key = null;
  if (row.text_key?.includes("|")) lean.text_key = stableId("t", row.text_key);
  if (row.quote !== null && row.quote !== "" && row.quote === row.text) lean.quote = "";
  if (row.link?.startsWith("{")) {
    const id = stableId("l", row.link);
    await sql`insert into link_decisions (id, decision) values (${id}, ${row.link})
      on conflict do nothing`.execute(db);
    lean.link = id;
  }
  const analysis = JSON.parse(row.analysis) as Record<string, unknown>;
  if ("score" in analysis) {
    const { people, mentions, notes } = analysis as {
      people?: unknown[];
      mentions?: { films: unknown[]; people: unknown[] };
      notes?: unknown[];
    };
    lean.analysis = JSON.stringify({
      ...(people?.length ? { people } : {}),
      ...(mentions && mentions.films.length + mentions.people.length > 0 ? { mentions } : {}),
      ...(notes?.length ? { notes } : {}),
    });
  }
  return Object.keys(lean).length > 0 ? lean : null;
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // The linking decisions go back inline; the rest stays lean (it reads the same).
  await sql`update reviews set link = (select decision from link_decisions where link_decisions.id = reviews.link)
    where link in (select id from link_decisions)`.execute(db);
  await db.schema.dropTable("link_decisions").ifExists().execute();
  await db.schema.createIndex("reviews_film_id").on("reviews").column("film_id").execute();
}
