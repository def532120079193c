// What decides whether `npm start` must rebuild the app: a hash of the contents of everything
// `next build` reads. Contents, not modification times: `prisma generate` (which every `npx setu`
// and `npm ci` may run) rewrites generated/ with the same bytes, and a rebuild then would change
// the server-action ids under pages that are open in a browser ("Server Action unavailable").
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const SOURCE_DIRS = ["app", "features", "lib", "i18n", "messages", "generated"];
export const SOURCE_FILES = ["next.config.mjs", "proxy.ts", "package-lock.json", "tsconfig.json"];

export function sourceFingerprint(root) {
  const hash = createHash("sha256");
  const add = (full) => {
    // The path relative to the root, so that a moved checkout is not a change.
    hash.update(`${path.relative(root, full)}\0`);
    hash.update(readFileSync(full));
    hash.update("\0");
  };
  const walk = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) add(full);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(path.join(root, dir))) walk(path.join(root, dir));
  for (const file of SOURCE_FILES) if (existsSync(path.join(root, file))) add(path.join(root, file));
  return hash.digest("hex");
}
