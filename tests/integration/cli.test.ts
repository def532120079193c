import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

// A reader that waits before reading and then takes the pipe in small sips, as `| less` or a slow
// consumer does: the pipe fills up and the writer must wait. It prints how many bytes arrived.
const SLOW_READER = `
let bytes = 0;
setTimeout(() => {
  process.stdin.on("data", (chunk) => {
    bytes += chunk.length;
    process.stdin.pause();
    setTimeout(() => process.stdin.resume(), 2);
  });
  process.stdin.on("end", () => process.stdout.write(String(bytes)));
}, 1500);`;

describe("the setu command through a pipe", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "setu-pipe-"));
  const hindi = path.join(dir, "hi.txt");
  const english = path.join(dir, "en.txt");
  // 4,000 sentences in 400 paragraphs: a few megabytes of JSON.
  const hiParagraph = (p: number) =>
    Array.from(
      { length: 10 },
      (_, i) =>
        `अनुच्छेद ${p} का वाक्य ${i} है जिसमें राज्य सरकार ने किसानों के लिए नई योजना की घोषणा की और कहा कि इसका लाभ हर ज़िले के छोटे किसानों तक पहुँचेगा।`,
    ).join(" ");
  const enParagraph = (p: number) =>
    Array.from(
      { length: 10 },
      (_, i) =>
        `Sentence ${i} of paragraph ${p}, in which the state government announced a new scheme for farmers and said that its benefits would reach the small farmers of every district.`,
    ).join(" ");
  writeFileSync(hindi, Array.from({ length: 400 }, (_, p) => hiParagraph(p)).join("\n\n"));
  writeFileSync(english, Array.from({ length: 400 }, (_, p) => enParagraph(p)).join("\n\n"));

  function redirected(args: string[]): number {
    const out = path.join(dir, `out-${Date.now()}.json`);
    const fd = openSync(out, "w");
    try {
      const result = spawnSync(process.execPath, [path.join(root, "cli/setu.mjs"), ...args], { stdio: ["ignore", fd, "pipe"] });
      expect(result.status).toBe(0);
    } finally {
      closeSync(fd);
    }
    return statSync(out).size;
  }

  function piped(args: string[]): { bytes: number; setuStatus: string } {
    const quoted = [path.join(root, "cli/setu.mjs"), ...args].map((a) => `'${a}'`).join(" ");
    const result = spawnSync(
      "bash",
      ["-c", `'${process.execPath}' ${quoted} | '${process.execPath}' -e '${SLOW_READER}'; echo " \${PIPESTATUS[0]}"`],
      { encoding: "utf8", maxBuffer: 1 << 20 },
    );
    const [bytes, setuStatus] = result.stdout.trim().split(/\s+/);
    return { bytes: Number(bytes), setuStatus };
  }

  it("`setu export` of 4,000 approved units writes everything into a slowly read pipe", async () => {
    const imported = spawnSync(
      process.execPath,
      [path.join(root, "cli/setu.mjs"), "import", hindi, "--title", `pipe ${Date.now()}`, "--project", "default"],
      {
        encoding: "utf8",
      },
    );
    expect(imported.status).toBe(0);
    const id = imported.stdout.trim();
    await prisma.$executeRaw`UPDATE unit SET english = 'The state government announced a new scheme for farmers.', status = 'approved'
                             WHERE document_id = ${id}`;
    const args = ["export", id, "--format", "tmx"];
    const toFile = redirected(args);
    expect(toFile).toBeGreaterThan(2_000_000);
    expect(piped(args)).toEqual({ bytes: toFile, setuStatus: "0" });
  }, 180_000);

  it.each([
    ["segment --json", ["segment", hindi, "--json"]],
    ["segment", ["segment", hindi]],
    ["align --json", ["align", hindi, english, "--json"]],
    ["align", ["align", hindi, english]],
  ])(
    "`setu %s` writes everything into a slowly read pipe, as to a file",
    (_name, args) => {
      const toFile = redirected(args);
      expect(toFile).toBeGreaterThan(args.includes("segment") ? 1_000_000 : 150_000);
      expect(piped(args)).toEqual({ bytes: toFile, setuStatus: "0" });
    },
    120_000,
  );
});

describe("killing the setu command", () => {
  // `setu` is a wrapper (cli/setu.mjs) around the real command: killing the wrapper must stop the command too, or an
  // import goes on alone and commits after the user stopped it.
  async function startWaiting() {
    // `segment -` waits on its standard input, so the command is alive until it is stopped.
    const wrapper = spawn(process.execPath, [path.join(root, "cli/setu.mjs"), "segment", "-"], { env: process.env });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => wrapper.on("exit", (_code, signal) => resolve(signal)));
    let command = 0;
    for (let i = 0; i < 200 && !command; i++) {
      const found = spawnSync("pgrep", ["-P", String(wrapper.pid)], { encoding: "utf8" }).stdout.trim();
      command = Number(found.split("\n")[0]) || 0;
      if (!command) await new Promise((r) => setTimeout(r, 50));
    }
    expect(command).toBeGreaterThan(0);
    return { wrapper, command, exited };
  }
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  async function gone(pid: number) {
    for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
    return !alive(pid);
  }

  it("forwards SIGTERM to the command and exits by the same signal", async () => {
    const { wrapper, command, exited } = await startWaiting();
    wrapper.kill("SIGTERM");
    expect(await exited).toBe("SIGTERM");
    expect(await gone(command)).toBe(true);
  });

  it("stops the command when the wrapper is killed with SIGKILL", async () => {
    const { wrapper, command, exited } = await startWaiting();
    wrapper.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    expect(await gone(command)).toBe(true);
  });
});
