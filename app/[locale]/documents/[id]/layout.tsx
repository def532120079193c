import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requirePageUser } from "@/features/accounts/data";
import { findDocumentAccess } from "@/features/projects/data";

/**
 * Decides "this document exists for you" (it exists, and its project is one of yours) above the pages' loading.tsx boundaries: once a Suspense fallback has
 * streamed, the status line is already sent and a page's notFound() could only answer 200. Here it is still a 404.
 */
export default async function DocumentLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; id: string }>;
}) {
  const { user } = await requirePageUser(params);
  const { id } = await params;
  // "Exists for you": a document of a project the user is not in is as missing as one that never was.
  if (!(await findDocumentAccess(user, id))) notFound();
  return children;
}
