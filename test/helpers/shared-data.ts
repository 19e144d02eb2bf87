import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

/** `../shared/data` beside the checkout, or `CINEMETER_SHARED_DATA`. Read only, never copied. */
export const SHARED_DATA = process.env.CINEMETER_SHARED_DATA ?? resolve(repoRoot, "../shared/data");

/**
 * The path of a file in the shared data, or null when it is absent so the caller can skip.
 * In CI (`CI=true`) an absent file is an error: a tier must never skip silently there.
 */
export function sharedData(...parts: string[]): string | null {
  return required(join(SHARED_DATA, ...parts));
}

/** The seed review, `../shared/seed/her-smell.txt`, or null (an error in CI) when absent. */
export function sharedSeed(): string | null {
  return required(resolve(SHARED_DATA, "../seed/her-smell.txt"));
}

function required(path: string): string | null {
  if (existsSync(path)) return path;
  if (process.env.CI === "true") {
    throw new Error(
      `shared data file ${path} is missing; CI needs ../shared/data beside the checkout`,
    );
  }
  console.warn(`skipping: ${path} is not here (set CINEMETER_SHARED_DATA)`);
  return null;
}
