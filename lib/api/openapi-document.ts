import { z } from "zod";
import { OPERATIONS } from "./operations";

const schemaOf = (schema: z.ZodType, io: "input" | "output") => {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as Record<string, unknown>;
  return json;
};

const parameters = (schema: z.ZodObject | undefined, where: "path" | "query") =>
  schema
    ? Object.entries(schema.shape).map(([name, field]) => ({
        name,
        in: where,
        required: where === "path" || !(field as z.ZodType).safeParse(undefined).success,
        schema: schemaOf(field as z.ZodType, "input"),
      }))
    : [];

/** The OpenAPI 3.1 document of the API, generated from the handlers' own zod schemas. */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    paths[op.path] ??= {};
    paths[op.path]![op.method] = {
      summary: op.summary,
      operationId: `${op.method}${op.path.replace(/[^a-zA-Z]+(.)?/g, (_, c: string | undefined) => (c ?? "").toUpperCase())}`,
      security: op.auth ? [{ apiKey: [] }] : [],
      parameters: [...parameters(op.params, "path"), ...parameters(op.query, "query")],
      ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: schemaOf(op.body, "input") } } } } : {}),
      responses: Object.fromEntries(
        Object.entries(op.responses).map(([status, response]) => [
          status,
          {
            description: response.description,
            ...(response.schema ? { content: { "application/json": { schema: schemaOf(response.schema, "output") } } } : {}),
          },
        ]),
      ),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Talent matching API",
      version: "1.0.0",
      description: "Every request but /api/health and this document needs Authorization: Bearer <API key>; a key sees only its workspace.",
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An API key from `npm run apikey -- create`" } },
    },
    paths,
  };
}
