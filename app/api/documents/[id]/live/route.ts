import { loadChanges } from "@/features/editor/data";
import { requireDocumentAccess, streamStillAllowed } from "@/features/projects/data";
import { AppError } from "@/lib/errors";
import { CLIENT_PARAM, isClientId } from "@/lib/live/client-id";
import { liveStream } from "@/lib/server/live-stream";
import { handle } from "@/lib/server/route";

/**
 * GET [?client=<tab id>][&push=1] → a Server-Sent Events stream for the document, on any instance
 * (lib/server/live-stream.ts). Without `push` it only rings, except for the writes of the tab named by
 * `client` (EventSource cannot send the header the tab's other requests carry), and the editor then
 * asks GET /changes. With `push=1` it brings what changed itself, read once per ring for every such
 * stream of this instance and delivered only after this user's access — and the session the stream was
 * opened with — were checked again.
 */
export const GET = handle(async (request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const client = query.get(CLIENT_PARAM);
  if (client !== null && !isClientId(client)) {
    throw new AppError("BAD_INPUT", `${CLIENT_PARAM} must be 16 to 64 letters, digits, "_" or "-".`, { reason: "badClient" });
  }
  const push = query.get("push");
  if (push !== null && push !== "1") throw new AppError("BAD_INPUT", "push must be 1 when given.", { reason: "badQuery" });
  // The session and the document's access in one query (401, then 404), as the editor's other hot routes ask.
  const user = await requireDocumentAccess(id);
  // Kept for the stream's later checks: the session it was opened with must still be valid then.
  const requestHeaders = new Headers(request.headers);
  return liveStream({
    documentId: id,
    signal: request.signal,
    client,
    push: push ? { userId: user.id, read: (since) => loadChanges(id, since, null) } : undefined,
    stillAllowed: () => streamStillAllowed(requestHeaders, user, id),
  });
});
