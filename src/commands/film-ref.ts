import { errors } from "../errors.js";
import type { Store } from "../store/db.js";
import { currentFilmId } from "../store/film-linking.repository.js";
import { filmsNamed } from "../store/films.repository.js";

/**
 * The one film a command-line argument, an API body or a form names: its id (a merged film's id leads to the film
 * it became), else its shown name — "Title (Year)", "Title", or an untitled film's
 * description. Several films of that name is an error listing them, never a silent pick.
 */
export async function filmRef(store: Store, ref: string): Promise<string> {
  const byId = await currentFilmId(store.db, ref);
  if (byId) return byId;
  const named = await filmsNamed(store.db, ref);
  const [only] = named;
  if (only && named.length === 1) return only.id;
  if (!ref.trim())
    throw errors.unprocessable("film", "name the film by its id or its title and year");
  if (named.length === 0) throw errors.notFound(`a film with the id or name "${ref}"`);
  const list = named.map(
    (f) =>
      `${f.id}  ${f.title}${f.year ? ` (${f.year})` : ""}${f.provisional ? " [provisional]" : ""}`,
  );
  throw errors.unprocessable(
    "film",
    `"${ref}" names ${named.length} films; give one's id or its year:\n  ${list.join("\n  ")}`,
  );
}
