import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { NODE_FLAGS } from "./src/cli/node-flags.js";

/** The tiers whose files run longest (a browser, child processes, PostgreSQL), started first. */
const TIERS_LONGEST_FIRST = ["e2e", "cli", "db", "fuzz", "unit"];

/**
 * Vitest's order (its tiers by name: cli, db, e2e …) with the longest tiers first, so that
 * the browser tier, minutes long, runs beside the others rather than after them.
 */
class LongestTiersFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => TIERS_LONGEST_FIRST.indexOf(file.project.name);
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    // Two test files at a time at least: Vitest's default (one less than the cores) ran them
    // one by one on a 2-core machine, while many wait on PostgreSQL, Chromium or a child
    // process (docs/PERFORMANCE.md, "The test suite").
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestTiersFirst },
    // The V8 flags every cinemeter process runs with (src/cli/node-flags.ts), in each test fork.
    execArgv: [...NODE_FLAGS],
    reporters: ["default", "./test/summary-reporter.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "bench/**/*.test.ts"],
          exclude: ["src/store/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "fuzz",
          include: ["test/fuzz/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "db",
          include: ["src/store/**/*.test.ts", "test/db/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: "cli",
          include: ["test/cli/**/*.test.ts"],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
