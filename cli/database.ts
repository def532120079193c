import net from "node:net";
import path from "node:path";
import { AppError, firstLineOf } from "@/lib/errors";
import { setDatabaseUrl } from "@/lib/server/env";
import { postmasterOf, readPortFile } from "../scripts/embedded-state.mjs";

// The CLI's bootstrap: where the installation and its embedded database live, read before the
// database (and so lib/server/env.ts's DATABASE_URL) is known.

export const root = process.env.SETU_ROOT ?? path.resolve(import.meta.dirname, "..");
export const dataDir = process.env.SETU_DATA_DIR ?? path.join(root, ".setu-data");
const DEFAULT_EMBEDDED_PORT = 54329;
/** SETU_DEBUG=1 prints the stack of an internal error. */
export const debug = Boolean(process.env.SETU_DEBUG);
/** The `setu` wrapper (cli/setu.mjs) that started this process, if it did. */
export const wrapperPid = Number(process.env.SETU_PARENT_PID) || null;

let stopEmbedded: (() => Promise<void>) | null = null;
let connected = false;

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port }, () => {
      socket.end();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}

/**
 * The port of the embedded database: the one its running postmaster listens on (PostgreSQL's own
 * lock file says), else the one `npm start` last used (the port file beside the data), else the
 * default. SETU_EMBEDDED_PG_PORT picks one, but may not contradict a running server.
 */
function findEmbeddedPort(): number {
  const asked = process.env.SETU_EMBEDDED_PG_PORT ? Number(process.env.SETU_EMBEDDED_PG_PORT) : null;
  const running = postmasterOf(dataDir);
  if (running && !running.stale) {
    if (asked !== null && asked !== running.port) {
      throw new AppError(
        "CONFIG",
        `the embedded PostgreSQL of ${dataDir} runs on port ${running.port} (PID ${running.pid}), not SETU_EMBEDDED_PG_PORT=${asked}: unset it or set it to ${running.port}.`,
        { reason: "configInvalid" },
      );
    }
    return running.port;
  }
  return asked ?? readPortFile(dataDir) ?? DEFAULT_EMBEDDED_PORT;
}

/**
 * The database the CLI works on: DATABASE_URL when set, else the embedded one that `npm start`
 * uses (started for the duration of the command when the app is not running).
 */
export async function resolveDatabaseUrl(): Promise<string> {
  if (process.env.DATABASE_URL) {
    connected = true;
    return process.env.DATABASE_URL;
  }
  const embeddedPort = findEmbeddedPort();
  const url = `postgresql://postgres:postgres@127.0.0.1:${embeddedPort}/setu`;
  if (!(await portOpen(embeddedPort))) {
    const { startEmbeddedPostgres } = (await import(path.join(root, "scripts/embedded-db.mjs"))) as {
      startEmbeddedPostgres: (o: {
        dataDir: string;
        port: number;
        log: (l: string) => void;
      }) => Promise<{ url: string; stop: () => Promise<void> }>;
    };
    try {
      const db = await startEmbeddedPostgres({ dataDir, port: embeddedPort, log: (line) => process.stderr.write(`${line}\n`) });
      stopEmbedded = db.stop;
    } catch (error) {
      throw new AppError(
        "DATABASE_UNAVAILABLE",
        `could not start the embedded PostgreSQL of ${dataDir} on port ${embeddedPort}: ${firstLineOf(error)}`,
        { reason: "databaseUnreachable" },
      );
    }
  }
  setDatabaseUrl(url);
  connected = true;
  return url;
}

/** Closes the pools a command opened and stops the embedded database it started, if any. */
export async function releaseDatabase(): Promise<void> {
  if (connected) {
    connected = false;
    const { closeDatabaseConnections } = await import("@/lib/server/connections");
    await closeDatabaseConnections();
  }
  if (stopEmbedded) await stopEmbedded();
  stopEmbedded = null;
}
