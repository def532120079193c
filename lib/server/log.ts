import "server-only";

export function logError(context: string, error: unknown): void {
  console.error(`[setu] ${context}:`, error);
}
