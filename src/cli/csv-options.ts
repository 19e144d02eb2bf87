import { errors } from "../errors.js";
import { CSV_PRESETS, type CsvPreset, parseColumnMap } from "../ingest/csv/adapter.js";
import type { SourceOptions } from "../ingest/read-review-sources.js";

/** The CSV options `import` and `analyze` share, as given on the command line. */
export interface CsvCliOptions {
  map?: string;
  preset?: string;
  encoding?: string;
}

/** How to read a CSV dump: the column mapping, preset and encoding, checked (usage errors). */
export function csvSourceOptions(
  options: CsvCliOptions,
): Pick<SourceOptions, "map" | "preset" | "encoding"> {
  if (options.preset && !(options.preset in CSV_PRESETS)) {
    throw errors.usage(`--preset must be one of ${Object.keys(CSV_PRESETS).join(", ")}`);
  }
  if (options.encoding && options.encoding !== "utf8" && options.encoding !== "latin1") {
    throw errors.usage("--encoding must be utf8 or latin1");
  }
  const map = options.map ? parseColumnMap(options.map) : undefined;
  if (map && "error" in map) throw errors.usage(`--map: ${map.error}`);
  return {
    ...(map ? { map } : {}),
    ...(options.preset ? { preset: options.preset as CsvPreset } : {}),
    ...(options.encoding ? { encoding: options.encoding as "utf8" | "latin1" } : {}),
  };
}
