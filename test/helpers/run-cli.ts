import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { NODE_FLAGS } from "../../src/cli/node-flags.js";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const CLI = resolve(REPO_ROOT, "dist/src/cli/main.js");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `cinemeter` as a real process (npm test builds it first). */
export function runCli(
  args: string[],
  stdin = "",
  env: NodeJS.ProcessEnv = process.env,
): CliResult {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const result = spawnSync(process.execPath, [...NODE_FLAGS, CLI, ...args], {
    cwd: REPO_ROOT,
    input: stdin,
    env,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The JSON lines a command printed. */
export function jsonLines(stdout: string): unknown[] {
  return stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as unknown);
}
