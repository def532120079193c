import "server-only";

/**
 * Units whose English misses a glossary term found in their Hindi, or uses a forbidden term.
 * Filled in by the glossary feature; without a glossary no unit has term issues.
 */
export async function unitsWithTermIssues(_documentId: string): Promise<number[]> {
  return [];
}
