/**
 * The structural operations of the editor (merge, split, move a sentence, and undoing them), as far
 * as they are decisions rather than requests: which neighbour takes part, what is sent, how a
 * server's answer changes the loaded units, and what the undo button says. The editor's hook
 * (features/editor/components/use-structure.ts) only moves these to and from the server.
 */

/** What the operations need of a loaded unit: its id, its Hindi sentence range, its version. */
export interface StructureUnit {
  id: number;
  /** Document-wide index of the unit's first and last Hindi sentence. */
  first: number;
  last: number;
  version: number;
}

export type MoveDirection = "first-to-previous" | "last-to-next";

/**
 * The loaded unit right after (offset > 0) or right before (offset < 0) `unit` in the document:
 * the one whose sentences continue `unit`'s. Units are held by id, not in order, so this looks at
 * the sentence numbers, never at list positions (a filter may hide the neighbour from the list).
 */
export function neighbourOf<U extends StructureUnit>(loaded: Iterable<U>, unit: StructureUnit, offset: number): U | undefined {
  for (const u of loaded) {
    if (offset > 0 && u.first === unit.last + 1) return u;
    if (offset < 0 && u.last === unit.first - 1) return u;
  }
  return undefined;
}

/** The refusal shown when the unit has no neighbour on that side (first or last unit, or not loaded). */
export const NO_NEIGHBOUR = { code: "BAD_INPUT", message: "", details: { reason: "noNeighbour" } } as const;

/** A merge joins a unit with the next one; both versions are sent so that neither changed meanwhile. */
export function mergeRequest(unit: StructureUnit, next: StructureUnit) {
  return { unitId: unit.id, version: unit.version, nextVersion: next.version };
}

/** Moving the first sentence goes to the previous unit, the last one to the next. */
export const moveOffset = (direction: MoveDirection) => (direction === "first-to-previous" ? -1 : 1);

export function moveRequest(unit: StructureUnit, neighbour: StructureUnit, direction: MoveDirection) {
  return { unitId: unit.id, version: unit.version, neighbourVersion: neighbour.version, direction };
}

/** A split is possible only in a unit of more than one Hindi sentence. */
export const canSplit = (unit: StructureUnit) => unit.first !== unit.last;

/** What a structural answer (merge, split, move, undo, replace-all) says changed. */
export interface StructureChange<U extends StructureUnit> {
  units: U[];
  removed: number[];
}

/**
 * Applies an answer to the loaded units and the drafts typed into them: removed units go, changed
 * ones replace what was loaded, and every draft of either is dropped (its text is now the server's).
 * Returns the ids whose drafts went, for callers that keep more per unit.
 */
export function applyStructureChange<U extends StructureUnit>(
  units: Map<number, U>,
  drafts: Map<number, unknown>,
  change: StructureChange<U>,
): number[] {
  const touched: number[] = [];
  for (const id of change.removed) {
    units.delete(id);
    drafts.delete(id);
    touched.push(id);
  }
  for (const u of change.units) {
    units.set(u.id, u);
    drafts.delete(u.id);
    touched.push(u.id);
  }
  return touched;
}
