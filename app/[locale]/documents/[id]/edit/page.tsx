import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/features/accounts/data";
import { Editor } from "@/features/editor/components/editor";
import type { EditorFilter } from "@/features/editor/components/filter-bar";
import { isFiltered, loadEditorDocument, loadFirstUntranslated, loadUnitIndex, loadUnitOrder, loadUnitsById } from "@/features/editor/data";
import { unitFilter } from "@/features/editor/schema";
import { findDocumentAccess } from "@/features/projects/data";
import { ensureDocumentQa } from "@/features/qa/mutations";
import { loadUndoTop } from "@/features/undo/data";
import { Link } from "@/i18n/navigation";

const FIRST_PAGE = 40;

export default async function EditorPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { user: account } = await requirePageUser(params);
  const { id } = await params;
  // The role in the document's project is the one the editor offers actions for.
  const user = await findDocumentAccess(account, id);
  if (!user) notFound();
  const doc = await loadEditorDocument(id);
  if (!doc) notFound();
  const search = await searchParams;
  // ?filter=lowConfidence|comments|needsReview|terms (or ?qa=any|errors) is the short form other pages link with.
  const raw = { ...search, ...(search.filter ? { [search.filter]: "1" } : {}) };
  const parsed = unitFilter.safeParse(Object.fromEntries(Object.entries(raw).filter(([k, v]) => v && k !== "filter" && k !== "unit")));
  const filter: EditorFilter = parsed.success ? parsed.data : {};
  const cursor = new Date().toISOString();
  const unitNumber = /^[1-9]\d{0,6}$/.test(search.unit ?? "") ? Number(search.unit) : undefined;
  // The units arrive with their stored QA issues: current for this document's checks and glossary.
  await ensureDocumentQa(id);
  const order = await loadUnitOrder(id);
  const index = isFiltered(filter) ? await loadUnitIndex(id, filter) : order;
  // Focus the first untranslated unit the filter shows, else the first unit shown (a ?unit= link opens there instead).
  const untranslated = unitNumber === undefined ? await loadFirstUntranslated(id) : null;
  const initialFocusId =
    unitNumber !== undefined
      ? null
      : untranslated !== null && (index === order || index.ids.includes(untranslated))
        ? untranslated
        : (index.ids[0] ?? null);
  const [initialUnits, initialUndo] = await Promise.all([loadUnitsById(id, index.ids.slice(0, FIRST_PAGE)), loadUndoTop(user.id, id)]);
  const t = await getTranslations("editor");
  const tQa = await getTranslations("qa");
  return (
    <section className="editor-page">
      <div className="page-head">
        <h1 lang="hi">{doc.title}</h1>
        <Link href={`/documents/${id}/qa`}>{tQa("reportLink")}</Link>
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
        initialUnit={unitNumber}
        initialFocusId={initialFocusId}
        initialUndo={initialUndo}
      />
    </section>
  );
}
