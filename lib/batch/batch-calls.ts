/**
 * Calls made in the same turn of the event loop, answered by one call of `run` per group (#20): when
 * a document rings, its room asks every stream's access check at once; one query answers them all
 * instead of one query each from the pool the saves wait on. `run` gets the group's keys in call
 * order and returns one answer per key, in that order; when it fails (or answers a wrong count),
 * every call of that batch fails with the same error, as each would have alone.
 */
export type BatchedCall<K, V> = (group: string, key: K) => Promise<V>;

interface Pending<K, V> {
  keys: K[];
  settle: { resolve(value: V): void; reject(error: unknown): void }[];
}

export function batchCalls<K, V>(
  run: (group: string, keys: K[]) => Promise<V[]>,
  /** When the gathered calls go: by default once the current turn's promise jobs are done. */
  schedule: (flush: () => void) => void = (flush) => setImmediate(flush),
): BatchedCall<K, V> {
  const waiting = new Map<string, Pending<K, V>>();
  const flush = (group: string) => {
    const batch = waiting.get(group);
    if (!batch) return;
    waiting.delete(group);
    run(group, batch.keys).then(
      (answers) => {
        if (answers.length !== batch.keys.length) {
          const error = new Error(`batch of ${batch.keys.length} got ${answers.length} answers`);
          for (const s of batch.settle) s.reject(error);
          return;
        }
        for (const [i, s] of batch.settle.entries()) s.resolve(answers[i] as V);
      },
      (error: unknown) => {
        for (const s of batch.settle) s.reject(error);
      },
    );
  };
  return (group, key) =>
    new Promise<V>((resolve, reject) => {
      let batch = waiting.get(group);
      if (!batch) {
        batch = { keys: [], settle: [] };
        waiting.set(group, batch);
        schedule(() => flush(group));
      }
      batch.keys.push(key);
      batch.settle.push({ resolve, reject });
    });
}
