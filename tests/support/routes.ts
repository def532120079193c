import { PATCH as commentPatch } from "@/app/api/comments/[id]/route";
import { POST as alignRoute } from "@/app/api/documents/[id]/align/route";
import { POST as analyseRoute } from "@/app/api/documents/[id]/analyse/route";
import { POST as bulkApproveRoute } from "@/app/api/documents/[id]/bulk-approve/route";
import { DELETE as presenceDelete, POST as presencePost } from "@/app/api/documents/[id]/presence/route";
import { POST as pretranslateRoute } from "@/app/api/documents/[id]/pretranslate/route";
import { POST as importFileRoute } from "@/app/api/documents/import/route";
import { POST as importTmxRoute } from "@/app/api/documents/import-tmx/route";
import { POST as createDocumentRoute } from "@/app/api/documents/route";
import { POST as glossaryImportRoute } from "@/app/api/glossary/import/route";
import { POST as memoryImportRoute } from "@/app/api/projects/[id]/memory/import/route";
import { PUT as qaSettingsRoute } from "@/app/api/settings/qa/route";
import { POST as commentsPost } from "@/app/api/units/[id]/comments/route";
import { POST as mergeRoute } from "@/app/api/units/[id]/merge/route";
import { POST as moveRoute } from "@/app/api/units/[id]/move/route";
import { POST as propagateRoute } from "@/app/api/units/[id]/propagate/route";
import { POST as unitQaRoute } from "@/app/api/units/[id]/qa/route";
import { POST as reviewRoute } from "@/app/api/units/[id]/review/route";
import { PUT as saveRoute } from "@/app/api/units/[id]/route";
import { POST as splitRoute } from "@/app/api/units/[id]/split/route";

/** Every state-changing route handler of Setu, by name (tests that must cover them all iterate this). */
export const routes = {
  save: saveRoute,
  split: splitRoute,
  merge: mergeRoute,
  move: moveRoute,
  review: reviewRoute,
  comment: commentsPost,
  commentResolve: commentPatch,
  presence: presencePost,
  presenceLeave: presenceDelete,
  createDocument: createDocumentRoute,
  importTmx: importTmxRoute,
  importFile: importFileRoute,
  align: alignRoute,
  bulkApprove: bulkApproveRoute,
  pretranslate: pretranslateRoute,
  analyse: analyseRoute,
  propagate: propagateRoute,
  glossaryImport: glossaryImportRoute,
  memoryImport: memoryImportRoute,
  unitQa: unitQaRoute,
  qaSettings: qaSettingsRoute,
};

/** A TMX file of Hindi–English units, each recording a status as Setu's exports do. */
export function tmxWithStatus(units: { hindi: string; english: string; status: string }[]): string {
  const tus = units
    .map(
      (u) =>
        `<tu><prop type="x-setu-status">${u.status}</prop><tuv xml:lang="hi-IN"><seg>${u.hindi}</seg></tuv><tuv xml:lang="en-US"><seg>${u.english}</seg></tuv></tu>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="hi-IN" o-tmf="t"/><body>${tus}</body></tmx>`;
}
