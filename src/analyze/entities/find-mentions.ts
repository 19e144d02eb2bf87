import type { Mentions, PersonCredit } from "../../domain/analysis.js";
import { titleKey } from "../../domain/film.js";
import type { FilmHint } from "../../domain/review.js";
import { matchesOf } from "../text/matches-of.js";
import type { TitleMention } from "./find-film.js";
import { cleanName, eitherCase, PERSON, personBefore } from "./names.js";

// Cues before a filmmaker's name: "shades of Ingmar Bergman", "like David Lynch", "à la Wes Anderson".
const CUE_THEN_NAME = [
  String.raw`\b(?:${eitherCase("shades|echoes|touches|hints|traces|flashes|spirit")}) of\s+(${PERSON})`,
  String.raw`(?:${eitherCase("like|than|reminiscent of|à la|a la|recalls|evokes|channels|channeling|channelling|homage to|nod to|in the vein of|worthy of")})\s+(${PERSON})`,
].map((source) => new RegExp(source, "gu"));
// Cues after one: "a Gaspar Noe film" (with a/an/the before the name), "Ingmar Bergman's work".
// (Each match starts at the first space of a run: one that started at every space would
// rescan a long run from each of them.)
const NAME_THEN_FILM =
  /(?<!\s)\s+(?:film|movie|picture|joint|production|flick|thriller|comedy|drama|western|musical)\b/gu;
const NAME_THEN_WORK =
  /['’]s\s+(?:work|films|movies|oeuvre|style|filmography|classics?|masterpieces?|world|universe|canon|best|early|late|later|debut)\b/gu;
// "Alex Ross Perry (Queen of Earth, Listen Up Philip, Golden Exits)": a person's earlier films.
const PARENTHESES = /\(([^()\n]{3,200})\)/gu;

/**
 * Whether a title a review names is its own film's: the same, or a short form of it ("Skin"
 * for The Skin I Live In, "Jackass" for Jackass: The Movie) — not an earlier film whose title
 * the film's own goes on from with a number ("Die Hard" in a review of Die Hard 2).
 */
function ownTitle(title: string, filmTitle: string | undefined): boolean {
  if (!filmTitle) return false;
  if (title === filmTitle) return true;
  const [part, whole] = [titleKey(title), titleKey(filmTitle)];
  if (!part || !whole) return false;
  const at = ` ${whole} `.indexOf(` ${part} `);
  if (at < 0) return false;
  const rest = `${whole.slice(0, at)} ${whole.slice(at + part.length)}`;
  return !/\b(?:\d+|ii|iii|iv|v|vi|part|chapter|returns|reloaded|revisited)\b/.test(rest);
}

/**
 * The other films and filmmakers a review compares its film to or lists: titles quoted or
 * dated that are not the film under review, filmographies in parentheses after a name, and
 * names after comparison cues ("a Gaspar Noe film", "shades of Ingmar Bergman").
 */
export function findMentions(
  text: string,
  titles: TitleMention[],
  film: FilmHint | null,
  people: PersonCredit[],
): Mentions {
  const films: string[] = [];
  const addFilm = (title: string) => {
    const t = title.trim();
    if (t && !ownTitle(t, film?.title) && !films.includes(t)) films.push(t);
  };
  for (const m of matchesOf(PARENTHESES, text)) {
    if (!personBefore(text, m.index ?? 0)) continue;
    const items = (m[1] ?? "").split(/\s*,\s*|\s+and\s+/).filter(Boolean);
    if (
      items.length >= 2 &&
      items.every((item) => /^[\p{Lu}\d]/u.test(item) && item.split(/\s+/).length <= 8)
    ) {
      items.forEach(addFilm);
    }
  }
  for (const t of titles) addFilm(t.title);

  const credited = new Set(people.flatMap((p) => [p.name, p.character ?? ""]));
  const names: string[] = [];
  const found: Array<{ index: number; name: string | null }> = [];
  for (const pattern of CUE_THEN_NAME) {
    for (const m of matchesOf(pattern, text))
      found.push({ index: m.index ?? 0, name: m[1] ?? null });
  }
  for (const m of matchesOf(NAME_THEN_WORK, text)) {
    found.push({ index: m.index ?? 0, name: personBefore(text, m.index ?? 0) });
  }
  for (const m of matchesOf(NAME_THEN_FILM, text)) {
    const at = m.index ?? 0;
    const name = personBefore(text, at);
    const before = name ? text.slice(0, text.lastIndexOf(name.split(" ")[0] as string, at)) : "";
    if (name && /\b(?:an?|the)\s+$/i.test(before)) found.push({ index: at, name });
  }
  for (const { name: raw } of found.sort((a, b) => a.index - b.index)) {
    const name = raw ? cleanName(raw) : null;
    if (name && !credited.has(name) && !names.includes(name) && !films.includes(name))
      names.push(name);
  }
  return { films, people: names };
}
