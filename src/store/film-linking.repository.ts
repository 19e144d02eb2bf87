import type { Kysely } from "kysely";
import { sql } from "kysely";
import { titleKey } from "../domain/film.js";
import type { FilmHint } from "../domain/review.js";
import type { Store } from "./db.js";
import { filmNamingPeople } from "./film-people-match.js";
import { mergeFilms } from "./films.repository.js";
import { stableId } from "./keys.js";
import type { Database } from "./schema.js";

/** The film a review was linked to, and whether the review's own words took part. */
export interface ResolvedFilm {
  id: string;
  /** Several films had the title: the people the review names chose among them. */
  ambiguous: boolean;
}

/**
 * The film a hint names: by IMDb id, else by the source's own id, else by title (and year
 * within one) — when several films have the title, the one whose director or cast the
 * review's `text` names, else a catalog film before a provisional one. A film none of these
 * finds is created, provisional until the catalog knows it.
 */
export async function resolveFilm(
  db: Kysely<Database>,
  hint: FilmHint,
  now: string,
  text = "",
): Promise<ResolvedFilm> {
  const key = hint.title ? titleKey(hint.title) : "";
  const byId = async (column: "imdb_id" | "external_id", value: string | undefined) =>
    value
      ? (await db.selectFrom("films").select("id").where(column, "=", value).executeTakeFirst())?.id
      : undefined;
  const known =
    (await byId("imdb_id", hint.imdbId)) ?? (await byId("external_id", hint.externalId));
  if (known) return { id: known, ambiguous: false };
  if (key && !hint.externalId) {
    let query = db.selectFrom("films").select(["id", "year"]).where("title_key", "=", key);
    const year = hint.year;
    if (year !== null) {
      // A film of that title whose year is unknown fits too, after those a year or less away.
      query = query
        .where((eb) =>
          eb.or([
            eb("year", "is", null),
            eb.and([eb("year", ">=", year - 1), eb("year", "<=", year + 1)]),
          ]),
        )
        .orderBy(sql`case when year is null then 1 else 0 end`);
    }
    const byTitle = await query.orderBy("provisional").orderBy("id").limit(20).execute();
    const named = await filmNamingPeople(
      db,
      byTitle.map((f) => f.id),
      text,
    );
    const ambiguous = byTitle.length > 1;
    const chosen = byTitle.find((f) => f.id === named) ?? byTitle[0];
    if (chosen) {
      // A provisional film learns its year from the first review that gives one.
      if (chosen.year === null && year !== null)
        await db
          .updateTable("films")
          .set({ year })
          .where("id", "=", chosen.id)
          .where("provisional", "=", 1)
          .execute();
      return { id: chosen.id, ambiguous };
    }
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
  return { id, ambiguous: false };
}

/**
 * Gives provisional films known only by a source's id ("rt:3") the title their reviews
 * name most often (each review's detected film title, two reviews at least), so that
 * "Untitled (rt:3)" becomes "Cosmopolis". Returns how many films got a title.
 */
export async function titleUntitledFilms(
  db: Kysely<Database>,
  filmIds: readonly string[],
): Promise<number> {
  let titled = 0;
  for (let i = 0; i < filmIds.length; i += 200) {
    const ids = filmIds.slice(i, i + 200);
    const untitled = await db
      .selectFrom("films")
      .select("id")
      .where("id", "in", ids)
      .where("provisional", "=", 1)
      .where("title_key", "=", "")
      .execute();
    for (const { id } of untitled) {
      const reviews = await db
        .selectFrom("reviews")
        .select("analysis")
        .where("film_id", "=", id)
        .execute();
      const titles = reviews.flatMap(({ analysis }) => {
        const title = (JSON.parse(analysis) as { film?: { title?: string } }).film?.title;
        return title ? [title] : [];
      });
      const [best, second] = titleVotes(titles);
      if (!best || best.count < 2 || best.count === second?.count) continue;
      await db
        .updateTable("films")
        .set({ title: best.title, title_key: titleKey(best.title) })
        .where("id", "=", id)
        .execute();
      titled++;
    }
  }
  return titled;
}

/**
 * Titles by how many reviews name them, most first. A short form counts for the full title
 * it begins ("Three Billboards" for "Three Billboards Outside Ebbing, Missouri"), and
 * spellings that differ only by small words ("of", "the") count as one, a possessive "'s"
 * is dropped; each group is
 * published under the spelling most of its reviews use.
 */
export function titleVotes(titles: readonly string[]): Array<{ title: string; count: number }> {
  const loose = (title: string) =>
    titleKey(title)
      .replace(/\b(?:of|the|a|an|and)\b/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  const groups = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const named of titles) {
    // "Call Me by Your Name's score": the possessive is the sentence's, not the title's.
    const title = named.replace(/['’]s$/u, "");
    const key = loose(title);
    if (!key) continue;
    const group = groups.get(key) ?? { count: 0, spellings: new Map<string, number>() };
    group.count++;
    group.spellings.set(title, (group.spellings.get(title) ?? 0) + 1);
    groups.set(key, group);
  }
  // Longest keys first: a short form's votes go to the longest title it begins.
  const keys = [...groups.keys()].sort((a, b) => b.length - a.length);
  for (const short of keys) {
    const full = keys.find((k) => k.length > short.length && k.startsWith(`${short} `));
    const from = groups.get(short);
    const into = full ? groups.get(full) : undefined;
    if (!from || !into) continue;
    into.count += from.count;
    groups.delete(short);
  }
  return [...groups.values()]
    .map((g) => ({
      // The spelling most reviews use, the longest on a tie.
      title:
        [...g.spellings].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)[0]?.[0] ?? "",
      count: g.count,
    }))
    .sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}

/**
 * Merges each provisional film into the catalog film with the same title (articles,
 * accents, punctuation aside) whose year is within one of its own: the only one that fits,
 * or among several, the one whose director or cast its reviews name. Returns how many films
 * were merged.
 */
export async function linkProvisionalFilms(store: Store): Promise<number> {
  const provisional = await store.db
    .selectFrom("films")
    .select(["id", "title_key", "year"])
    .where("provisional", "=", 1)
    .where("title_key", "!=", "")
    .execute();
  let merged = 0;
  for (const film of provisional) {
    let query = store.db
      .selectFrom("films")
      .select("id")
      .where("provisional", "=", 0)
      .where("title_key", "=", film.title_key);
    if (film.year !== null)
      query = query.where("year", ">=", film.year - 1).where("year", "<=", film.year + 1);
    const candidates = await query.limit(20).execute();
    const into =
      candidates.length === 1
        ? candidates[0]?.id
        : await filmNamingPeople(
            store.db,
            candidates.map((c) => c.id),
            await reviewTexts(store.db, film.id),
          );
    if (!into) continue;
    await mergeFilms(store, film.id, into);
    merged++;
  }
  return merged;
}

/** A film's review texts (the first 50), joined, for matching the people they name. */
async function reviewTexts(db: Kysely<Database>, filmId: string): Promise<string> {
  const rows = await db
    .selectFrom("reviews")
    .select("text")
    .where("film_id", "=", filmId)
    .orderBy("id")
    .limit(50)
    .execute();
  return rows.map((r) => r.text).join("\n");
}
