/** A film in the catalog (or provisional until a catalog entry appears). */
export interface Film {
  id: string;
  title: string;
  year: number | null;
  imdbId: string | null;
  directors: string[];
}
