import { noEndpoint } from "@/lib/api/api-error";
import { errorResponse } from "@/lib/api/json-response";

// Any /api path no route serves, /api itself included: a JSON 404 rather than the HTML page.
const notFound = async (request: Request) => errorResponse(noEndpoint(new URL(request.url).pathname), crypto.randomUUID());

export { notFound as GET, notFound as POST, notFound as PUT, notFound as PATCH, notFound as DELETE, notFound as OPTIONS };
