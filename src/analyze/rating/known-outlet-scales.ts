import { outletKey } from "../../domain/outlet.js";

/**
 * Star scales of well-known outlets, checked against their ratings in the rt-reviews data
 * (every one of these writes x/4 or x/5 there). Used only when a rating omits its scale and
 * the outlet's own ratings in the input do not show it.
 */
const OUT_OF_FOUR = [
  "Chicago Sun-Times",
  "RogerEbert.com",
  "ReelViews",
  "Slant Magazine",
  "Rolling Stone",
  "USA Today",
  "New York Post",
  "Boston Globe",
  "Newsday",
  "Philadelphia Inquirer",
  "Globe and Mail",
  "Chicago Tribune",
  "Chicago Reader",
  "San Francisco Chronicle",
  "Movie Nation",
  "Seattle Times",
  "Miami Herald",
  "Minneapolis Star Tribune",
  "St. Louis Post-Dispatch",
  "Denver Post",
  "Salt Lake Tribune",
];

const OUT_OF_FIVE = [
  "Empire Magazine",
  "Guardian",
  "Observer (UK)",
  "Total Film",
  "Time Out",
  "Little White Lies",
  "Daily Telegraph (UK)",
  "Independent (UK)",
  "Times (UK)",
  "Austin Chronicle",
  "Arizona Republic",
  "Common Sense Media",
  "Financial Times",
  "Den of Geek",
  "Letterboxd",
];

const KNOWN = new Map<string, number>([
  ...OUT_OF_FOUR.map((name) => [outletKey(name), 4] as const),
  ...OUT_OF_FIVE.map((name) => [outletKey(name), 5] as const),
]);

/**
 * The star scale an outlet is known to use, or null, by its key (outletKey; callers have it
 * already, remembered: keyed again here for every rating read, it was 1.3% of an analysis).
 */
export function knownOutletScale(key: string): number | null {
  return KNOWN.get(key) ?? null;
}
