"use client";

import { newClientId } from "@/lib/live/client-id";

let id: string | null = null;

/**
 * This tab's id on the live channel (lib/live/client-id.ts), made on first use and kept for the page's
 * life: a reload or a second tab is another client, so the same person's other tab still hears this one.
 */
export function tabClient(): string {
  id ??= newClientId();
  return id;
}
