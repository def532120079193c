// npm run lint (after Biome): the rules of docs/architecture.md that Biome cannot express.
//  1. features/<area>/ holds a closed list of files (Rallly's check-feature-structure): schema.ts,
//     types.ts, actions.ts, data.ts, mutations.ts, and components/ (free). Exceptions live in
//     GRANDFATHERED below, which may only shrink: an entry that is no longer needed is itself an error.
//  2. data.ts and mutations.ts are server-only; actions.ts is "use server".
//  3. A "use client" module imports no server-only module, not even for a type: shared types go to
//     types.ts or schema.ts. Value imports are followed transitively (whatever a client module
//     loads at run time ends up in the browser bundle); a "use server" module is where that stops,
//     since the client only receives references to its actions.
//  4. File and folder names are kebab-case (Next's [param] and (group) folders aside).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Files in features/ outside the closed list, kept until they move. Only ever remove entries. */
export const GRANDFATHERED: readonly string[] = [];

const FEATURE_FILES = new Set(["schema.ts", "types.ts", "actions.ts", "data.ts", "mutations.ts"]);
const SOURCE = /\.(ts|tsx|mts|mjs|js)$/;
const SCANNED = ["app", "features", "lib", "cli", "i18n", "prisma", "proxy.ts"];
const SKIPPED = new Set(["node_modules", ".next", "generated", "migrations"]);

/** The project as the checks see it: relative paths (with "/") to file contents. */
export type Project = Map<string, string>;

export interface Import {
  specifier: string;
  typeOnly: boolean;
}

// Formatted code ends every statement with ";", so an import's clause never runs past one.
const STATIC_IMPORT = /^[ \t]*(import|export)\s+(type\s+)?([^;]*?)\s*from\s*["']([^"']+)["']/gm;
const SIDE_EFFECT_IMPORT = /^[ \t]*import\s*["']([^"']+)["']/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

export function importsOf(source: string): Import[] {
  const out: Import[] = [];
  for (const m of source.matchAll(STATIC_IMPORT)) {
    const clause = m[3].trim();
    // `import { type A, type B } from` is erased as completely as `import type { A, B } from`.
    const named = /^\{([^}]*)\}$/.exec(clause);
    const allTypes = named?.[1].split(",").every((s) => s.trim() === "" || /^type\s/.test(s.trim()));
    out.push({ specifier: m[4], typeOnly: Boolean(m[2]) || allTypes === true });
  }
  for (const m of source.matchAll(SIDE_EFFECT_IMPORT)) out.push({ specifier: m[1], typeOnly: false });
  for (const m of source.matchAll(DYNAMIC_IMPORT)) out.push({ specifier: m[1], typeOnly: false });
  return out;
}

