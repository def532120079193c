import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/require-page-user";
import { Editor } from "@/features/editor/components/editor";
import type { EditorFilter } from "@/features/editor/components/filter-bar";
import { isFiltered, loadEditorDocument, loadUnitIndex, loadUnitOrder, loadUnitsById, unitsWithTermIssues } from "@/features/editor/data";
import { unitFilter } from "@/features/editor/schema";
import { Link } from "@/i18n/navigation";
import { isEntityId } from "@/lib/ids";

const FIRST_PAGE = 40;

export default async function EditorPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { user } = await requirePageUser(params);
  const { id } = await params;
  if (!isEntityId(id)) notFound();
  const doc = await loadEditorDocument(id);
  if (!doc) notFound();
  const search = await searchParams;
  // ?filter=lowConfidence|comments|terms is the short form other pages link with.
  const raw = { ...search, ...(search.filter ? { [search.filter]: "1" } : {}) };
  const parsed = unitFilter.safeParse(Object.fromEntries(Object.entries(raw).filter(([k, v]) => v && k !== "filter")));
  const filter: EditorFilter = parsed.success ? parsed.data : {};
  const cursor = new Date().toISOString();
  const termIds = filter.terms ? await unitsWithTermIssues(id) : undefined;
  const order = await loadUnitOrder(id);
  const index = isFiltered(filter, termIds) ? await loadUnitIndex(id, filter, termIds) : order;
  const initialUnits = await loadUnitsById(id, index.ids.slice(0, FIRST_PAGE));
  const t = await getTranslations("editor");
  return (
    <section className="editor-page">
      <div className="page-head">
        <h1 lang="hi">{doc.title}</h1>
        <Link href={`/documents/${id}`}>{t("backToDocument")}</Link>
      </div>
      <Editor
        key={id}
        documentId={id}
        role={user.role}
        initialOrder={order}
        initialIndex={index}
        initialUnits={initialUnits}
        initialFilter={filter}
        cursor={cursor}
      />
    </section>
  );
}
