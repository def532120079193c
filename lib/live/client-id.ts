/**
 * One editor tab's name on the live channel. Every write the tab sends carries it (the `x-setu-client`
 * header; the live stream, which EventSource cannot give headers, as `?client=`), the server puts it
 * into the transaction (`set_config('setu.client', …, true)`), and the database's trigger rings
 * `document_id client` instead of `document_id` (migration 20261204140000_live_client). The stream the
 * same tab opened then skips that ring: the tab already has what it wrote. A tab, not a user: the same
 * person in two tabs must still see each tab's edits in the other.
 *
 * The shape is checked strictly on both sides (here and in the trigger), because the value ends up in
 * a notification payload that is split on a space: letters, digits, `_` and `-`, 16 to 64 of them.
 */
export const CLIENT_HEADER = "x-setu-client";
export const CLIENT_PARAM = "client";

const CLIENT_ID_RE = /^[A-Za-z0-9_-]{16,64}$/;

export function isClientId(raw: unknown): raw is string {
  return typeof raw === "string" && CLIENT_ID_RE.test(raw);
}

/** A fresh, unguessable tab id: 128 random bits as hex (getRandomValues works on plain http too). */
export function newClientId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  return [...random(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export interface Ring {
  documentId: string;
  /** The tab whose transaction rang, or null (a job, the CLI, an import, an older trigger). */
  client: string | null;
}

/** A notification payload of "setu_live": `document_id` or `document_id client`. */
export function parseRing(payload: string): Ring {
  const space = payload.indexOf(" ");
  if (space < 0) return { documentId: payload, client: null };
  const client = payload.slice(space + 1);
  return { documentId: payload.slice(0, space), client: isClientId(client) ? client : null };
}

/** Whether a stream opened by `streamClient` skips this ring: only when the ring is that tab's own. */
export function isOwnRing(ring: Ring, streamClient: string | null): boolean {
  return streamClient !== null && ring.client === streamClient;
}
