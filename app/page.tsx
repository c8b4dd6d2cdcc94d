import { checkHealth } from "@/lib/api/check-health";

// Always live: the page reports the database as it is now.
export const dynamic = "force-dynamic";

// A placeholder until the recruiter dashboard: it shows nothing of any workspace, since
// nobody is signed in here.
export default async function Home() {
  const health = await checkHealth();
  return (
    <main className="mx-auto max-w-3xl px-4 py-10">
      <h1 className="text-2xl font-semibold">Talent matching</h1>
      <p className="mt-2 text-slate-700">
        Every active job keeps its top 50 candidates, scored on eight criteria. The recruiter dashboard is on its way;
        integrations use the REST API described at <a className="text-blue-700 underline" href="/api/openapi.json">/api/openapi.json</a>.
      </p>
      {health.status === "ok" ? (
        <p className="mt-6 rounded border border-emerald-300 bg-emerald-50 p-4 text-emerald-900">
          Database reachable ({health.database.latencyMs} ms).
        </p>
      ) : (
        <p role="alert" className="mt-6 rounded border border-red-300 bg-red-50 p-4 text-red-800">
          The database is unavailable: {health.database.error}
        </p>
      )}
    </main>
  );
}
