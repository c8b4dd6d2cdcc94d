"use client";

import { useEffect, useState } from "react";

/**
 * What a recruiter sees when a page fails. It asks the health endpoint whether the database is
 * down, so an outage reads as one instead of as a generic error.
 */
export function ErrorState({ reset }: { reset: () => void }) {
  const [databaseDown, setDatabaseDown] = useState<boolean | null>(null);
  useEffect(() => {
    fetch("/api/health", { cache: "no-store" })
      .then((response) => setDatabaseDown(!response.ok))
      .catch(() => setDatabaseDown(true));
  }, []);
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-6 text-red-900">
        <h1 className="text-xl font-semibold">{databaseDown ? "The database is unavailable" : "This page could not be loaded"}</h1>
        <p className="mt-2">
          {databaseDown
            ? "Matchings and decisions are safe, but they cannot be shown right now. " +
              "Try again in a minute; if it persists, tell your operator."
            : "Something went wrong on our side. Try again; if it persists, tell your operator."}
        </p>
        <button type="button" onClick={reset} className="button mt-4">
          Try again
        </button>
      </div>
    </main>
  );
}
