/**
 * Attack strings recheck (a ReDoS checker) found for the regular expressions the paths that
 * read outside text run: `npm run bench:redos -- --write` keeps them in
 * bench/testdata/redos-attacks.json, and the hostile texts (adversarial-inputs.ts) pump each
 * to the size they are asked for, so the fuzz tier and `npm run bench:adversarial` read them
 * through every path.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { REPO_ROOT } from "./shared-data.js";

/** What repeats in an attack: `prefix` once, then `pump` many times (recheck's pumps). */
export interface Pump {
  prefix: string;
  pump: string;
}

export interface RedosAttack {
  /** The expression attacked, as /source/flags. */
  expression: string;
  /** How recheck says its matching time grows with the pumps ("2nd degree polynomial" …). */
  complexity: string;
  pumps: Pump[];
  suffix: string;
}

/** The attacks' file (in the source tree: dist/bench/ reads it there too). */
export const REDOS_ATTACKS_FILE = join(REPO_ROOT, "bench", "testdata", "redos-attacks.json");

/** The attacks kept by the last `npm run bench:redos -- --write`. */
export function keptRedosAttacks(): RedosAttack[] {
  return (JSON.parse(readFileSync(REDOS_ATTACKS_FILE, "utf8")) as { attacks: RedosAttack[] })
    .attacks;
}

/** The attack with its pumps repeated as often as keeps it near `length` characters. */
export function pumped(attack: RedosAttack, length: number): string {
  const fixed = attack.pumps.reduce((n, p) => n + p.prefix.length, 0) + attack.suffix.length;
  const perRound = attack.pumps.reduce((n, p) => n + p.pump.length, 0);
  const rounds = Math.max(1, Math.floor((length - fixed) / Math.max(1, perRound)));
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(rounds)).join("") + attack.suffix;
}

/**
 * The attack as prose would carry it: recheck writes its blanks as tabs and its other
 * characters as NULs, which text rarely holds and the readers often take out; here they are
 * spaces and letters, between two sentences of a review.
 */
export function inProse(attack: string): string {
  return `The acting is great. ${attack.replace(/\t/g, " ").replace(/\0/g, "x")} The end.`;
}
