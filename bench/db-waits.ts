import pg from "pg";

/**
 * What the database's sessions are doing while a load runs (#20): every `everyMs` one look at
 * pg_stat_activity for the bench database, each other client backend counted by state and wait event
 * ("active Lock:transactionid", "idle in transaction Client:ClientRead", "active CPU" when it waits for
 * nothing). Counts of looks, so the shares hold whatever else loads the machine.
 */
export interface DbWaits {
  stop(): Promise<Map<string, number>>;
}

export async function sampleDbWaits(databaseUrl: string, everyMs = 50): Promise<DbWaits> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const counts = new Map<string, number>();
  let looks = 0;
  let stopped = false;
  const look = async () => {
    while (!stopped) {
      const started = Date.now();
      const { rows } = await client.query<{ what: string; n: number }>(
        `SELECT state || ' ' || coalesce(wait_event_type || ':' || wait_event, 'CPU') AS what, count(*)::int AS n
         FROM pg_stat_activity
         WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()
           AND state IS NOT NULL AND NOT (state = 'idle' AND wait_event = 'ClientRead')
         GROUP BY 1`,
      );
      looks++;
      for (const row of rows) counts.set(row.what, (counts.get(row.what) ?? 0) + row.n);
      await new Promise((r) => setTimeout(r, Math.max(0, everyMs - (Date.now() - started))));
    }
  };
  const running = look();
  return {
    async stop() {
      stopped = true;
      await running.catch(() => {});
      await client.end();
      counts.set("looks", looks);
      return counts;
    },
  };
}

/** "active CPU 41 %, idle in transaction Client:ClientRead 12 %, …": mean sessions per look in each state, largest first. */
export function describeDbWaits(counts: Map<string, number>): string {
  const looks = counts.get("looks") ?? 0;
  if (!looks) return "no looks";
  return [...counts.entries()]
    .filter(([what]) => what !== "looks")
    .sort((a, b) => b[1] - a[1])
    .map(([what, n]) => `${what} ${(n / looks).toFixed(2)}`)
    .join(", ");
}
