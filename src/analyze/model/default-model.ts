import { existsSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../package-root.js";
import { readTextModelFile } from "./model-file.js";
import { TextModel } from "./text-model.js";

/** The model file's name inside `models/`. */
export const TEXT_MODEL_FILE = "text-model.bin";

let loaded: TextModel | null = null;

/**
 * The committed text model (`models/text-model.bin` in the package), loaded once on first
 * use, its weights folded as they are read from the file (150–220 ms on the project's
 * machine: see docs/PERFORMANCE.md). Throws a plain message when the file is missing: run
 * `cinemeter train`.
 */
export function defaultTextModel(): TextModel {
  if (loaded) return loaded;
  const path = join(packageRoot(), "models", TEXT_MODEL_FILE);
  if (!existsSync(path)) throw new Error(`the text model ${path} is missing; run cinemeter train`);
  loaded = readTextModelFile(path, (data) => new TextModel(data));
  return loaded;
}
