import { notFound } from "next/navigation";
import { workspaceContext } from "../workspace-context";

// An address inside a workspace that no page serves: not found within the workspace's layout, so
// the recruiter keeps the header and its navigation (Next.js would otherwise render the root 404).
export default async function MissingPage({ params }: { params: Promise<{ workspace: string }> }) {
  await workspaceContext((await params).workspace);
  notFound();
}
