import { ASPECT_NAMES } from "../../domain/analysis.js";

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
  const writeErrors = {
    ...errorResponses,
    "401": { description: "No or wrong token (id unauthorized)", content: json(error) },
    "403": { description: "Writes disabled (id writes_disabled)", content: json(error) },
    "422": { description: "Breaks a rule, naming the field", content: json(error) },
  };
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
            {
              name: "sort",
              in: "query",
              schema: { enum: ["score", "positive", "mean", "reviews", "newest", "recent"] },
              description:
                "score: shrunk mean; newest: the films' years; recent: most recently added reviews (takes no filters)",
            },
            { name: "year", in: "query", schema: { type: "integer" } },
            { name: "decade", in: "query", schema: { type: "integer" }, description: "e.g. 1990" },
            { name: "genre", in: "query", schema: { type: "string" } },
            {
              name: "band",
              in: "query",
              schema: { enum: ["acclaim", "favorable", "mixed", "unfavorable", "dislike"] },
            },
            { name: "badge", in: "query", schema: { enum: ["true", "false"] } },
            { name: "minReviews", in: "query", schema: { type: "integer", minimum: 1 } },
          ],
          responses: {
            "200": { description: "A page of films", content: json({ type: "object" }) },
            ...errorResponses,
          },
        },
      },
      "/api/films/{id}": {
        get: {
          summary:
            "One film, with its source facts and how it was identified (a merged film's id: 301)",
          parameters: [idParam],
          responses: {
            "200": { description: "The film" },
            "301": { description: "Merged into the film in Location" },
            ...errorResponses,
          },
        },
        patch: {
          summary: "Correct its title and/or year (audited, undoable; pins it)",
          security: [{ bearer: [] }],
          parameters: [idParam],
          requestBody: {
            content: json({
              type: "object",
              properties: { title: { type: "string" }, year: { type: ["integer", "null"] } },
            }),
          },
          responses: { "200": { description: "The audit entry" }, ...writeErrors },
        },
      },
      "/api/films/{id}/merge": {
        post: {
          summary: "Merge this film into another (its URL then answers 301); audited, undoable",
          security: [{ bearer: [] }],
          parameters: [idParam],
          requestBody: {
            content: json({
              type: "object",
              required: ["into"],
              properties: { into: { type: "string" } },
            }),
          },
          responses: { "200": { description: "The audit entry" }, ...writeErrors },
        },
      },
      "/api/reviews/{id}": {
        get: {
          summary:
            "One review and why it is on its film (the linking decision and its evidence), its verdict and how it was reached, its aspects with their words, and what an admin set of them",
          parameters: [idParam],
          responses: { "200": { description: "The review" }, ...errorResponses },
        },
        delete: {
          summary: "Delete a review (re-imports do not bring it back); audited, undoable",
          security: [{ bearer: [] }],
          parameters: [idParam],
          responses: { "200": { description: "The audit entry" }, ...writeErrors },
        },
      },
      "/api/reviews/{id}/evidence": {
        get: {
          summary:
            "What the review's text reading rests on (with the token): {evidence: {probability, unit, positive, negative} | null}, the words or sentences that move it most each way when left out",
          security: [{ bearer: [] }],
          parameters: [idParam],
          responses: { "200": { description: "The evidence" }, ...errorResponses },
        },
      },
      "/api/reviews/{id}/aspects": {
        post: {
          summary:
            "Set some aspects of a review (an admin's word, where its reading had them wrong: praise, a complaint, or none for not judged; later readings keep it), or null to take one back; the others stay as they were; audited, undoable",
          security: [{ bearer: [] }],
          parameters: [idParam],
          requestBody: {
            content: json({
              type: "object",
              required: ["aspects"],
              properties: {
                aspects: {
                  type: "object",
                  additionalProperties: false,
                  properties: Object.fromEntries(
                    ASPECT_NAMES.map((a) => [
                      a,
                      { type: ["string", "null"], enum: ["positive", "negative", "none", null] },
                    ]),
                  ),
                },
              },
            }),
          },
          responses: { "200": { description: "The audit entry" }, ...writeErrors },
        },
      },
      "/api/reviews/{id}/quote": {
        post: {
          summary:
            "Set a review's pull quote to words of its own text (an admin's choice, where its reading chose badly: as the text writes them, whitespace aside, from a word's start to a word's end, at most 60 words; later readings keep them while the text has them), or null to let its reading choose again; audited, undoable",
          security: [{ bearer: [] }],
          parameters: [idParam],
          requestBody: {
            content: json({
              type: "object",
              required: ["quote"],
              properties: { quote: { type: ["string", "null"], maxLength: 2000 } },
            }),
          },
          responses: { "200": { description: "The audit entry" }, ...writeErrors },
        },
      },
      "/api/reviews/{id}/reports/dismiss": {
        post: {
          summary:
            "Dismiss the open reports readers made on a review (with the token): an admin read it and found nothing wrong; a correction of the review settles them instead",
          security: [{ bearer: [] }],
          parameters: [idParam],
          responses: { "200": { description: "{dismissed}" }, ...writeErrors },
        },
      },
      "/api/reviews/{id}/verdict": {
        post: {
          summary:
            "Set the verdict a review counts as (an admin's, for a review read wrong; it outranks every other and later readings keep it), or null to take it back; audited, undoable",
          security: [{ bearer: [] }],
          parameters: [idParam],
          requestBody: {
            content: json({
              type: "object",
              required: ["verdict"],
              properties: {
                verdict: { type: ["string", "null"], enum: ["positive", "negative", null] },
              },
            }),
          },
          responses: { "200": { description: "The audit entry" }, ...writeErrors },
        },
      },
      "/api/reviews/move": {
        post: {
          summary: "Move reviews to another film (pinned there); audited, undoable",
          security: [{ bearer: [] }],
          requestBody: {
            content: json({
              type: "object",
              required: ["reviews", "film"],
              properties: {
                reviews: { type: "array", items: { type: "string" } },
                film: { type: "string" },
              },
            }),
          },
          responses: { "200": { description: "The audit entry" }, ...writeErrors },
        },
      },
      "/api/reviews/split": {
        post: {
          summary: "Split reviews off into a new film; audited, undoable",
          security: [{ bearer: [] }],
          requestBody: {
            content: json({
              type: "object",
              required: ["reviews", "title"],
              properties: {
                reviews: { type: "array", items: { type: "string" } },
                title: { type: "string" },
                year: { type: ["integer", "null"] },
              },
            }),
          },
          responses: { "200": { description: "The audit entry" }, ...writeErrors },
        },
      },
      "/api/imports/{id}/undo": {
        post: {
          summary: "Take back every review an import stored; audited, undoable",
          security: [{ bearer: [] }],
          parameters: [idParam],
          responses: { "200": { description: "The audit entry" }, ...writeErrors },
        },
      },
      "/api/checks": {
        get: {
          summary:
            "The reviews to check (with the token): those whose analysis flags what does not add up, newest first; with list=unsure, the verdicts read rather than given (verdictSource text, fence or outlet), least sure first; with list=reported, the reviews readers reported that no admin has settled, each with its open `reports` ({reason, note, at}). Setting a review's verdict takes it off the first two; any correction of a review, or dismissing its reports, off the third",
          security: [{ bearer: [] }],
          parameters: [
            {
              name: "list",
              in: "query",
              schema: {
                type: "string",
                enum: ["flagged", "unsure", "reported"],
                default: "flagged",
              },
            },
            { name: "film", in: "query", schema: { type: "string" } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 200 } },
            { name: "cursor", in: "query", schema: { type: "string" } },
          ],
          responses: { "200": { description: "{reviews, next}" }, ...errorResponses },
        },
      },
      "/api/audit": {
        get: {
          summary: "Every correction and automatic merge, newest first (with the token)",
          security: [{ bearer: [] }],
          parameters: [
            { name: "target", in: "query", schema: { type: "string" } },
            { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 500 } },
          ],
          responses: { "200": { description: "The entries" }, ...errorResponses },
        },
      },
      "/api/audit/{id}/undo": {
        post: {
          summary: "Undo one change (the undo is logged too)",
          security: [{ bearer: [] }],
          parameters: [idParam],
          responses: { "200": { description: "The audit entry of the undo" }, ...writeErrors },
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
            {
              name: "aspect",
              in: "query",
              description:
                "With side: only the reviews that judge this aspect so, each with the words that judge it (its `aspect`)",
              schema: { enum: ASPECT_NAMES },
            },
            { name: "side", in: "query", schema: { enum: ["positive", "negative"] } },
          ],
          responses: { "200": { description: "A page of reviews" }, ...errorResponses },
        },
      },
      ...Object.fromEntries(
        (["critics", "outlets"] as const).map((kind) => [
          `/api/${kind}`,
          {
            get: {
              summary: `${kind === "critics" ? "Critics" : "Outlets"} with their figures and standing (agreement, leniency)`,
              parameters: [
                ...paging,
                {
                  name: "sort",
                  in: "query",
                  schema: {
                    enum: ["reviews", "agreement", "lenient", "harsh"],
                    default: "reviews",
                  },
                },
                {
                  name: "q",
                  in: "query",
                  schema: { type: "string", maxLength: 200 },
                  description: "only names containing it, case aside",
                },
              ],
              responses: { "200": { description: `A page of ${kind}` }, ...errorResponses },
            },
          },
        ]),
      ),
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
          summary:
            "Films by title (reviewed first), people, critics and outlets by name, reviews by their words (with their film and critic); names and titles a typo away only when no review matches",
          parameters: [{ name: "q", in: "query", required: true, schema: { type: "string" } }],
          responses: {
            "200": { description: "{films, people, sources, reviews}" },
            ...errorResponses,
          },
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
      ...readerPaths(json, error, idParam),
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
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "the admin's CINEMETER_API_TOKEN" },
        reader: {
          type: "http",
          scheme: "bearer",
          description: "a reader's own token, made on /me",
        },
      },
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

