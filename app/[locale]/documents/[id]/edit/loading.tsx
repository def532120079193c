import { PageLoading } from "@/features/shell/components/page-loading";

export default function EditorLoading() {
  return <PageLoading rows={6} />;
}
