import "server-only";
import type { TermStatus } from "@/generated/prisma/enums";
import { checkConsistency } from "@/lib/glossary/consistency";
import { foldHindi } from "@/lib/glossary/fold";
import { buildMatcher, type TermMatcher } from "@/lib/glossary/matcher";
import type { GlossaryEntryInput, TermIssue, TermMatch } from "@/lib/glossary/types";
import { containsPattern } from "@/lib/search/contains-pattern";
import { type Agree, prisma, type Same } from "@/lib/server/prisma";
import { normaliseText } from "@/lib/text/normalise";
import { type DbTermStatus, type GlossaryListQuery, toLibStatus } from "./schema";

export interface GlossaryEntryView {
  id: string;
  hindi: string;
  partOfSpeech: string;
  note: string;
  state: "active" | "proposed";
  terms: { english: string; status: DbTermStatus }[];
  createdAt: Date;
  updatedAt: Date;
  createdBy: string | null;
  updatedBy: string | null;
}

const LIST_LIMIT = 500;

const DEVANAGARI = /[\u0900-\u097F]/;

async function loadViews(where: { projectId: string; id?: { in: string[] }; state: "active" | "proposed" }): Promise<GlossaryEntryView[]> {
  const rows = await prisma.glossaryEntry.findMany({
    where,
    orderBy: [{ hindi: "asc" }, { partOfSpeech: "asc" }],
    take: LIST_LIMIT,
    include: { terms: { orderBy: { position: "asc" }, select: { english: true, status: true } } },
  });
  // No relation to user in the schema (deleting an account must not touch the glossary), so
  // names are looked up in one extra query.
  const userIds = [...new Set(rows.flatMap((r) => [r.createdById, r.updatedById]).filter((id): id is string => !!id))];
  const users = userIds.length
    ? await prisma.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } })
    : [];
  const nameOf = new Map(users.map((u) => [u.id, u.name || u.email]));
  return rows.map((r) => ({
    id: r.id,
    hindi: r.hindi,
    partOfSpeech: r.partOfSpeech,
    note: r.note,
    state: r.state,
    terms: r.terms,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    createdBy: r.createdById ? (nameOf.get(r.createdById) ?? null) : null,
    updatedBy: r.updatedById ? (nameOf.get(r.updatedById) ?? null) : null,
  }));
}

/**
 * Active entries, searched in both languages: ILIKE on the Hindi term and on every English
 * rendering, plus (for Devanagari queries) the folded Hindi form, so जमीन finds ज़मीन and हिंदी
 * finds हिन्दी. The folded comparison runs over the cached matcher snapshot, not a table scan.
 */
export async function loadGlossary(projectId: string, query: GlossaryListQuery): Promise<GlossaryEntryView[]> {
  const q = normaliseText(query.q);
  if (!q) return loadViews({ projectId, state: "active" });
  const pattern = containsPattern(q);
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT e.id FROM glossary_entry e
    WHERE e.project_id = ${projectId} AND e.state = 'active'
      AND (e.hindi ILIKE ${pattern}
           OR EXISTS (SELECT 1 FROM glossary_term t WHERE t.entry_id = e.id AND t.english ILIKE ${pattern}))
    LIMIT ${LIST_LIMIT}`;
  const ids = new Set(rows.map((r) => r.id));
  if (DEVANAGARI.test(q)) {
    const needle = foldHindi(q).folded;
    const snapshot = await getGlossarySnapshot(projectId);
    for (const [id, folded] of snapshot.foldedHindi) {
      if (ids.size >= LIST_LIMIT) break;
      if (folded.includes(needle)) ids.add(id);
    }
  }
  if (ids.size === 0) return [];
  return loadViews({ projectId, id: { in: [...ids] }, state: "active" });
}

/** Proposed entries waiting for a reviewer, oldest first. */
export async function loadProposals(projectId: string): Promise<GlossaryEntryView[]> {
  const views = await loadViews({ projectId, state: "proposed" });
  return views.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

/** Active entries in the shape lib/glossary works with (matcher, consistency, CSV/TBX writers). */
export async function loadGlossaryEntriesForMatching(projectId: string): Promise<GlossaryEntryInput[]> {
  const rows = await prisma.glossaryEntry.findMany({
    where: { projectId, state: "active" },
    orderBy: [{ hindi: "asc" }, { partOfSpeech: "asc" }, { id: "asc" }],
    include: { terms: { orderBy: { position: "asc" }, select: { english: true, status: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    hindi: r.hindi,
    partOfSpeech: r.partOfSpeech || null,
    note: r.note || null,
    english: r.terms.map((t) => ({ text: t.english, status: toLibStatus(t.status) })),
  }));
}

export interface GlossarySnapshot {
  stamp: string;
  matcher: TermMatcher;
  entries: GlossaryEntryInput[];
  byId: Map<string, GlossaryEntryInput>;
  foldedHindi: Map<string, string>;
  buildMs: number;
}

/** Per project: each project has its own glossary. */
const cached = new Map<string, { stamp: string; snapshot: Promise<GlossarySnapshot> }>();

/**
 * The glossary's version: a counter a statement trigger bumps on every write to an entry or a term
 * (migration 20261202034702_integrity). One primary-key read, whatever the glossary's size; read
 * from the database, so every app instance sees the same version.
 */
async function glossaryStamp(): Promise<string> {
  const row = await prisma.glossaryVersion.findUniqueOrThrow({ where: { id: 1 }, select: { version: true } });
  return row.version.toString();
}

async function buildSnapshot(projectId: string, stamp: string): Promise<GlossarySnapshot> {
  const entries = await loadGlossaryEntriesForMatching(projectId);
  const started = performance.now();
  const matcher = buildMatcher(entries);
  const buildMs = performance.now() - started;
  return {
    stamp,
    matcher,
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
    foldedHindi: new Map(entries.map((e) => [e.id, foldHindi(e.hindi).folded])),
    buildMs,
  };
}

/**
 * The matcher and entries of a project's active glossary, rebuilt only when the stamp changes. The
 * stamp counts writes to any project's glossary: a write elsewhere costs a rebuild, never a stale read.
 * A caller that already read the version (in a query of its own, to save a round trip) passes it as
 * `knownStamp`.
 */
export async function getGlossarySnapshot(projectId: string, knownStamp?: string): Promise<GlossarySnapshot> {
  const stamp = knownStamp ?? (await glossaryStamp());
  let entry = cached.get(projectId);
  if (entry?.stamp !== stamp) {
    const snapshot = buildSnapshot(projectId, stamp);
    entry = { stamp, snapshot };
    cached.set(projectId, entry);
    // A failed build must not stay cached.
    snapshot.catch(() => {
      if (cached.get(projectId)?.snapshot === snapshot) cached.delete(projectId);
    });
  }
  return entry.snapshot;
}

/** Glossary terms in a Hindi source and the consistency issues of its English translation. */
export async function checkTerms(
  projectId: string,
  hindi: string,
  english: string,
): Promise<{ matches: TermMatch[]; issues: TermIssue[] }> {
  const { matcher, byId } = await getGlossarySnapshot(projectId);
  const matches = matcher.match(hindi);
  return { matches, issues: checkConsistency(matches, byId, english) };
}

/** schema.prisma's TermStatus and the one TypeScript list of it (schema.ts) name the same values. */
export type TermStatusAgrees = Agree<Same<TermStatus, DbTermStatus>>;
