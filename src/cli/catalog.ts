import { importCatalog } from "../commands/import-catalog.js";
import { EXIT, errors } from "../errors.js";
import { mergeFilms } from "../store/films.repository.js";
import { type Io, mustExist, printJson } from "./io.js";
import { withStore } from "./store-options.js";

/** `cinemeter catalog import FILE...`. */
export async function catalogImportCommand(
  paths: string[],
  options: { db?: string; json?: boolean; types?: string },
  io: Io,
): Promise<number> {
  if (paths.length === 0) throw errors.usage("give the catalog files to import");
  await mustExist(paths);
  const started = Date.now();
  const summary = await withStore(options, (store) =>
    importCatalog(store, paths, {
      ...(options.types ? { types: options.types.split(",") } : {}),
      onProgress: (rows) => {
        if (io.stderrIsTTY) io.stderr.write(`\rreading the catalog: ${rows} rows`);
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
    if (summary.movielens !== null) parts.push(`MovieLens: ${summary.movielens} films`);
    parts.push(`${summary.linked} films named by reviews linked to the catalog`);
    io.stdout.write(`${parts.join("; ")} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  return EXIT.ok;
}

/** `cinemeter films merge A B`: film A's reviews move to film B, and A is gone. */
export async function filmsMergeCommand(
  from: string,
  into: string,
  options: { db?: string },
  io: Io,
): Promise<number> {
  const moved = await withStore(options, async (store) => {
    const exists = await store.db
      .selectFrom("films")
      .select("id")
      .where("id", "=", from)
      .executeTakeFirst();
    if (!exists) throw errors.notFound(`film ${from}`);
    return mergeFilms(store, from, into);
  });
  io.stdout.write(`merged ${from} into ${into}: ${moved} reviews moved\n`);
  return EXIT.ok;
}
