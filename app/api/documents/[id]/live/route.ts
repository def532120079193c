import { accessDocument, findDocumentAccess } from "@/features/projects/data";
import { liveStream } from "@/lib/server/live-stream";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * GET → a Server-Sent Events stream that rings whenever the document changes, on any instance
 * (lib/server/live-stream.ts). The editor then asks GET /changes; the stream itself shows nothing.
 */
export const GET = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const user = await requireUser();
  await accessDocument(user, id);
  return liveStream({
    documentId: id,
    signal: request.signal,
    stillAllowed: async () => (await findDocumentAccess(user, id)) !== null,
  });
});
