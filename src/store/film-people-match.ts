import type { Kysely } from "kysely";
import { normalizeReviewText } from "./keys.js";
import type { Database } from "./schema.js";

/** What naming a film's director counts, against 1 for anyone else it credits. */
const DIRECTOR_WEIGHT = 2;

/**
 * Among candidate films of the same title, the one whose credited people the review names —
 * its director counting twice, anyone else it credits once — or null when none is named, or
 * two candidates are named equally.
 *
 * @example
 * // Two catalog films called "Warriors of the Nation", 2018 and 2019; the review names
 * // Wenzhuo Zhao, who stars in the 2018 one.
 * await filmNamingPeople(db, ["tt9812530", "tt9887106"], "Wenzhuo Zhao returns …") // "tt9812530"
 */
export async function filmNamingPeople(
  db: Kysely<Database>,
  filmIds: readonly string[],
  text: string,
): Promise<string | null> {
  if (filmIds.length < 2 || text.trim() === "") return null;
  const credits = await db
    .selectFrom("film_people")
    .innerJoin("people", "people.id", "film_people.person_id")
    .select(["film_people.film_id", "film_people.role", "people.name"])
    .where("film_people.film_id", "in", [...filmIds])
    .execute();
  const words = ` ${normalizeReviewText(text)} `;
  const scores = new Map<string, number>();
  for (const credit of credits) {
    const name = normalizeReviewText(credit.name);
    if (name.length < 4 || !words.includes(` ${name} `)) continue;
    const weight = credit.role === "director" ? DIRECTOR_WEIGHT : 1;
    scores.set(credit.film_id, (scores.get(credit.film_id) ?? 0) + weight);
  }
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || (second && second[1] === best[1])) return null;
  return best[0];
}
