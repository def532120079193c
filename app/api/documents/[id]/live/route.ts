import { accessDocument, findDocumentAccess } from "@/features/projects/data";
import { AppError } from "@/lib/errors";
import { CLIENT_PARAM, isClientId } from "@/lib/live/client-id";
import { liveStream } from "@/lib/server/live-stream";
import { handle } from "@/lib/server/route";
import { requireUser } from "@/lib/server/session";

/**
 * GET [?client=<tab id>] → a Server-Sent Events stream that rings whenever the document changes, on any
 * instance (lib/server/live-stream.ts), except for the writes of the tab named by `client` (EventSource
 * cannot send the header the tab's other requests carry). The editor then asks GET /changes; the stream
 * itself shows nothing.
 */
export const GET = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const raw = new URL(request.url).searchParams.get(CLIENT_PARAM);
  if (raw !== null && !isClientId(raw)) {
    throw new AppError("BAD_INPUT", `${CLIENT_PARAM} must be 16 to 64 letters, digits, "_" or "-".`, { reason: "badClient" });
  }
  const user = await requireUser();
  await accessDocument(user, id);
  return liveStream({
    documentId: id,
    signal: request.signal,
    client: raw,
    stillAllowed: async () => (await findDocumentAccess(user, id)) !== null,
  });
});
