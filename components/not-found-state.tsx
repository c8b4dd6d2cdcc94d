import Link from "next/link";

// Inside a workspace it sits in the layout's <main>; at the root, not-found.tsx gives it one.
// Shown alike for what does not exist and for what belongs to another workspace.
export function NotFoundState() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-700">This page does not exist, or it is not part of a workspace you belong to.</p>
      <Link href="/" className="link mt-4 inline-block">
        Back to your jobs
      </Link>
    </div>
  );
}
