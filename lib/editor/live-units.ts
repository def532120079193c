/**
 * Which of other people's changes the editor takes into its loaded units (the subscription itself
 * is lib/editor/live-changes). A change is taken when it is newer than what is loaded and nobody is
 * typing or saving that unit here: text being typed is never replaced — the translator's save meets
 * a conflict instead, and the conflict panel shows both texts.
 */

export interface VersionedUnit {
  id: number;
  version: number;
}

/** The states of a draft that hold text the server does not have yet (or a conflict to resolve). */
const BUSY_STATES: ReadonlySet<string> = new Set(["dirty", "saving", "conflict"]);

/** A unit is busy while its draft holds unsaved text or a conflict, or while a save of it is on its way. */
export function isBusy(draftState: string | undefined, saving: boolean): boolean {
  return draftState !== undefined && (BUSY_STATES.has(draftState) || saving);
}

/**
 * The changes to take, in order. A unit listed twice is judged against the version taken before, so
 * an older version never follows a newer one.
 */
export function changesToTake<U extends VersionedUnit>(
  changes: readonly U[],
  loadedVersion: (id: number) => number | undefined,
  busy: (id: number) => boolean,
): U[] {
  const taken = new Map<number, number>();
  return changes.filter((u) => {
    const loaded = taken.get(u.id) ?? loadedVersion(u.id);
    if (loaded !== undefined && loaded >= u.version) return false;
    if (busy(u.id)) return false;
    taken.set(u.id, u.version);
    return true;
  });
}
