import { filmName } from "../domain/film.js";
import { EXIT, errors } from "../errors.js";
import { FILM_SORTS, type FilmSort, listFilms } from "../store/films.repository.js";
import { type Io, limitOption, printJson } from "./io.js";
import { withStore } from "./store-options.js";

export interface FilmsCliOptions {
  json?: boolean;
  sort?: string;
  limit?: string;
  db?: string;
}

/** `cinemeter films`: films with their figures. */
export async function filmsCommand(options: FilmsCliOptions, io: Io): Promise<number> {
  const sort = (options.sort ?? "score") as FilmSort;
  if (!FILM_SORTS.includes(sort)) throw errors.usage(`--sort must be ${FILM_SORTS.join(", ")}`);
  const limit = limitOption(options.limit, 50);
  const films = await withStore(options, (store) => listFilms(store.db, { sort, limit }));
  if (options.json) {
    printJson(io, films);
    return EXIT.ok;
  }
  for (const f of films) {
    const pct =
      f.percentPositive === null ? "   —" : `${f.percentPositive.toFixed(0).padStart(3)}%`;
    const score = f.bayesianScore === null ? "  —" : f.bayesianScore.toFixed(0).padStart(3);
    io.stdout.write(
      `${pct}  ${score}  ${String(f.reviewCount).padStart(4)} reviews  ${filmName(f)}\n`,
    );
  }
  return EXIT.ok;
}
