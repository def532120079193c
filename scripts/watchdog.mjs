// Stops what `npm start` started if `npm start` itself dies without doing so (kill -9, OOM, a
// crash past its handlers). It reads its standard input, a pipe from `npm start`: lines "pid N"
// name processes to stop; "bye" means `npm start` stopped them itself. End of input without
// "bye" means the parent is gone: SIGTERM to the named processes, and PostgreSQL's fast shutdown
// (SIGINT) to the postmaster of the data directory.
import { clearState, isAlive, postmasterOf } from "./embedded-state.mjs";

const [dataDir, ownerPid] = process.argv.slice(2);
const pids = new Set();
let bye = false;
let buffered = "";

// Ctrl+C in the terminal reaches the whole process group; the watchdog must outlive it.
process.on("SIGINT", () => {});
process.on("SIGHUP", () => {});

process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => {
  buffered += chunk;
  let nl = buffered.indexOf("\n");
  while (nl !== -1) {
    const line = buffered.slice(0, nl).trim();
    buffered = buffered.slice(nl + 1);
    if (line === "bye") bye = true;
    else if (line.startsWith("pid ")) pids.add(Number(line.slice(4)));
    nl = buffered.indexOf("\n");
  }
});
process.stdin.on("end", async () => {
  if (bye) return;
  for (const pid of pids) if (isAlive(pid)) process.kill(pid, "SIGTERM");
  const postmaster = dataDir ? postmasterOf(dataDir) : null;
  if (postmaster && !postmaster.stale) process.kill(postmaster.pid, "SIGINT");
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && [...pids, postmaster?.pid ?? 0].some((p) => p && isAlive(p))) {
    await new Promise((r) => setTimeout(r, 200));
  }
  if (dataDir) clearState(dataDir, Number(ownerPid));
});
