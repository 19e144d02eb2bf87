/** The JSON API, described for clients (served at /api/openapi.json). */
export function openApiDocument(version: string): Record<string, unknown> {
  const error = { $ref: "#/components/schemas/Error" };
  const json = (schema: unknown) => ({ "application/json": { schema } });
  const errorResponses = {
    "400": { description: "Bad input (id invalid_input)", content: json(error) },
    "404": { description: "Not found (id not_found)", content: json(error) },
  };
  const paging = [
    {
      name: "limit",
      in: "query",
      schema: { type: "integer", minimum: 1, maximum: 200, default: 50 },
    },
    {
      name: "cursor",
      in: "query",
      schema: { type: "string" },
      description: "the `next` of the previous page",
    },
  ];
  const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
  return {
    openapi: "3.1.0",
    info: {
      title: "Cinemeter API",
      version,
      description: "Open critic-review aggregation. Every GET has an ETag.",
    },
    paths: {
      "/api/films": {
        get: {
          summary: "Films with their figures",
          parameters: [
            ...paging,
            { name: "sort", in: "query", schema: { enum: ["score", "reviews", "recent"] } },
          ],
          responses: {
            "200": { description: "A page of films", content: json({ type: "object" }) },
            ...errorResponses,
          },
        },
      },
      "/api/films/{id}": {
        get: {
          summary: "One film",
          parameters: [idParam],
          responses: { "200": { description: "The film" }, ...errorResponses },
        },
      },
      "/api/films/{id}/reviews": {
        get: {
          summary: "A film's reviews, newest first",
          parameters: [
            idParam,
            ...paging,
            { name: "top", in: "query", schema: { enum: ["true", "false"] } },
            { name: "verdict", in: "query", schema: { enum: ["positive", "negative"] } },
            { name: "rated", in: "query", schema: { enum: ["true", "false"] } },
          ],
          responses: { "200": { description: "A page of reviews" }, ...errorResponses },
        },
      },
      "/api/critics": {
        get: {
          summary: "Critics, most prolific first",
          parameters: paging,
          responses: { "200": { description: "A page of critics" } },
        },
      },
      "/api/critics/{id}": {
        get: {
          summary: "A critic and their reviews",
          parameters: [idParam, ...paging],
          responses: { "200": { description: "The critic" }, ...errorResponses },
        },
      },
      "/api/outlets/{id}": {
        get: {
          summary: "An outlet and its reviews",
          parameters: [idParam, ...paging],
          responses: { "200": { description: "The outlet" }, ...errorResponses },
        },
      },
      "/api/search": {
        get: {
          summary: "Films by title, reviews by their words",
          parameters: [{ name: "q", in: "query", required: true, schema: { type: "string" } }],
          responses: { "200": { description: "Films and reviews" }, ...errorResponses },
        },
      },
      "/api/reviews": {
        post: {
          summary: "Add a review (analyzed, linked, stored)",
          security: [{ bearer: [] }],
          requestBody: { content: json({ $ref: "#/components/schemas/ReviewInput" }) },
          responses: {
            "201": { description: "Stored; the analysis" },
            "200": { description: "A duplicate; nothing stored" },
            "400": { description: "Bad input", content: json(error) },
            "401": { description: "No or wrong token (id unauthorized)", content: json(error) },
            "403": { description: "Writes disabled (id writes_disabled)", content: json(error) },
          },
        },
      },
      "/healthz": {
        get: {
          summary: "Liveness and database reachability",
          responses: { "200": { description: "ok" } },
        },
      },
      "/metrics": {
        get: { summary: "Prometheus metrics", responses: { "200": { description: "text/plain" } } },
      },
    },
    components: {
      securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      schemas: {
        Error: {
          type: "object",
          properties: {
            error: {
              type: "object",
              properties: { id: { type: "string" }, message: { type: "string" } },
            },
          },
        },
        ReviewInput: {
          type: "object",
          required: ["text"],
          properties: {
            text: { type: "string" },
            outlet: { type: "string" },
            critic: { type: "string" },
            rating: { type: "string" },
            title: { type: "string" },
            url: { type: "string" },
            date: { type: "string" },
            topCritic: { type: "boolean" },
            verdict: {
              description:
                "The critic's own verdict, when stated apart from the rating: fresh/positive/liked/yes/true/1 or rotten/negative/no/false/0",
              oneOf: [{ type: "string" }, { type: "boolean" }],
            },
            film: {
              oneOf: [
                { type: "string", description: "Title (Year)" },
                {
                  type: "object",
                  properties: {
                    title: { type: "string" },
                    year: { type: "integer" },
                    imdbId: { type: "string" },
                  },
                },
              ],
            },
          },
        },
      },
    },
  };
}
