import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { errors } from "../../errors.js";
import type { Store } from "../../store/db.js";
import { listReviews } from "../../store/reviews.repository.js";
import { getSource, listSources } from "../../store/sources.repository.js";
import { parseRequest } from "../errors.js";
import type { NameDirectories } from "../name-directories.js";
import { offsetOf, offsetPage, Paging } from "../paging.js";

const Id = z.object({ id: z.string().min(1).max(200) });
const SourceList = Paging.extend({
  sort: z.enum(["reviews", "agreement", "lenient", "harsh"]).default("reviews"),
  q: z.string().max(200).optional(),
});

/** GET /api/critics, /api/outlets and each one by id: who wrote, where, their figures and standing. */
export function peopleRoutes(app: FastifyInstance, store: Store, names: NameDirectories): void {
  for (const kind of ["critic", "outlet"] as const) {
    app.get(`/api/${kind}s`, async (request) => {
      const q = parseRequest(SourceList, request.query, "query");
      const offset = offsetOf(q.cursor);
      const page = offsetPage(
        await listSources(store.db, kind, {
          sort: q.sort,
          ids: q.q ? await names.ids(kind, q.q) : null,
          offset,
          limit: q.limit + 1,
        }),
        offset,
        q.limit,
      );
      const rows = page.rows.map(({ kind: _kind, topCritic, ...source }) =>
        kind === "critic" ? { ...source, topCritic } : source,
      );
      return { [`${kind}s`]: rows, next: page.next };
    });
  }

  for (const kind of ["critics", "outlets"] as const) {
    app.get(`/api/${kind}/:id`, async (request) => {
      const { id } = parseRequest(Id, request.params, "path");
      const q = parseRequest(Paging, request.query, "query");
      const source = await getSource(store, kind === "critics" ? "critic" : "outlet", id);
      if (!source) throw errors.notFound(`${kind === "critics" ? "critic" : "outlet"} ${id}`);
      const reviews = await listReviews(
        store,
        kind === "critics" ? { criticId: id } : { outletId: id },
        { after: q.cursor ?? null, limit: q.limit },
      );
      const { kind: _kind, topCritic: _top, ...figures } = source;
      return { ...figures, ...reviews };
    });
  }
}
