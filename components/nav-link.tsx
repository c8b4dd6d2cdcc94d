"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A header link that tells assistive technology, and the eye, which section is open. */
export function NavLink({ href, sections = [href], children }: { href: string; sections?: string[]; children: ReactNode }) {
  const pathname = usePathname();
  const current = pathname === href || sections.some((section) => pathname === section || pathname.startsWith(`${section}/`));
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`rounded px-2 py-1 font-medium focus-visible:outline-2 focus-visible:outline-blue-700 ${
        current ? "bg-blue-50 text-blue-900 underline decoration-2 underline-offset-4" : "text-slate-800 hover:bg-slate-100"
      }`}
    >
      {children}
    </Link>
  );
}
