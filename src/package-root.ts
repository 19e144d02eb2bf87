import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | null = null;

/** The folder of Cinemeter's package.json (where models/ lives), from src/ or dist/src/ alike. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++, dir = dirname(dir)) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && /"name":\s*"cinemeter"/.test(readFileSync(manifest, "utf8"))) {
      root = dir;
      return dir;
    }
  }
  throw new Error("cannot find Cinemeter's package.json above its code");
}

/** Cinemeter's version, from its package.json. */
export function packageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as {
    version?: string;
  };
  return manifest.version ?? "0.0.0";
}
