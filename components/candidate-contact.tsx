import { webLink } from "@/lib/text/web-link";
import { CopyEmailButton } from "./copy-email-button";

type Props = { email: string | null; portfolio: { id: string; title: string; url: string | null }[] };

/** How to reach the candidate: their email, to write to or copy, and their work on the web. */
export function CandidateContact({ email, portfolio }: Props) {
  const links = portfolio.filter((item): item is typeof item & { url: string } => Boolean(item.url?.trim()));
  return (
    <section aria-labelledby="contact" className="mt-4 rounded border border-slate-200 p-3 text-sm">
      <h3 id="contact" className="font-semibold">
        Contact
      </h3>
      <dl className="mt-1 grid gap-x-3 gap-y-1 sm:grid-cols-[5rem_1fr]">
        <dt className="text-slate-600">Email</dt>
        <dd className="flex flex-wrap items-center gap-2">
          {email ? (
            <>
              <a href={`mailto:${email}`} className="link break-all">
                {email}
              </a>
              <CopyEmailButton email={email} />
            </>
          ) : (
            "Not given"
          )}
        </dd>
        <dt className="text-slate-600">Links</dt>
        <dd>
          {links.length === 0 ? (
            "None"
          ) : (
            <ul aria-label="Links" className="space-y-0.5">
              {links.map((item) => {
                const href = webLink(item.url);
                return (
                  <li key={item.id} className="break-all">
                    {href ? (
                      <a href={href} rel="noopener noreferrer nofollow" target="_blank" className="link">
                        {item.title}
                        <span className="sr-only"> (opens in a new tab)</span>
                      </a>
                    ) : (
                      item.title
                    )}
                    <span className="block text-xs text-slate-600">{item.url}</span>
                  </li>
                );
              })}
            </ul>
          )}
        </dd>
      </dl>
    </section>
  );
}