/** /api/me: a reader's own data, with their token (never the admin's). */
function readerPaths(
  json: (schema: unknown) => unknown,
  error: unknown,
  idParam: unknown,
): Record<string, unknown> {
  const security = [{ reader: [] }];
  const denied = {
    "401": {
      description: "No reader's token, or a wrong one (id unauthorized)",
      content: json(error),
    },
  };
  const read = (summary: string, parameters: unknown[] = []) => ({
    get: { summary, security, parameters, responses: { "200": { description: "ok" }, ...denied } },
  });
  const write = (method: string, summary: string, body?: unknown) => ({
    [method]: {
      summary,
      security,
      ...(body ? { requestBody: { content: json(body) } } : {}),
      responses: {
        "200": { description: "ok" },
        "422": { description: "Breaks a rule, naming the field", content: json(error) },
        ...denied,
      },
    },
  });
  const limit = {
    name: "limit",
    in: "query",
    schema: { type: "integer", minimum: 1, maximum: 200 },
  };
  return {
    "/api/me": {
      ...read("The reader: name, how many ratings, how many linked, their Letterboxd feed"),
      ...write("delete", "Delete the reader, their ratings and sessions"),
    },
    "/api/me/ratings": {
      ...read("The reader's ratings, each with its film and why"),
      ...write("post", "Import a Letterboxd or IMDb export's text", {
        type: "object",
        required: ["csv"],
        properties: { csv: { type: "string" }, name: { type: "string" } },
      }),
    },
    "/api/me/letterboxd": write("post", "Read the reader's Letterboxd RSS feed (and follow it)", {
      type: "object",
      required: ["url"],
      properties: { url: { type: "string" } },
    }),
    "/api/me/ratings/link": write("post", "Link an unlinked rating to a film", {
      type: "object",
      required: ["key", "film"],
      properties: { key: { type: "string" }, film: { type: "string" } },
    }),
    "/api/me/films/{id}/rating": {
      put: {
        ...(write("put", "Rate a film in half stars (null removes the rating)", {
          type: "object",
          required: ["stars"],
          properties: { stars: { type: ["number", "null"], minimum: 0.5, maximum: 5 } },
        }).put as Record<string, unknown>),
        parameters: [idParam],
      },
    },
    "/api/me/critics": read("Critics like the reader, best first, with where they differ", [limit]),
    "/api/me/predictions": read(
      "Scores predicted for films the reader has not rated, best first; or, with film, that film's",
      [limit, { name: "film", in: "query", schema: { type: "string" } }],
    ),
    "/api/me/export": read("Everything kept about the reader"),
  };
}
