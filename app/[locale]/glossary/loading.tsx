import { PageLoading } from "@/features/shell/components/page-loading";

export default function GlossaryLoading() {
  return <PageLoading rows={3} />;
}
