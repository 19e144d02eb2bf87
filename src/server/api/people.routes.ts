import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { aggregateFigures } from "../../domain/aggregate.js";
import { errors } from "../../errors.js";
import { sumsOf } from "../../store/aggregates.repository.js";
import type { Store } from "../../store/db.js";
import { siteMeanScore } from "../../store/films.repository.js";
import { listReviews } from "../../store/reviews.repository.js";
import { getSource } from "../../store/sources.repository.js";
import { parseRequest } from "../errors.js";
import { offsetOf, offsetPage, Paging } from "../paging.js";

const Id = z.object({ id: z.string().min(1).max(200) });

/** GET /api/critics, /api/critics/:id, /api/outlets/:id: who wrote, where, and their figures. */
export function peopleRoutes(app: FastifyInstance, store: Store): void {
  app.get("/api/critics", async (request) => {
    const q = parseRequest(Paging, request.query, "query");
    const offset = offsetOf(q.cursor);
    const siteMean = await siteMeanScore(store.db);
    const rows = await store.db
      .selectFrom("critics")
      .innerJoin("critic_aggregates as a", "a.critic_id", "critics.id")
      .selectAll("a")
      .select(["critics.id", "critics.name", "critics.top_critic"])
      .where("a.review_count", ">", 0)
      .orderBy("a.review_count", "desc")
      .orderBy("critics.id")
      .offset(offset)
      .limit(q.limit + 1)
      .execute();
    const page = offsetPage(rows, offset, q.limit);
    return {
      critics: page.rows.map((r) => ({
        id: r.id,
        name: r.name,
        topCritic: Number(r.top_critic) === 1,
        ...aggregateFigures(sumsOf(r), siteMean),
      })),
      next: page.next,
    };
  });

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
