import { catalogFiles, importCatalog } from "../commands/import-catalog.js";
import { EXIT, errors } from "../errors.js";
import { type Io, mustExist, printJson } from "./io.js";
import { withStore } from "./store-options.js";

/** `cinemeter catalog import FILE|FOLDER...`. */
export async function catalogImportCommand(
  paths: string[],
  options: { db?: string; json?: boolean; types?: string },
  io: Io,
): Promise<number> {
  if (paths.length === 0) throw errors.usage("give the catalog files to import");
  await mustExist(paths);
  const files = await catalogFiles(paths);
  const started = Date.now();
  const summary = await withStore(options, (store) =>
    importCatalog(store, files, {
      ...(options.types ? { types: options.types.split(",") } : {}),
      onProgress: ({ phase, done, total }) => {
        if (io.stderrIsTTY)
          io.stderr.write(`\r\x1b[K${phase}: ${done}${total !== null ? ` of ${total}` : " rows"}`);
        else if (total !== null && done === total) io.stderr.write(`${phase}: ${done}\n`);
      },
    }),
  );
  if (io.stderrIsTTY) io.stderr.write("\n");
  if (options.json) printJson(io, summary);
  else {
    const parts: string[] = [];
    if (summary.imdb)
      parts.push(
        `IMDb: ${summary.imdb.films} films, ${summary.imdb.credits} credits, ${summary.imdb.people} people`,
      );
    if (summary.imdb?.titles) parts.push(`${summary.imdb.titles} other titles`);
    if (summary.movielens !== null) parts.push(`MovieLens: ${summary.movielens} films`);
    if (summary.sourceFacts !== null)
      parts.push(`rt.movie_info: facts for ${summary.sourceFacts} films`);
    parts.push(
      `${summary.linking.linked} of ${summary.linking.examined} provisional films linked to the catalog`,
    );
    if (summary.linking.reread.read > 0)
      parts.push(
        `their ${summary.linking.reread.read} reviews read again with their films' titles, ${summary.linking.reread.changed} changed`,
      );
    if (summary.readerRatingsLinked > 0)
      parts.push(`${summary.readerRatingsLinked} readers' ratings linked that were not`);
    for (const r of summary.rejects.slice(0, 10))
      io.stderr.write(`  rejected ${r.where}: ${r.reason}\n`);
    io.stdout.write(`${parts.join("; ")} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  return EXIT.ok;
}
