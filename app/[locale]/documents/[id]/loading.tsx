import { PageLoading } from "@/features/shell/components/page-loading";

export default function DocumentLoading() {
  return <PageLoading rows={3} />;
}
