"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, type ReactNode } from "react";

/** A side panel over the list: focused when it opens, closed by its button or Escape. */
export function PanelFrame({ title, closeHref, children }: { title: string; closeHref: string; children: ReactNode }) {
  const router = useRouter();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") router.push(closeHref, { scroll: false });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [closeHref, router]);
  return (
    <div className="fixed inset-0 z-30 flex justify-end">
      <Link href={closeHref} scroll={false} aria-hidden="true" tabIndex={-1} className="absolute inset-0 bg-slate-900/40" />
      <section
        role="dialog"
        aria-modal="true"
        aria-labelledby="panel-title"
        className="relative h-full w-full max-w-2xl overflow-y-auto bg-white p-5 shadow-xl"
      >
        <div className="flex items-start justify-between gap-4">
          <h2 id="panel-title" ref={heading} tabIndex={-1} className="text-xl font-semibold focus:outline-none">
            {title}
          </h2>
          <Link href={closeHref} scroll={false} className="button py-1">
            Close<span className="sr-only"> profile</span>
          </Link>
        </div>
        {children}
      </section>
    </div>
  );
}
