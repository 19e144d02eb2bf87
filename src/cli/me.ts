import { importLetterboxdFeed, importReaderRatings } from "../commands/reader-ratings.js";
import { criticsLikeReader, predictForReader } from "../commands/reader-taste.js";
import { EXIT, errors } from "../errors.js";
import { DEFAULT_LIMITS, nodeHttpClient } from "../ingest/fetch/http-client.js";
import type { Store } from "../store/db.js";
import {
  databaseCriticRatings,
  deleteReader,
  type Reader,
  readerNamed,
  readerRatings,
} from "../store/readers.repository.js";
import { type Io, limitOption, mustExist, printJson } from "./io.js";
import { withStore } from "./store-options.js";

export interface MeOptions {
  as?: string;
  db?: string;
  json?: boolean;
  limit?: string;
  film?: string[];
  unlinked?: boolean;
  letterboxdFeed?: string;
}

function readerName(options: MeOptions): string {
  const name = options.as?.trim();
  if (!name)
    throw errors.usage("say whose ratings: --as NAME (the reader's name on this instance)");
  return name;
}

async function existingReader(store: Store, options: MeOptions): Promise<Reader> {
  const reader = await readerNamed(store.db, readerName(options), false);
  if (!reader)
    throw errors.usage(
      `no reader named "${readerName(options)}" here: import their ratings first (cinemeter me import FILE --as NAME)`,
    );
  return reader;
}

/**
 * `cinemeter me import FILE... --as NAME`: a Letterboxd or IMDb export's ratings; with
 * `--letterboxd-feed URL`, a Letterboxd member's RSS feed's (fetched as feeds are: private
 * addresses refused unless CINEMETER_ALLOW_PRIVATE_FEEDS).
 */
export async function meImportCommand(
  files: string[],
  options: MeOptions,
  io: Io,
): Promise<number> {
  const name = readerName(options);
  const feed = options.letterboxdFeed;
  if (files.length === 0 && !feed)
    throw errors.usage(
      "give the export files (Letterboxd ratings.csv or diary.csv, IMDb ratings.csv) or --letterboxd-feed URL",
    );
  await mustExist(files);
  const summary = await withStore(options, async (store, config) => {
    const fromFiles = await importReaderRatings(store, name, files);
    if (!feed) return fromFiles;
    const reader = await existingReader(store, options);
    const client = nodeHttpClient({ ...DEFAULT_LIMITS, allowPrivate: config.allowPrivateFeeds });
    const fromFeed = await importLetterboxdFeed(store, reader.id, feed, client);
    return {
      read: fromFiles.read + fromFeed.read,
      linked: fromFiles.linked + fromFeed.linked,
      unlinked: fromFiles.unlinked + fromFeed.unlinked,
      skipped: fromFiles.skipped + fromFeed.skipped,
      rejects: [...fromFiles.rejects, ...fromFeed.rejects],
    };
  });
  if (options.json) printJson(io, summary);
  else {
    io.stdout.write(
      `${name}: ${summary.read} ratings read, ${summary.linked} linked to their films, ${summary.unlinked} not (cinemeter me ratings --unlinked)` +
        `${summary.skipped > 0 ? `, ${summary.skipped} diary entries without a rating skipped` : ""}\n`,
    );
    for (const r of summary.rejects.slice(0, 10))
      io.stderr.write(`  rejected ${r.where}: ${r.reason}\n`);
    if (summary.rejects.length > 10)
      io.stderr.write(`  … and ${summary.rejects.length - 10} more\n`);
  }
  return summary.rejects.length > 0 ? EXIT.partial : EXIT.ok;
}

/** `cinemeter me ratings --as NAME [--unlinked]`: a reader's ratings and their films. */
export async function meRatingsCommand(options: MeOptions, io: Io): Promise<number> {
  const rows = await withStore(options, async (store) =>
    readerRatings(store.db, (await existingReader(store, options)).id),
  );
  const shown = options.unlinked ? rows.filter((r) => r.film_id === null) : rows;
  if (options.json) {
    printJson(
      io,
      shown.map((r) => ({
        title: r.title,
        year: r.year,
        score: Number(r.score),
        raw: r.raw,
        filmId: r.film_id,
        link: r.link ? JSON.parse(r.link) : null,
      })),
    );
    return EXIT.ok;
  }
  for (const r of shown) {
    const where = r.film_id
      ? `→ ${r.film_title ?? r.film_id}`
      : `not linked: ${r.link ? (JSON.parse(r.link) as { reason: string }).reason : "no decision"}`;
    io.stdout.write(
      `${String(Math.round(Number(r.score))).padStart(3)}  ${r.title}${r.year ? ` (${r.year})` : ""}  ${where}\n`,
    );
  }
  return EXIT.ok;
}

/** `cinemeter me critics --as NAME`: the critics whose taste matches the reader's. */
export async function meCriticsCommand(options: MeOptions, io: Io): Promise<number> {
  const limit = limitOption(options.limit, 20);
  const matches = await withStore(options, async (store) =>
    criticsLikeReader(
      store,
      (await existingReader(store, options)).id,
      databaseCriticRatings(store.db),
    ),
  );
  const shown = matches.slice(0, limit);
  if (options.json) {
    printJson(io, shown);
    return EXIT.ok;
  }
  if (shown.length === 0) io.stdout.write("no critic has rated three of the films you rated yet\n");
  for (const m of shown) {
    const r = m.correlation === null ? "   —" : m.correlation.toFixed(2).padStart(5);
    const interval = m.interval
      ? ` [${m.interval[0].toFixed(2)}, ${m.interval[1].toFixed(2)}]`
      : "";
    io.stdout.write(
      `${r}${interval}  ${m.name}: ${m.shared} films in common, ${Math.round(m.verdictAgreement * 100)}% same verdict, ` +
        `${m.meanDifference.toFixed(0)} points apart on average\n`,
    );
  }
  return EXIT.ok;
}

/** `cinemeter me predict --as NAME [--film ID...]`: scores predicted for the reader. */
export async function mePredictCommand(options: MeOptions, io: Io): Promise<number> {
  const limit = limitOption(options.limit, 20);
  const predictions = await withStore(options, async (store) => {
    const reader = await existingReader(store, options);
    return predictForReader(
      store,
      reader.id,
      { ...(options.film ? { films: options.film } : {}), limit },
      databaseCriticRatings(store.db),
    );
  });
  if (options.json) {
    printJson(io, predictions);
    return EXIT.ok;
  }
  if (predictions.length === 0)
    io.stdout.write("nothing to predict yet: no matched critic rated a film you have not\n");
  for (const p of predictions)
    io.stdout.write(
      `${Math.round(p.score).toString().padStart(3)} [${Math.round(p.interval[0])}–${Math.round(p.interval[1])}]  ${p.filmName}  ` +
        `(critics' mean ${Math.round(p.consensus)}, ${p.leanedOn.length} matched critic${p.leanedOn.length === 1 ? "" : "s"})\n`,
    );
  return EXIT.ok;
}

/** `cinemeter me delete --as NAME`: the reader and all their ratings, gone. */
export async function meDeleteCommand(options: MeOptions, io: Io): Promise<number> {
  const gone = await withStore(options, async (store) =>
    deleteReader(store.db, (await existingReader(store, options)).id),
  );
  io.stdout.write(`${readerName(options)} deleted with ${gone} rating${gone === 1 ? "" : "s"}\n`);
  return EXIT.ok;
}
