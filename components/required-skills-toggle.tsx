import Link from "next/link";

/**
 * "Only candidates with every required skill": a link that turns the filter on or off (the job
 * page's `?all=1`), keeping the other filters; shown as a checkbox so its state reads at a glance.
 */
export function RequiredSkillsToggle({ on, href }: { on: boolean; href: string }) {
  return (
    <p className="mt-3 text-sm">
      <Link
        href={href}
        aria-current={on ? "true" : undefined}
        className={`inline-flex items-center gap-2 rounded
          focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700`}
      >
        <span
          aria-hidden="true"
          className={`inline-flex h-4 w-4 items-center justify-center rounded border text-xs
            ${on ? "border-blue-700 bg-blue-700 text-white" : "border-slate-400 bg-white"}`}
        >
          {on ? "✓" : ""}
        </span>
        <span className="hover:underline">Only candidates with every required skill</span>
        <span className="sr-only">{on ? "(on)" : "(off)"}</span>
      </Link>
    </p>
  );
}
