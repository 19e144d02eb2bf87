import { basename } from "node:path";
import { readRows } from "../ingest/csv/read-rows.js";
import {
  type CatalogFilm,
  upsertCatalogFilms,
  upsertCredits,
  upsertPeople,
} from "../store/catalog.repository.js";
import type { Store } from "../store/db.js";

/** Which IMDb dataset a file is, by its name (title.basics.tsv, title.basics.tsv.gz …). */
export function imdbFileKind(path: string): "basics" | "principals" | "names" | null {
  const name = basename(path).toLowerCase();
  if (name.startsWith("title.basics.")) return "basics";
  if (name.startsWith("title.principals.")) return "principals";
  if (name.startsWith("name.basics.")) return "names";
  return null;
}

const ROLES: Record<string, string> = {
  director: "director",
  writer: "writer",
  actor: "cast",
  actress: "cast",
  self: "cast",
  composer: "composer",
  cinematographer: "cinematographer",
  editor: "editor",
  producer: "producer",
};
const BATCH = 2000;
const nullable = (value: string | undefined) =>
  value === undefined || value === "\\N" || value === "" ? null : value;

export interface ImdbCounts {
  films: number;
  credits: number;
  people: number;
}

/**
 * Imports IMDb's dataset files (title.basics, then title.principals, then name.basics; TSV,
 * gzipped or not), streamed, so the real multi-million-row files work in bounded memory:
 * only the ids of the films kept and of the people credited on them are held. Films and TV
 * movies by default.
 */
export async function importImdb(
  store: Store,
  files: { basics?: string; principals?: string; names?: string },
  options: { types?: string[]; onProgress?: (rows: number) => void } = {},
): Promise<ImdbCounts> {
  const types = new Set(options.types ?? ["movie", "tvMovie"]);
  const now = new Date().toISOString();
  const counts: ImdbCounts = { films: 0, credits: 0, people: 0 };
  const kept = new Set<string>();
  const credited = new Set<string>();
  let rows = 0;
  const tick = () => {
    rows++;
    if (rows % 10_000 === 0) options.onProgress?.(rows);
  };

  if (files.basics) {
    let batch: CatalogFilm[] = [];
    for await (const { values } of readRows(files.basics, { delimiter: "\t" })) {
      tick();
      if (!types.has(values.titleType ?? "") || !values.tconst || !values.primaryTitle) continue;
      kept.add(values.tconst);
      const year = Number(nullable(values.startYear));
      batch.push({
        imdbId: values.tconst,
        title: values.primaryTitle,
        year: Number.isFinite(year) && year > 0 ? year : null,
        genres: nullable(values.genres),
      });
      if (batch.length >= BATCH) {
        await upsertCatalogFilms(store.db, batch, now);
        counts.films += batch.length;
        batch = [];
      }
    }
    await upsertCatalogFilms(store.db, batch, now);
    counts.films += batch.length;
  }

  if (files.principals) {
    let batch: Parameters<typeof upsertCredits>[1][number][] = [];
    for await (const { values } of readRows(files.principals, { delimiter: "\t" })) {
      tick();
      const role = ROLES[values.category ?? ""];
      if (!role || !values.tconst || !values.nconst) continue;
      // Without title.basics in this run, credits go to films already in the catalog.
      if (files.basics && !kept.has(values.tconst)) continue;
      credited.add(values.nconst);
      batch.push({
        imdbId: values.tconst,
        personId: values.nconst,
        role,
        ordering: Number(values.ordering) || 0,
        characters: characters(nullable(values.characters)),
      });
      if (batch.length >= BATCH) {
        await upsertCredits(store.db, batch);
        counts.credits += batch.length;
        batch = [];
      }
    }
    await upsertCredits(store.db, batch);
    counts.credits += batch.length;
  }

  if (files.names) {
    let batch: Array<{ id: string; name: string }> = [];
    for await (const { values } of readRows(files.names, { delimiter: "\t" })) {
      tick();
      if (!values.nconst || !values.primaryName) continue;
      if (files.principals && !credited.has(values.nconst)) continue;
      batch.push({ id: values.nconst, name: values.primaryName });
      if (batch.length >= BATCH) {
        await upsertPeople(store.db, batch);
        counts.people += batch.length;
        batch = [];
      }
    }
    await upsertPeople(store.db, batch);
    counts.people += batch.length;
  }
  return counts;
}

/** IMDb writes characters as a JSON array (["Becky Something"]); we keep them comma-separated. */
function characters(value: string | null): string | null {
  if (!value) return null;
  try {
    const list = JSON.parse(value) as unknown;
    return Array.isArray(list) ? list.join(", ") : value;
  } catch {
    return value;
  }
}
