import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, test } from "vitest";
import { NODE_FLAGS } from "../../src/cli/node-flags.js";
import { REPO_ROOT } from "../helpers/run-cli.js";

describe("the V8 flags the project's node commands run with (src/cli/node-flags.ts)", () => {
  test("every npm script that runs node passes them", () => {
    const { scripts } = JSON.parse(readFileSync(resolve(REPO_ROOT, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    const runsNode = Object.entries(scripts).filter(([, line]) => /^node dist\//.test(line));
    const withFlags = Object.entries(scripts).filter(([, line]) =>
      line.startsWith(`node ${NODE_FLAGS.join(" ")} dist/`),
    );
    expect(runsNode).toEqual([]);
    expect(withFlags.map(([name]) => name)).toContain("start");
    expect(withFlags.map(([name]) => name)).toContain("bench:analyze");
  });

  test("the test forks run with them (vitest.config.ts)", () => {
    for (const flag of NODE_FLAGS) expect(process.execArgv).toContain(flag);
  });

  test("the built bin keeps a shebang every env reads (BusyBox's has no -S), and starts through it", () => {
    expect(readFileSync(resolve(REPO_ROOT, "dist/src/cli/main.js"), "utf8")).toMatch(
      /^#!\/usr\/bin\/env node\n/,
    );
    const help = spawnSync(resolve(REPO_ROOT, "dist/src/cli/main.js"), ["--help"], {
      encoding: "utf8",
    });
    expect({ status: help.status, stderr: help.stderr }).toEqual({ status: 0, stderr: "" });
    expect(help.stdout).toContain("Commands:");
  });
});
