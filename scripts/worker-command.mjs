// How `npm start` and the e2e server run `setu worker`: tsx directly (not through cli/setu.mjs, whose
// spawnSync child a signal to the wrapper would not reach), with the "react-server" condition the CLI uses.
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** [command, args] that run a job worker of the installation at `root`. */
export function workerCommand(root) {
  return [process.execPath, ["--conditions=react-server", "--import", require.resolve("tsx"), path.join(root, "cli/main.ts"), "worker"]];
}
