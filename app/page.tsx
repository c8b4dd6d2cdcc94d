import { getDb } from "@/lib/db";
import { jobOverview, type JobOverview } from "@/lib/matching/job-overview";

// Always read the live database: matchings change with every recalculation.
export const dynamic = "force-dynamic";

async function load(): Promise<{ jobs: JobOverview[] } | { error: string }> {
  try {
    return { jobs: await jobOverview(await getDb()) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

export default async function Home() {
  const result = await load();
  return (
    <main className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-2xl font-semibold">Talent matching</h1>
      <p className="mt-1 text-slate-600">The top 50 candidates of every active job. The recruiter dashboard is on its way.</p>
      {"error" in result ? (
        <p role="alert" className="mt-6 rounded border border-red-300 bg-red-50 p-4 text-red-800">
          The database is unavailable: {result.error}
        </p>
      ) : result.jobs.length === 0 ? (
        <p className="mt-6 rounded border border-slate-200 bg-white p-4">
          No jobs yet. Load the demo data with <code>npm run matchings -- --demo</code>.
        </p>
      ) : (
        <table className="mt-6 w-full border-collapse bg-white text-left text-sm">
          <thead>
            <tr className="border-b border-slate-200">
              <th className="p-2">Workspace</th>
              <th className="p-2">Job</th>
              <th className="p-2">Status</th>
              <th className="p-2 text-right">Matchings</th>
              <th className="p-2 text-right">Best score</th>
              <th className="p-2">Last recalculated</th>
            </tr>
          </thead>
          <tbody>
            {result.jobs.map((job) => (
              <tr key={job.id} className="border-b border-slate-100">
                <td className="p-2">{job.workspace}</td>
                <td className="p-2">{job.title}</td>
                <td className="p-2">{job.status}</td>
                <td className="p-2 text-right">{job.matchingsCount}</td>
                <td className="p-2 text-right">{job.bestScore ?? "–"}</td>
                <td className="p-2">{job.lastRun ? `${job.lastRun.at.replace("T", " ").slice(0, 16)} UTC (${job.lastRun.trigger})` : "never"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
