/**
 * The editor's units and drafts as an external store (for React's useSyncExternalStore): two maps
 * that say which unit a write touched, so that a row subscribes to its own unit and re-renders when
 * that unit changes and never when another does. Nothing else needs a render tick: a keystroke
 * writes one draft and wakes the one row showing it.
 */

/** A Map keyed by unit id whose writes report the id they touched. */
export class WatchedMap<V> extends Map<number, V> {
  #changed: (id: number) => void;

  constructor(changed: (id: number) => void, entries: Iterable<readonly [number, V]> = []) {
    // Map's constructor would call set() before #changed exists: entries are added after it.
    super();
    this.#changed = changed;
    for (const [id, value] of entries) super.set(id, value);
  }

  override set(id: number, value: V): this {
    const before = super.get(id);
    super.set(id, value);
    if (before !== value) this.#changed(id);
    return this;
  }

  override delete(id: number): boolean {
    const had = super.delete(id);
    if (had) this.#changed(id);
    return had;
  }

  override clear(): void {
    const ids = [...this.keys()];
    super.clear();
    for (const id of ids) this.#changed(id);
  }
}

export interface UnitStore<U, D> {
  units: WatchedMap<U>;
  drafts: WatchedMap<D>;
  /** Calls `listener` whenever unit `id` or its draft changes. Returns the unsubscribe. */
  subscribeUnit: (id: number, listener: () => void) => () => void;
  /** Calls `listener` whenever any unit or draft changes (for views over many units, such as find). */
  subscribe: (listener: () => void) => () => void;
  /** Counts changes: a snapshot for views over many units. */
  version: () => number;
}

export function createUnitStore<U, D>(initial: Iterable<readonly [number, U]> = []): UnitStore<U, D> {
  const byUnit = new Map<number, Set<() => void>>();
  const everyone = new Set<() => void>();
  let version = 0;
  const changed = (id: number) => {
    version += 1;
    for (const listener of byUnit.get(id) ?? []) listener();
    for (const listener of everyone) listener();
  };
  return {
    units: new WatchedMap<U>(changed, initial),
    drafts: new WatchedMap<D>(changed),
    subscribeUnit(id, listener) {
      const listeners = byUnit.get(id) ?? new Set<() => void>();
      byUnit.set(id, listeners);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) byUnit.delete(id);
      };
    },
    subscribe(listener) {
      everyone.add(listener);
      return () => everyone.delete(listener);
    },
    version: () => version,
  };
}
