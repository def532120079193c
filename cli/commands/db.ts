import { applyMigrations, migrationStatus } from "@/prisma/migrate";
import { resolveDatabaseUrl } from "../database";
import { usageError } from "../errors";

export async function run(args: string[]): Promise<void> {
  const [sub] = args;
  if (sub === "migrate") {
    const url = await resolveDatabaseUrl();
    const result = await applyMigrations(url, { log: (line) => process.stdout.write(`${line}\n`) });
    process.stdout.write(
      result.applied.length
        ? `Applied ${result.applied.length} migration(s): ${result.applied.join(", ")}\n`
        : `Database is up to date (${result.alreadyApplied.length} migration(s) applied).\n`,
    );
    return;
  }
  if (sub === "status") {
    const url = await resolveDatabaseUrl();
    const rows = await migrationStatus(url);
    for (const row of rows) {
      const when = row.appliedAt ? row.appliedAt.toISOString() : "";
      process.stdout.write(`${row.state.padEnd(9)} ${row.name}${when ? `  ${when}` : ""}\n`);
    }
    const pending = rows.filter((r) => r.state !== "applied").length;
    process.stdout.write(pending ? `${pending} migration(s) not applied.\n` : `All ${rows.length} migration(s) applied.\n`);
    return;
  }
  throw usageError(`unknown "db" subcommand "${sub ?? ""}". Use "db migrate" or "db status".`);
}