function directive(source: string): string | null {
  const body = source.replace(/^(\s*(\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*/, "");
  const m = /^["'](use client|use server)["']/.exec(body);
  return m ? m[1] : null;
}

export const isClientModule = (source: string) => directive(source) === "use client";
export const isServerActionModule = (source: string) => directive(source) === "use server";
export const isServerOnly = (source: string) => /^[ \t]*import\s*["']server-only["']/m.test(source);

const CANDIDATES = ["", ".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.tsx"];

/** The project file an import names, or null for a package (or a file outside the project). */
export function resolveImport(project: Project, from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  else return null;
  for (const suffix of CANDIDATES) {
    if (project.has(base + suffix)) return base + suffix;
  }
  return null;
}

export function checkFeatureStructure(project: Project, grandfathered: readonly string[] = GRANDFATHERED): string[] {
  const problems: string[] = [];
  const allowed = (file: string) => {
    const [, , ...rest] = file.split("/");
    return rest[0] === "components" || (rest.length === 1 && FEATURE_FILES.has(rest[0]));
  };
  for (const file of project.keys()) {
    if (!file.startsWith("features/")) continue;
    const name = file.split("/").slice(2).join("/");
    if (!allowed(file) && !grandfathered.includes(file)) {
      problems.push(`${file}: a feature holds ${[...FEATURE_FILES].join(", ")} and components/; move ${name} to one of them (or to lib/).`);
    }
    const source = project.get(file) ?? "";
    if ((name === "data.ts" || name === "mutations.ts") && !isServerOnly(source)) {
      problems.push(`${file}: reads and writes are server-only; add import "server-only".`);
    }
    if (name === "actions.ts" && !isServerActionModule(source)) problems.push(`${file}: actions.ts starts with "use server".`);
  }
  for (const file of grandfathered) {
    if (!project.has(file)) problems.push(`${file} is gone: remove it from GRANDFATHERED in scripts/check-structure.ts.`);
    else if (allowed(file)) problems.push(`${file} is allowed now: remove it from GRANDFATHERED in scripts/check-structure.ts.`);
  }
  return problems;
}

/**
 * zod 4 probes `new Function("")` when it defines an object schema, so a schema module in the browser bundle is a CSP
 * `script-src eval` violation on every page that loads it (e2e/09-security reports it). Client modules take their
 * constants from types.ts or lib/ instead; they may still import the schemas' types.
 */
const loadsZod = (source: string) => importsOf(source).some((i) => !i.typeOnly && /^zod(\/|$)/.test(i.specifier));

export function checkClientImports(project: Project): string[] {
  const problems: string[] = [];
  for (const [file, source] of project) {
    if (!isClientModule(source)) continue;
    if (isServerOnly(source)) problems.push(`${file}: a "use client" module cannot import "server-only".`);
    let zodSeen = loadsZod(source);
    if (zodSeen) problems.push(`${file}: a "use client" module cannot import zod (its schemas break the CSP).`);
    const zodAt = (chain: string[], targetSource: string) => {
      if (zodSeen || !loadsZod(targetSource)) return;
      zodSeen = true; // one report per client module: the shortest fix is at the first hop
      problems.push(zodProblem(file, chain));
    };
    // Depth-first over value imports; the first hop counts type imports too.
    const seen = new Set([file]);
    const stack: { file: string; chain: string[] }[] = [];
    for (const edge of importsOf(source)) {
      const target = resolveImport(project, file, edge.specifier);
      if (!target || seen.has(target)) continue;
      const targetSource = project.get(target) ?? "";
      if (isServerOnly(targetSource)) {
        problems.push(
          `${file}: imports ${edge.typeOnly ? "types from " : ""}${target}, which is server-only; ` +
            "a client component takes its types from types.ts or schema.ts.",
        );
        continue;
      }
      seen.add(target);
      if (!edge.typeOnly && !isServerActionModule(targetSource)) {
        zodAt([target], targetSource);
        stack.push({ file: target, chain: [target] });
      }
    }
    while (stack.length) {
      const { file: current, chain } = stack.pop() as { file: string; chain: string[] };
      for (const edge of importsOf(project.get(current) ?? "")) {
        if (edge.typeOnly) continue;
        const target = resolveImport(project, current, edge.specifier);
        if (!target || seen.has(target)) continue;
        seen.add(target);
        const targetSource = project.get(target) ?? "";
        if (isServerOnly(targetSource)) {
          problems.push(`${file}: loads ${target}, which is server-only, through ${chain.join(" → ")}.`);
        } else if (!isServerActionModule(targetSource)) {
          zodAt([...chain, target], targetSource);
          stack.push({ file: target, chain: [...chain, target] });
        }
      }
    }
  }
  return problems;
}

function zodProblem(file: string, chain: string[]): string {
  return (
    `${file}: loads zod through ${chain.join(" → ")}; zod 4 probes new Function("") when it defines a schema, a CSP ` +
    "violation in the browser: take the constant from types.ts or lib/ (type imports of a schema are fine)."
  );
}

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)*$/;
// Next's route segments: [id], [...slug], (group), and the files it names itself.
const NEXT_SEGMENT = /^(\[{1,2}(\.\.\.)?[a-zA-Z]+\]{1,2}|\([a-z-]+\))$/;

export function checkFileNames(project: Project): string[] {
  const problems = new Set<string>();
  for (const file of project.keys()) {
    const parts = file.split("/");
    parts.forEach((part, i) => {
      if (!KEBAB.test(part) && !NEXT_SEGMENT.test(part)) problems.add(`${parts.slice(0, i + 1).join("/")}: names are kebab-case.`);
    });
  }
  return [...problems];
}

export function checkProject(project: Project): string[] {
  return [...checkFeatureStructure(project), ...checkClientImports(project), ...checkFileNames(project)];
}

/** The repository's source files under `root`. */
export function readProject(root: string): Project {
  const project: Project = new Map();
  const visit = (relative: string) => {
    const absolute = path.join(root, relative);
    if (statSync(absolute).isDirectory()) {
      for (const entry of readdirSync(absolute)) if (!SKIPPED.has(entry)) visit(path.posix.join(relative, entry));
    } else if (SOURCE.test(relative)) {
      project.set(relative, readFileSync(absolute, "utf8"));
    }
  };
  for (const entry of SCANNED) {
    try {
      visit(entry);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  return project;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const problems = checkProject(readProject(root));
  for (const problem of problems) console.error(`structure: ${problem}`);
  if (problems.length) {
    console.error(`\n${problems.length} structure problem(s); see docs/architecture.md.`);
    process.exit(1);
  }
  console.log(`structure: ok (${GRANDFATHERED.length} grandfathered file(s) left)`);
}
