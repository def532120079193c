import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { requirePageUser } from "@/features/accounts/data";
import { documentExists } from "@/features/documents/data";
import { isEntityId } from "@/lib/ids";

/**
 * Decides "this document exists for you" above the pages' loading.tsx boundaries: once a Suspense fallback has
 * streamed, the status line is already sent and a page's notFound() could only answer 200. Here it is still a 404.
 */
export default async function DocumentLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string; id: string }>;
}) {
  await requirePageUser(params);
  const { id } = await params;
  if (!isEntityId(id) || !(await documentExists(id))) notFound();
  return children;
}
