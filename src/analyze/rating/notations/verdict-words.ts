import type { RatingVerdict } from "../../../domain/rating.js";
import { type Reading, verdictOnly } from "../reading.js";

/** Verdict words outlets use instead of a score, by what they say about the film. */
const VERDICT_WORDS: ReadonlyArray<readonly [RatingVerdict, RegExp]> = [
  [
    "negative",
    /^(?:not (?:recommended|worth (?:it|seeing|watching|your time|the (?:trip|money))|for me)|(?:do not|don't|dont|never) (?:see|watch|bother)(?: it)?|skip(?: it| this one)?|avoid(?: it)?|(?:two |2 |big )?thumbs? down|rotten|no|nope|pass|miss it|stay away|wait for (?:video|dvd|streaming|cable|tv)|(?:a )?must[- ]miss)$/,
  ],
  [
    "mixed",
    /^(?:mixed|so[- ]so|maybe|meh|rent it|matinee|mixed bag|(?:one )?thumbs? sideways|one thumb up(?: one thumb down)?|split decision)$/,
  ],
  [
    "positive",
    /^(?:(?:highly |strongly |very |warmly )?recommended|(?:nyt |n.y.t. )?critics? pick|(?:a )?must[- ](?:see|watch)|(?:go )?see it(?: now)?|worth (?:it|seeing|watching|a look|the trip|your time|the price of admission)|(?:two |2 |big )?thumbs? up|(?:certified )?fresh|yes|recommend|essential|stream it|buy it|a must)$/,
  ],
];

/** The key of a verdict word: apostrophes and punctuation dropped, spaces single. */
function verdictKey(s: string): string {
  return s
    .replace(/['’`]/g, "")
    .replace(/[^a-z0-9.\- ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** `Recommended`, `Not Recommended`, `Critic's Pick`, `NYT Critics' Pick`, `Skip it`, `Mixed`. */
export function readVerdictWords(s: string): Reading | null {
  const key = verdictKey(s);
  for (const [verdict, words] of VERDICT_WORDS) {
    if (words.test(key)) return verdictOnly(verdict);
  }
  return null;
}
