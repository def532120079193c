import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prisma } from "@/lib/server/prisma";

const root = path.resolve(import.meta.dirname, "../..");

function setu(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the setu command", () => {
  it("lists applied migrations", () => {
    const { code, stdout } = setu(["db", "status"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^applied\s+\d{14}_init/m);
    expect(stdout).toMatch(/All \d+ migration\(s\) applied\./);
  });

  it("creates a user with a role", async () => {
    const email = `cli-${Date.now()}@example.test`;
    const { code, stdout } = setu(["user", "create", "--email", email, "--password", "correct horse 7", "--role", "reviewer"]);
    expect(code).toBe(0);
    expect(stdout).toContain(`Created reviewer ${email}`);
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).role).toBe("reviewer");
  });

  it.each([
    [["user", "create", "--email", "x@example.test", "--password", "short", "--role", "admin"], 2, /password is too weak/],
    [["user", "create", "--email", "not-an-email", "--password", "correct horse 7"], 2, /not a valid email/],
    [["user", "create", "--email", "y@example.test", "--password", "correct horse 7", "--role", "boss"], 2, /--role must be one of/],
    [["frobnicate"], 2, /unknown command "frobnicate"/],
  ])("refuses bad input %j with one line on stderr", (args, exitCode, message) => {
    const { code, stderr } = setu(args);
    expect(code).toBe(exitCode);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(message);
  });

  it("names an unreachable database in one line", () => {
    const { code, stderr } = setu(["db", "status"], { DATABASE_URL: "postgresql://postgres:secret@127.0.0.1:1/nowhere" });
    expect(code).toBe(5);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toContain("127.0.0.1:1/nowhere");
    expect(stderr).not.toContain("secret");
  });
});
