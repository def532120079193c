import "server-only";
import { contentTypes, type DocumentExportFormat, fileExtensions } from "@/lib/exchange/formats";

/**
 * A streamed download response. The first chunk is pulled before the Response exists, so that an
 * unknown document still becomes a 404 rather than a 200 with a broken body.
 */
export async function downloadResponse(chunks: AsyncGenerator<string>, format: DocumentExportFormat, name: string): Promise<Response> {
  const encoder = new TextEncoder();
  const first = await chunks.next();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(encoder.encode(first.value));
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, { headers: downloadHeaders(format, name) });
}

/** A download built whole (DOCX, SRT): the bytes exist before the response, so errors are still clean. */
export function fileResponse(content: Uint8Array | string, format: DocumentExportFormat, name: string): Response {
  const body = typeof content === "string" ? new TextEncoder().encode(content) : content;
  return new Response(new Blob([new Uint8Array(body)]), {
    headers: { ...downloadHeaders(format, name), "Content-Length": String(body.length) },
  });
}

function downloadHeaders(format: DocumentExportFormat, name: string): Record<string, string> {
  return {
    "Content-Type": contentTypes[format],
    "Content-Disposition": contentDisposition(`${name}.${fileExtensions[format]}`),
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
  };
}

/** attachment with an ASCII fallback name (Hindi titles become "document") plus RFC 5987 filename*. */
export function contentDisposition(filename: string): string {
  const dot = filename.lastIndexOf(".");
  const stem = filename
    .slice(0, dot)
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|[-.]+$/g, "");
  const ascii = `${(stem || "document").slice(0, 80)}${filename.slice(dot)}`;
  const utf8 = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${utf8}`;
}
