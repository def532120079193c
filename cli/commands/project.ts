import { parseArgs } from "node:util";
import { isProjectRole, projectRoles } from "@/lib/projects/choose-project";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";

/**
 * `setu project create NAME` (prints the new id), `setu project list` (id, name, members; tab-separated)
 * and `setu project add-member PROJECT --email E --role translator|reviewer|manager` (PROJECT: id or name).
 */
export async function run(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === "create") return create(rest);
  if (sub === "list") return list(rest);
  if (sub === "add-member") return addMember(rest);
  throw usageError(`unknown "project" subcommand "${sub ?? ""}". Use "project create", "project list" or "project add-member".`);
}

async function create(args: string[]): Promise<void> {
  const { positionals } = parseArgs({ args, options: {}, allowPositionals: true, strict: true });
  const { projectNameInput } = await import("@/features/projects/schema");
  const parsed = projectNameInput.safeParse({ name: positionals.join(" ") });
  if (!parsed.success) throw usageError("name the project: setu project create NAME (at most 120 characters, one line).");
  await resolveDatabaseUrl();
  const { createProject } = await import("@/features/projects/mutations");
  const { id } = await createProject(parsed.data.name, null);
  process.stderr.write(`Created project "${parsed.data.name}".\n`);
  process.stdout.write(`${id}\n`);
}

async function list(args: string[]): Promise<void> {
  parseArgs({ args, options: {}, strict: true });
  await resolveDatabaseUrl();
  const { loadProjectsWithCounts } = await import("@/features/projects/data");
  for (const p of await loadProjectsWithCounts()) process.stdout.write(`${p.id}\t${p.name}\t${p.members}\n`);
}

async function addMember(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    options: { email: { type: "string" }, role: { type: "string", default: "translator" } },
    allowPositionals: true,
    strict: true,
  });
  if (!positionals[0]) throw usageError("name the project: setu project add-member PROJECT --email E --role R");
  if (!values.email) throw usageError("--email is required.");
  if (!isProjectRole(values.role)) throw usageError(`--role must be one of ${projectRoles.join(", ")}.`);
  await resolveDatabaseUrl();
  const { resolveProjectForCli } = await import("@/features/projects/data");
  const projectId = await resolveProjectForCli(positionals[0]);
  const { setMemberByEmail } = await import("@/features/projects/mutations");
  await setMemberByEmail(projectId, values.email.trim().toLowerCase(), values.role, null);
  process.stdout.write(`${values.email} is now ${values.role} of the project.\n`);
}
