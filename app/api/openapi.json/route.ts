import { json } from "@/lib/api/json-response";
import { openApiDocument } from "@/lib/api/openapi-document";
import { routeMethods } from "@/lib/api/route-methods";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = routeMethods({ GET: async () => json(openApiDocument()) });
