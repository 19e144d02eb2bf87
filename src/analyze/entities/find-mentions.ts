import type { Mentions, PersonCredit } from "../../domain/analysis.js";
import type { FilmHint } from "../../domain/review.js";
import type { TitleMention } from "./find-film.js";
import { cleanName, PERSON } from "./names.js";

const FILMMAKER_CUES = [
  // "a Gaspar Noe film", "the Coen brothers picture"
  String.raw`\b(?:an?|the)\s+(${PERSON})\s+(?:film|movie|picture|joint|production|flick|thriller|comedy|drama|western|musical)\b`,
  // "Ingmar Bergman's work"
  String.raw`(${PERSON})['’]s\s+(?:work|films|movies|oeuvre|style|filmography|classics?|masterpieces?|world|universe|canon|best|early|late|later|debut)\b`,
  // "shades of Ingmar Bergman", "like David Lynch", "à la Wes Anderson"
  String.raw`\b(?:shades|echoes|touches|hints|traces|flashes|spirit) of\s+(${PERSON})`,
  String.raw`(?:\blike|\bthan|\breminiscent of|à la|\ba la|\brecalls|\bevokes|\bchannel(?:s|ing|ling)?|\bhomage to|\bnod to|\bin the vein of|\bworthy of|\bchanneling)\s+(${PERSON})`,
].map((source) => new RegExp(source, "gu"));

// "Alex Ross Perry (Queen of Earth, Listen Up Philip, Golden Exits)": a person's earlier films.
const FILMOGRAPHY = new RegExp(String.raw`(${PERSON})(?:['’]s)?\s*\(([^()\n]{3,200})\)`, "gu");

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
    if (t && t !== film?.title && !films.includes(t)) films.push(t);
  };
  for (const m of text.matchAll(FILMOGRAPHY)) {
    const items = (m[2] ?? "").split(/\s*,\s*|\s+and\s+/).filter(Boolean);
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
  for (const pattern of FILMMAKER_CUES) {
    for (const m of text.matchAll(pattern)) {
      const name = cleanName(m[1] ?? "");
      if (name && !credited.has(name) && !names.includes(name) && !films.includes(name))
        names.push(name);
    }
  }
  return { films, people: names };
}
