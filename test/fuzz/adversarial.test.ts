/**
 * The property/fuzz tier: hostile text of up to a megabyte, through every path that reads
 * outside text (bench/adversarial-paths.ts). Each call must finish within the test's timeout
 * and throw nothing. `npm run bench:adversarial` times the same inputs.
 */
import fc from "fast-check";
import { describe, test } from "vitest";
import { hostileTexts, REPEATED_PIECES, RUN_CHARACTERS } from "../../bench/adversarial-inputs.js";
import { ADVERSARIAL_PATHS } from "../../bench/adversarial-paths.js";
import { keptRedosAttacks } from "../../bench/redos-attacks.js";

/** What repeats in each of recheck's attacks (bench/redos-attacks.ts), as pieces to mix. */
const ATTACK_PUMPS = [
  ...new Set(keptRedosAttacks().flatMap((a) => a.pumps.map((p) => p.pump))),
].filter((pump) => pump !== "");

/** Runs of hostile pieces, each repeated up to `maxRun` times, up to about `maxLength` characters. */
const hostileMix = (maxLength: number, maxRun: number) =>
  fc
    .array(
      fc.record({
        piece: fc.oneof(
          fc.constantFrom(...RUN_CHARACTERS, ...REPEATED_PIECES, ...ATTACK_PUMPS),
          fc.string({ unit: "binary", maxLength: 4 }),
        ),
        times: fc.integer({ min: 1, max: maxRun }),
      }),
      { minLength: 1, maxLength: 12 },
    )
    .map((runs) =>
      runs
        .map(({ piece, times }) => piece.repeat(times))
        .join("")
        .slice(0, maxLength),
    );

describe.each(ADVERSARIAL_PATHS)("$name", (path) => {
  test("every named hostile text of 100 KB: finishes, throws nothing", async () => {
    for (const { name, text } of hostileTexts(100_000)) {
      await Promise.resolve()
        .then(() => path.run(text))
        .catch((error: Error) => {
          throw new Error(`${path.name} threw on ${name}: ${error.message}`);
        });
    }
  });

  // At 100 KB a quadratic scan can still finish within the timeout (a word of 100,000 stops
  // took linking 12 s); at a megabyte it cannot.
  test("a word of a million stops between two letters: finishes, throws nothing", async () => {
    await path.run(`A${".".repeat(1_000_000)}b`);
  });

  // Atom text constructs of type html of 100,000 "<" each took the feed parser most of this
  // file's 60 s (their tags stripped by /<[^>]*>/g, which scanned to the end from each "<");
  // 400,000 took it 107 s each. (The feed path holds the text three times, escaped, within a
  // feed's 5,000,000 characters: a million "<" would be refused unread.)
  test('400,000 "<" that no ">" closes: finishes, throws nothing', async () => {
    await path.run("<".repeat(400_000));
  });

  test("random mixes of hostile runs up to 1 MB: finish, throw nothing", async () => {
    await fc.assert(
      fc.asyncProperty(hostileMix(1_000_000, 200_000), async (text) => {
        await path.run(text);
      }),
      { numRuns: 4, seed: 11 },
    );
    await fc.assert(
      fc.asyncProperty(hostileMix(20_000, 50), async (text) => {
        await path.run(text);
      }),
      { numRuns: 40, seed: 12 },
    );
  });
});
