// What `npm start` leaves beside its data so that other processes (the CLI, the next `npm start`)
// can find what is running: the embedded PostgreSQL's port, and who owns the running instance.
// Plain JS: start.mjs runs without tsx, the CLI imports it from TypeScript.
import { existsSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The port of the embedded PostgreSQL that `npm start` started, one number. */
export const portFile = (dataDir) => path.join(dataDir, "embedded-pg-port");
/** The running `npm start`: its PID and its children's, for the next start to find orphans. */
export const ownerFile = (dataDir) => path.join(dataDir, "npm-start.json");

/** Readers poll these files: write a whole new file and rename it over the old one, never half a file. */
function writeAtomically(file, text) {
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

export function writePortFile(dataDir, port) {
  writeAtomically(portFile(dataDir), `${port}\n`);
}

export function readPortFile(dataDir) {
  try {
    const port = Number(readFileSync(portFile(dataDir), "utf8").trim());
    return Number.isInteger(port) && port > 0 && port < 65536 ? port : null;
  } catch {
    return null;
  }
}

export function readOwner(dataDir) {
  try {
    return JSON.parse(readFileSync(ownerFile(dataDir), "utf8"));
  } catch {
    return null;
  }
}

export function writeOwner(dataDir, owner) {
  writeAtomically(ownerFile(dataDir), `${JSON.stringify(owner)}\n`);
}

/** Removes the port and owner files, if they are still the ones this process wrote. */
export function clearState(dataDir, pid = process.pid) {
  const owner = readOwner(dataDir);
  if (owner && owner.pid !== pid) return;
  rmSync(ownerFile(dataDir), { force: true });
  rmSync(portFile(dataDir), { force: true });
}

export function isAlive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** The command line of a process (Linux /proc), or "" when it cannot be read. */
export function commandOf(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return "";
  }
}

/**
 * The postmaster running on this data directory, from PostgreSQL's own lock file: line 1 is its
 * PID, line 4 its port. A lock file whose PID is dead, or belongs to something that is not
 * PostgreSQL (the PID was reused after a crash), is stale: `stale` says so.
 */
export function postmasterOf(dataDir) {
  const file = path.join(dataDir, "pg", "postmaster.pid");
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  const command = commandOf(pid);
  const alive = isAlive(pid) && (command === "" || /postgres/.test(command));
  return { pid, port, file, stale: !alive };
}

/** Which process listens on a TCP port (Linux /proc), or null when none or when it cannot tell. */
export function listenerOf(port) {
  const inodes = new Set();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const f = line.trim().split(/\s+/);
      if (f.length < 10 || f[3] !== "0A") continue;
      if (Number.parseInt(f[1].split(":")[1], 16) === port) inodes.add(f[9]);
    }
  }
  if (inodes.size === 0) return null;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds = [];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      let target = "";
      try {
        target = readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      const m = /^socket:\[(\d+)\]$/.exec(target);
      if (m && inodes.has(m[1])) return { pid: Number(entry), command: commandOf(Number(entry)) };
    }
  }
  return { pid: null, command: "" };
}
