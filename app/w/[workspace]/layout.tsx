import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { workspaceContext } from "./workspace-context";

export const dynamic = "force-dynamic";

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ workspace: string }> }) {
  const { recruiter, workspace } = await workspaceContext((await params).workspace);
  return (
    <>
      <SiteHeader recruiter={recruiter} workspace={workspace} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
