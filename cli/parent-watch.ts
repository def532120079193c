// When `setu` (cli/setu.mjs) is killed with a signal it cannot catch (kill -9), this process is re-parented and would
// go on alone: an import would still commit after the user killed it. Started by the wrapper, the command checks its
// parent and, once the wrapper is gone, kills itself at once, without committing: PostgreSQL sees the connection drop
// and rolls the open transaction back.
export function stopWhenParentDies(expected: number | null, intervalMs = 200): void {
  if (expected === null) return;
  const timer = setInterval(() => {
    if (process.ppid !== expected) process.kill(process.pid, "SIGKILL");
  }, intervalMs);
  timer.unref();
}
